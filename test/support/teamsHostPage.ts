// A tab inside the Teams host stand-in, driven as Teams would drive it: wait for the tab to start,
// change the theme, save a configurable tab's settings, open the saved tab. The controls are the
// host page's own (window.teamsHost, see test/teams-host/host.ts); these run them in the page.
import type { Frame, Page } from "playwright-core";
import type { SaveResult } from "../teams-host/host.js";
import { seriousA11yViolations } from "./axe.js";

/** The tab's frame, once the tab has told the host it started (app.notifySuccess). */
export async function tabFrame(page: Page): Promise<Frame> {
  await page.evaluate(() => window.teamsHost.initialized);
  return page.frame({ name: "tab" })!;
}

export function setTeamsTheme(page: Page, theme: "default" | "dark" | "contrast"): Promise<void> {
  return page.evaluate((name) => window.teamsHost.setTheme(name), theme);
}

/** axe's serious findings in each of Teams' themes (dark, high contrast, light), named by the theme. */
export async function seriousA11yViolationsInEveryTheme(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const theme of ["dark", "contrast", "default"] as const) {
    await setTeamsTheme(page, theme);
    found.push(...(await seriousA11yViolations(page, theme)));
  }
  return found;
}

/** Presses the host's Save on a configuration page: what the tab handed to pages.config. */
export function saveTabSettings(page: Page): Promise<SaveResult> {
  return page.evaluate(() => window.teamsHost.save());
}

/** Opens the tab just saved, as its channel shows it, and returns its frame once started. */
export async function openSavedTab(page: Page): Promise<Frame> {
  await page.evaluate(() => window.teamsHost.openSavedTab());
  return tabFrame(page);
}
