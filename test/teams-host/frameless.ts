/**
 * Teams on iOS and Android, played with two pages: the tab is a top-level page with no parent and no
 * opener, given `window.nativeInterface` before its scripts run (as the Teams app injects it into its
 * web view), and the host page in `frameless=1` mode plays the native app behind it, answering with the
 * same handlers as the framed host.
 *
 * The wire, as teams-js 2.58 speaks it when it finds no parent (internal/communication.js):
 * - tab -> host: `window.nativeInterface.framelessPostMessage(JSON.stringify(request))`, the request
 *   serialized as for postMessage (messageObjects.js serializeMessageRequest);
 * - host -> tab: the host calls `window.onNativeMessage({ data })` (teams-js sets that function in
 *   app.initialize) with a reply `{ id, uuidAsString, args }` or an event `{ func, args }`.
 * Playwright bindings carry both directions through the test process, as the native app sits outside
 * the web view.
 */
import type { Page } from "playwright-core";
import type {} from "./host.js"; // window.teamsHost
import type { TeamsHost } from "./server.js";

declare global {
  interface Window {
    nativeInterface?: { framelessPostMessage(json: string): void };
    onNativeMessage?: (event: { data: unknown }) => void;
    teamsNativeInterfaceBridge?: (json: string) => Promise<void>;
  }
}

/** Opens `scenario.tab` in `tabPage` as Teams mobile shows it; `hostPage` plays the native app. */
export async function openFramelessTab(host: TeamsHost, hostPage: Page, tabPage: Page, scenario: Record<string, string | undefined>): Promise<void> {
  const tab = scenario.tab;
  if (!tab) throw new Error("openFramelessTab: scenario.tab (the tab's URL) is required");
  await hostPage.exposeFunction("teamsHostToNative", (data: unknown) =>
    tabPage.evaluate((message) => window.onNativeMessage?.({ data: message }), data),
  );
  await tabPage.exposeFunction("teamsNativeInterfaceBridge", (json: string) =>
    hostPage.evaluate((message) => window.teamsHost.receiveFromNative(message), json),
  );
  await tabPage.addInitScript(() => {
    window.nativeInterface = { framelessPostMessage: (json) => void window.teamsNativeInterfaceBridge?.(json) };
  });
  await hostPage.goto(host.pageUrl({ hostClientType: "android", ...scenario, frameless: "1" }));
  await tabPage.goto(tab);
}
