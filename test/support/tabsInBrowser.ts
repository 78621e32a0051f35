// What a browser test of the tabs needs: an API over the run's Azurite, the tabs' production build
// served against it (same origin, as in production) and Chromium, with pages in Swedish at a
// desktop size. One per test file; close() stops all three.
import type { Page } from "playwright-core";
import { inject } from "vitest";
import { startApiHarness, type ApiHarness } from "./apiHarness.js";
import { launchChromium } from "./browser.js";
import { startTabsServer } from "./tabsServer.js";

export interface TabsInBrowser {
  api: ApiHarness;
  /** The tabs' origin: `${url}/catalogue`. */
  url: string;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function startTabsInBrowser(options: Parameters<typeof startApiHarness>[0] = {}): Promise<TabsInBrowser> {
  const started: { close(): Promise<void> }[] = [];
  const closeAll = async () => {
    for (const part of started.reverse()) await part.close();
  };
  try {
    const api = await startApiHarness(options);
    started.push(api);
    const tabs = await startTabsServer(inject("tabsDist"), api.url);
    started.push(tabs);
    const browser = await launchChromium();
    started.push(browser);
    return {
      api,
      url: tabs.url,
      newPage: async () => (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "sv-SE" })).newPage(),
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
