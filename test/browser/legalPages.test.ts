// The privacy and terms pages the Teams manifest links to (privacyUrl, termsOfUseUrl): real pages
// in Swedish and English, opened without signing in, from the production build as static hosting
// serves it and as `npm start` serves it (vite preview), accessible (axe).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { freePort, startService, waitForHttp as untypedWaitForHttp } from "../../scripts/lib/processes.mjs";
import { seriousA11yViolations } from "../support/axe.js";
import { screenshot } from "../support/browser.js";
import { startTabsInBrowser, type TabsInBrowser } from "../support/tabsInBrowser.js";

// processes.mjs is plain JavaScript; its JSDoc-inferred options type leaves out `service`.
const waitForHttp = untypedWaitForHttp as (url: string, options: { service: unknown; accept: (status: number) => boolean }) => Promise<Response>;
const root = join(import.meta.dirname, "../..");
const manifest = JSON.parse(readFileSync(join(root, "appPackage/manifest.json"), "utf8")) as { developer: { privacyUrl: string; termsOfUseUrl: string } };
const pathOf = (url: string) => url.replace("${{TAB_ENDPOINT}}", "");

let session: TabsInBrowser;
let preview: { url: string; stop(): Promise<void> };

beforeAll(async () => {
  session = await startTabsInBrowser();
  // `npm start` serves the same build with vite preview (scripts/start.mjs).
  const port = await freePort();
  const service = startService("tabs-preview", join(root, "node_modules/.bin/vite"), ["preview", "--outDir", inject("tabsDist"), "--host", "127.0.0.1", "--port", String(port), "--strictPort"], {
    cwd: join(root, "tabs"),
    quiet: true,
    env: { API_URL: session.api.url },
  });
  preview = { url: `http://127.0.0.1:${port}`, stop: () => service.stop() };
  await waitForHttp(`${preview.url}/privacy`, { service, accept: (s) => s === 200 });
});
afterAll(async () => {
  await preview?.stop();
  await session?.close();
});

const pages = [
  { url: manifest.developer.privacyUrl, sv: { h1: "Integritet i Campus Westum", must: ["Nätverk Westum", "personuppgiftsansvarig", "Konversationsreferenser", "Närvaro", "30 dagar", "Integritetsskyddsmyndigheten"] }, en: { h1: "Privacy in Campus Westum", must: ["controller", "Conversation references", "Attendance", "30 days", "No tracking", "GDPR"] } },
  { url: manifest.developer.termsOfUseUrl, sv: { h1: "Användarvillkor för Campus Westum", must: ["kalenderadress", "samordnarna"] }, en: { h1: "Terms of use for Campus Westum", must: ["calendar address", "coordinators"] } },
];

async function read(page: Page, url: string): Promise<string> {
  await page.goto(url);
  await expect.poll(() => page.getByRole("heading", { level: 1 }).count()).toBe(1);
  return (await page.locator("main").innerText()).replace(/\s+/g, " ");
}

describe.each(pages)("$url", ({ url, sv, en }) => {
  it("is a page in Swedish and English without signing in, accessible", async () => {
    expect(url).toMatch(/^\$\{\{TAB_ENDPOINT\}\}\/(privacy|terms)$/);
    const page = await session.newPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(new URL(r.url()).pathname));
    const swedish = await read(page, `${session.url}${pathOf(url)}`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(sv.h1);
    for (const words of sv.must) expect(swedish).toContain(words);
    expect(await page.title()).toBe(`${sv.h1} – Campus Westum`);
    expect(await page.locator("html").getAttribute("lang")).toBe("sv");
    expect(await seriousA11yViolations(page, `${url} sv`)).toEqual([]);
    await screenshot(page, `legal${pathOf(url).replace("/", "-")}`);
    // Nothing that needs a sign-in: no token is asked for.
    expect(requests.filter((p) => p.startsWith("/api/dev/token") || p.startsWith("/api/me"))).toEqual([]);

    const english = await read(page, `${session.url}${pathOf(url)}?lang=en`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(en.h1);
    for (const words of en.must) expect(english).toContain(words);
    expect(await seriousA11yViolations(page, `${url} en`)).toEqual([]);
    await page.context().close();
  });

  it("is served by npm start's server and by Azure Static Web Apps' fallback", async () => {
    const page = await session.newPage();
    await read(page, `${preview.url}${pathOf(url)}`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(sv.h1);
    await page.context().close();
    const swa = JSON.parse(readFileSync(join(inject("tabsDist"), "staticwebapp.config.json"), "utf8")) as { navigationFallback: { rewrite: string; exclude: string[] } };
    expect(swa.navigationFallback.rewrite).toBe("/index.html");
    const excluded = swa.navigationFallback.exclude.some((glob) => new RegExp(`^${glob.replace(/\./g, "\\.").replace(/\*/g, ".*").replace(/\{([^}]*)\}/g, (_, alts: string) => `(${alts.split(",").join("|")})`)}$`).test(pathOf(url)));
    expect(excluded).toBe(false);
  });
});
