// Decides "inside Teams or plain browser" once, before the first render.
import { validMessageOrigins } from "./validMessageOrigins";

export type TeamsBridge = typeof import("./teamsBridge");

export interface TeamsConnection {
  bridge: TeamsBridge;
  /** teams-js's app.Context, as the host gave it at start. */
  context: Awaited<ReturnType<TeamsBridge["initialize"]>>;
}

/**
 * Whether a Teams host can be talking to this page, by the rule teams-js 2.58 itself applies in
 * app.initialize (internal/communication.js initializeCommunication): a parent frame (Teams web and
 * desktop), or, with no parent, the native interface that Teams on iOS and Android injects into its
 * web view (`window.nativeInterface`; teams-js then sends through `framelessPostMessage` and is
 * answered through `window.onNativeMessage`). teams-js would also take `window.opener` as its host;
 * Teams opens no tab page of this app as a popup, so an opener alone (a link opened in a new window)
 * means a plain browser.
 */
export function hasTeamsHost(): boolean {
  return window.self !== window.top || "nativeInterface" in window;
}

/**
 * Resolves to the connection inside a Teams host, or null in a plain browser. Never rejects.
 *
 * With a host there is no time limit: a slow host (a phone on a poor network, Teams starting up) is
 * still Teams, and falling back to the local sign-in would only show a dead end. The caller shows
 * that the tab is waiting (see shell/connectingNotice.ts). Only a host whose teams-js start fails
 * outright (app.initialize rejects) is treated as a plain browser.
 */
export async function connectToTeams(): Promise<TeamsConnection | null> {
  // No host: certainly not Teams. Don't load teams-js at all (it would fetch from a CDN).
  if (!hasTeamsHost()) return null;
  try {
    const bridge = await import("./teamsBridge");
    const context = await bridge.initialize(validMessageOrigins());
    return { bridge, context };
  } catch (error) {
    console.info("Not running inside Teams:", error);
    return null;
  }
}
