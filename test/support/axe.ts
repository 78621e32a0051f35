// Accessibility as browser tests check it: axe-core over the page as it is now, and the serious
// and critical violations named with where they are ("list: color-contrast (serious): .x, .y").
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

export async function seriousA11yViolations(page: Page, name: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${name}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}
