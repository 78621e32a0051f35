// Everything the app needs from its host, read through React context. Inside Teams it comes from
// teams-js; in a plain browser the same shape says "not in Teams" and the app uses local stand-ins.
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { Theme } from "@fluentui/react-components";
import type { TeamsConnection } from "./connectToTeams";
import { chatDeepLink } from "./chat";
import type { TabConfigHost } from "./tabConfig";
import { fluentThemeFor, initialThemeName, loadFluentTheme, toTeamsThemeName, type TeamsThemeName } from "./themes";

/** The parts of the Teams context this app reads. */
export interface TeamsContextInfo {
  user: { id: string; displayName?: string; userPrincipalName?: string };
  locale: string;
  theme: TeamsThemeName;
  /** "content" for a tab, "settings" for the configuration page, etc. */
  frameContext: string;
  /** The app's id and the tab's entity id, for deep links back into the app. */
  appId?: string;
  pageId?: string;
  /** What a deep link into the tab asked to open (context.subEntityId), if anything. */
  subPageId?: string;
}

export interface TeamsValue {
  isInTeams: boolean;
  context: TeamsContextInfo | null;
  themeName: TeamsThemeName;
  theme: Theme;
  /** Teams' UI locale (e.g. "sv-se"), or null in a plain browser. */
  locale: string | null;
  /** The Teams SSO token for the API. Rejects in a plain browser: use the local identity there. */
  getToken(): Promise<string>;
  /** Opens a 1:1 chat. Inside Teams through the host; in a browser in a new tab. */
  openChat(email: string): void;
  /** Opens a Teams deep link (a meeting's join link). Inside Teams through the host; in a browser in a new tab. */
  openTeamsLink(url: string): void;
  /** The channel-tab configuration API; null in a plain browser. */
  tabConfig: TabConfigHost | null;
  /** Whether the host has Teams' share dialog (teams-js sharing.isSupported()); false in a plain browser. */
  canShare: boolean;
  /** Teams' share dialog for a link; resolves false where there is none (then copy the link). */
  shareLink(url: string, message: string): Promise<boolean>;
}

const TeamsReactContext = createContext<TeamsValue | null>(null);

export function TeamsProvider({ connection, children }: { connection: TeamsConnection | null; children: ReactNode }) {
  // main.tsx has loaded the initial theme; later ones load before they apply.
  const [themeName, setThemeName] = useState<TeamsThemeName>(() => initialThemeName(connection));

  const notified = useRef(false);
  useEffect(() => {
    if (!connection) return;
    const { bridge } = connection;
    bridge.onThemeChange((name) => {
      const next = toTeamsThemeName(name);
      loadFluentTheme(next).then(
        () => setThemeName(next),
        (error: unknown) => console.warn("Could not load the theme", next, error),
      );
    });
    // The app has rendered: tell Teams to drop its loading indicator (once, even under StrictMode).
    if (notified.current) return;
    notified.current = true;
    bridge.notifySuccess().catch((error: unknown) => console.warn("notifySuccess failed", error));
  }, [connection]);

  // The host's functions depend on the connection only, so a theme change doesn't give consumers
  // a new getToken (which would refetch everything that depends on it).
  const host = useMemo(() => {
    /** Inside Teams through the host, which opens Teams' own links in place; in a browser a new tab. */
    const open = (viaHost: (bridge: TeamsConnection["bridge"]) => Promise<void>, url: string): void => {
      if (connection) viaHost(connection.bridge).catch((error: unknown) => console.warn("opening in Teams failed", error));
      else window.open(url, "_blank", "noopener,noreferrer");
    };
    return {
      getToken: (): Promise<string> =>
        connection
          ? connection.bridge.getAuthToken()
          : Promise.reject(new Error("Teams single sign-on is only available inside Teams.")),
      openChat: (email: string): void => open((bridge) => bridge.openChat(email), chatDeepLink(email)),
      openTeamsLink: (url: string): void => open((bridge) => bridge.openLink(url), url),
      tabConfig: connection ? connection.bridge.tabConfigHost() : null,
      canShare: connection ? connection.bridge.canShare() : false,
      shareLink: (url: string, message: string): Promise<boolean> =>
        connection ? connection.bridge.shareLink(url, message) : Promise.resolve(false),
    };
  }, [connection]);

  const value = useMemo<TeamsValue>(() => {
    const context = connection ? toContextInfo(connection, themeName) : null;
    return {
      ...host,
      isInTeams: connection !== null,
      context,
      themeName,
      theme: fluentThemeFor(themeName),
      locale: context?.locale ?? null,
    };
  }, [connection, host, themeName]);

  return <TeamsReactContext.Provider value={value}>{children}</TeamsReactContext.Provider>;
}

export function useTeams(): TeamsValue {
  const value = useContext(TeamsReactContext);
  if (!value) throw new Error("useTeams() needs a <TeamsProvider> above it.");
  return value;
}

function toContextInfo({ context }: TeamsConnection, theme: TeamsThemeName): TeamsContextInfo {
  return {
    user: {
      id: context.user?.id ?? "",
      displayName: context.user?.displayName,
      userPrincipalName: context.user?.userPrincipalName,
    },
    locale: context.app.locale,
    theme,
    frameContext: context.page.frameContext,
    appId: context.app.appId?.toString(),
    pageId: context.page.id,
    subPageId: context.page.subPageId,
  };
}
