// The adapter to teams-js: the only file that imports it, and the few calls this app makes.
// Loaded with a dynamic import (connectToTeams.ts), so a plain browser never downloads teams-js.
import { app, authentication, chat, pages, sharing } from "@microsoft/teams-js";
import { chatDeepLink } from "./chat";
import type { TabConfigHost } from "./tabConfig";
import { TeamsTokenTimeout } from "./tokenTimeout";

export async function initialize(validMessageOrigins: string[]): Promise<app.Context> {
  await app.initialize(validMessageOrigins);
  return app.getContext();
}

/** teams-js waits for Teams' answer forever; past this the user is told and can try again. */
const TOKEN_TIMEOUT_MS = 20_000;

export function getAuthToken(): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new TeamsTokenTimeout(TOKEN_TIMEOUT_MS)), TOKEN_TIMEOUT_MS);
    authentication.getAuthToken().then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

export function onThemeChange(handler: (theme: string) => void): void {
  app.registerOnThemeChangeHandler(handler);
}

/** The app has rendered: Teams drops its loading indicator. */
export async function notifySuccess(): Promise<void> {
  await app.notifySuccess();
}

/** A link to teams.microsoft.com would open a browser; ask the host to open the chat in place. */
export async function openChat(email: string): Promise<void> {
  if (chat.isSupported()) {
    await chat.openChat({ user: email });
  } else {
    await app.openLink(chatDeepLink(email));
  }
}

/**
 * A Teams deep link (a meeting's join link) through the host, which opens it inside Teams; a plain
 * link in the tab's frame would open a browser window instead. Microsoft Learn, "Deep links
 * execution handling": a tab can open a deep link directly with app.openLink().
 */
export async function openLink(url: string): Promise<void> {
  await app.openLink(url);
}

/** Whether the host declares Teams' share dialog (its runtime's `sharing` capability). */
export function canShare(): boolean {
  return sharing.isSupported();
}

/** Teams' share dialog for a link; false when the host has no sharing (the caller copies the link). */
export async function shareLink(url: string, message: string): Promise<boolean> {
  if (!canShare()) return false;
  await sharing.shareWebContent({ content: [{ type: "URL", url, message, preview: true }] });
  return true;
}

export function tabConfigHost(): TabConfigHost {
  return {
    async load() {
      const saved = await pages.getConfig();
      if (!saved.contentUrl) return null;
      return {
        contentUrl: saved.contentUrl,
        websiteUrl: saved.websiteUrl ?? saved.contentUrl,
        entityId: saved.entityId ?? "",
        suggestedDisplayName: saved.suggestedDisplayName ?? "",
      };
    },
    onSave(current) {
      pages.config.registerOnSaveHandler((saveEvent) => {
        pages.config.setConfig(current()).then(
          () => saveEvent.notifySuccess(),
          (error: unknown) => saveEvent.notifyFailure(error instanceof Error ? error.message : String(error)),
        );
      });
    },
    setValid(valid) {
      pages.config.setValidityState(valid);
    },
  };
}
