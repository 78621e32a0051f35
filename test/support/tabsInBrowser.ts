// What a browser test of the tabs needs: an API over the run's Azurite, the tabs' production build
// served against it (same origin, as in production) and Chromium, with pages in Swedish at a
// desktop size; with `teamsHost`, also the Teams host stand-in, to open the tabs inside "Teams".
// One per test file; close() stops them all.
import type { Frame, Page } from "playwright-core";
import { inject } from "vitest";
import { openFramelessTab } from "../teams-host/frameless.js";
import { startTeamsHost, type TeamsHost } from "../teams-host/server.js";
import { startApiHarness, type ApiHarness } from "./apiHarness.js";
import { launchChromium } from "./browser.js";
import { TEAMS_HOST_PORT } from "./buildTabs.js";
import { tabFrame } from "./teamsHostPage.js";
import { startTabsServer } from "./tabsServer.js";

export interface TabsInBrowser {
  api: ApiHarness;
  /** The tabs' origin: `${url}/catalogue`. */
  url: string;
  newPage(): Promise<Page>;
  /**
   * Opens the Teams host stand-in on a tab (`tab`: its URL; `user` defaults to the teacher) and
   * returns the tab's frame once teams-js has started. Only with `teamsHost: true`.
   */
  openInTeams(page: Page, scenario: Record<string, string>): Promise<Frame>;
  /**
   * Opens a tab as Teams on a phone shows it: `page` is the tab itself, top-level with the native
   * interface; the returned page plays the Teams app (window.teamsHost). Only with `teamsHost: true`.
   */
  openInTeamsMobile(page: Page, scenario: Record<string, string>): Promise<Page>;
  /** The Teams host stand-in's page for a scenario, to open without waiting for the tab to start. */
  teamsHostUrl(scenario: Record<string, string>): string;
  close(): Promise<void>;
}

type Options = Parameters<typeof startApiHarness>[0] & { teamsHost?: boolean };

export async function startTabsInBrowser({ teamsHost = false, ...apiOptions }: Options = {}): Promise<TabsInBrowser> {
  const started: { close(): Promise<void> }[] = [];
  const closeAll = async () => {
    for (const part of started.reverse()) await part.close();
  };
  try {
    const api = await startApiHarness(apiOptions);
    started.push(api);
    const tabs = await startTabsServer(inject("tabsDist"), api.url);
    started.push(tabs);
    // The tabs' build accepts the host at this fixed port only (test/support/buildTabs.ts).
    let host: TeamsHost | null = null;
    if (teamsHost) {
      host = await startTeamsHostWhenFree(api.url);
      started.push(host);
    }
    const browser = await launchChromium();
    started.push(browser);
    return {
      api,
      url: tabs.url,
      newPage: async () => (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "sv-SE" })).newPage(),
      async openInTeams(page, scenario) {
        if (!host) throw new Error("startTabsInBrowser({ teamsHost: true }) starts the Teams host stand-in");
        await page.goto(host.pageUrl({ user: "teacher", ...scenario }));
        return tabFrame(page);
      },
      teamsHostUrl(scenario) {
        if (!host) throw new Error("startTabsInBrowser({ teamsHost: true }) starts the Teams host stand-in");
        return host.pageUrl({ user: "teacher", ...scenario });
      },
      async openInTeamsMobile(page, scenario) {
        if (!host) throw new Error("startTabsInBrowser({ teamsHost: true }) starts the Teams host stand-in");
        const hostPage = await browser.newPage();
        await openFramelessTab(host, hostPage, page, { user: "teacher", ...scenario });
        return hostPage;
      },
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

/**
 * The host's port is fixed (the tabs' build accepts only that origin), so two test files that both
 * use it must take turns: a file waits while another still holds the port instead of failing.
 */
async function startTeamsHostWhenFree(apiUrl: string): Promise<TeamsHost> {
  const deadline = Date.now() + 110_000;
  for (;;) {
    try {
      return await startTeamsHost({ port: TEAMS_HOST_PORT, tokenUrl: `${apiUrl}/api/dev/token` });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE" || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
