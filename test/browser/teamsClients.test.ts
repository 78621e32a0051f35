// The tabs in the Teams clients as they really behave, beyond the happy path of Teams on the web:
// Teams on a phone (no parent frame, teams-js through the native interface), a host slow to answer
// `initialize`, single sign-on failing as Teams reports it, and the share dialog following the
// capabilities the host declares.
import type { Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousA11yViolations } from "../support/axe.js";
import { screenshot } from "../support/browser.js";
import { startTabsInBrowser, type TabsInBrowser } from "../support/tabsInBrowser.js";

let session: TabsInBrowser;
beforeAll(async () => {
  session = await startTabsInBrowser({ catalogue: true, teamsHost: true });
});
afterAll(() => session?.close());

const poll = expect.poll;

/** The result count that the live region announces, e.g. "41 medlemmar". */
const resultCount = async (frame: Frame | Page) =>
  (await frame.getByRole("status").allTextContents()).map((t) => t.trim()).find((t) => /^\d+ (medlem|member)/.test(t));

/** How many times the tab asked the host for an SSO token. */
const tokenRequests = (hostPage: Page) =>
  hostPage.evaluate(() => window.teamsHost.log.filter((e) => e.dir === "in" && e.func === "authentication.getAuthToken").length);

const tabFrameOf = (page: Page) => page.frame({ name: "tab" })!;

describe("Teams on a phone (no parent frame)", () => {
  it("finds Teams through the native interface: SSO token, Teams' locale and theme", async () => {
    const page = await session.newPage();
    const hostPage = await session.openInTeamsMobile(page, { tab: `${session.url}/directory`, locale: "sv-se", theme: "dark", hostClientType: "android" });
    expect(await hostPage.evaluate(() => window.teamsHost.initialized)).toEqual({ status: "success" });
    await poll(() => page.getByRole("heading", { level: 1, name: "Medlemmar" }).count()).toBe(1);
    await poll(() => resultCount(page)).toBe("41 medlemmar");
    // Signed in through Teams, not the local sign-in: the token came from the host, and the
    // plain browser's switches are not there.
    expect(await tokenRequests(hostPage)).toBeGreaterThan(0);
    expect(await page.getByLabel("Språk").count()).toBe(0);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor)).not.toBe("rgb(255, 255, 255)");
    await screenshot(page, "teams-mobile-directory-dark");
    expect(await seriousA11yViolations(page, "mobile dark")).toEqual([]);

    await hostPage.evaluate(() => window.teamsHost.setTheme("default"));
    await poll(() => page.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor)).toBe("rgb(255, 255, 255)");
    await page.context().close();
    await hostPage.context().close();
  }, 120_000); // every message crosses the test process twice (see frameless.ts): slow on a busy machine
});

describe("a host slow to answer initialize", () => {
  it("shows that it waits, offers a way out, and opens in Teams when the host answers", async () => {
    const page = await session.newPage();
    await page.clock.install();
    await page.goto(session.teamsHostUrl({ tab: `${session.url}/directory`, locale: "sv-se", initDelayMs: "30000" }));
    const tab = () => tabFrameOf(page);
    await poll(() => tab().getByRole("status").textContent()).toContain("Laddar Campus Westum…");

    await page.clock.fastForward(9_000); // past the tab's 8 s: it says why it waits
    await poll(() => tab().getByText("Teams har inte svarat än.", { exact: false }).count()).toBe(1);
    expect(await tab().getByRole("button", { name: /Ladda om/ }).count()).toBe(1);
    expect(await tab().getByRole("link", { name: /Öppna i webbläsaren/ }).getAttribute("target")).toBe("_blank");
    await screenshot(page, "teams-slow-host");
    expect(await seriousA11yViolations(page, "slow host")).toEqual([]);

    await page.clock.fastForward(25_000); // the host answers at 30 s: still Teams, not local mode
    expect(await page.evaluate(() => window.teamsHost.initialized)).toEqual({ status: "success" });
    await poll(() => tab().getByRole("heading", { level: 1, name: "Medlemmar" }).count()).toBe(1);
    await poll(() => resultCount(tab())).toBe("41 medlemmar");
    expect(await tokenRequests(page)).toBeGreaterThan(0);
    expect(await tab().getByText("Teams har inte svarat än.", { exact: false }).count()).toBe(0);
    await page.context().close();
  });
});

describe("Teams single sign-on failing", () => {
  const cases = [
    { reason: "resourceRequiresConsent", locale: "sv-se", says: "Välj Försök igen så frågar Teams dig." },
    { reason: "resourceDisabled", locale: "sv-se", says: "inloggning inte är rätt inställd i er organisation" },
    { reason: "CancelledByUser", locale: "en-us", says: "You closed Teams' sign-in window." },
    { reason: "Something unexpected", locale: "sv-se", says: "Teams kunde inte logga in dig i Campus Westum." },
  ];
  for (const { reason, locale, says } of cases) {
    it(`explains "${reason}" and signs in on "try again" once Teams gives a token`, async () => {
      const page = await session.newPage();
      const tab = await session.openInTeams(page, { tab: `${session.url}/directory`, locale, authError: reason });
      const alert = tab.getByRole("alert");
      await poll(() => alert.textContent()).toContain(says);
      expect(await tokenRequests(page)).toBe(1);
      if (reason === "resourceRequiresConsent") {
        await screenshot(page, "teams-sso-consent");
        expect(await seriousA11yViolations(page, "sso consent")).toEqual([]);
      }

      // The user consents (or the administrator fixes the app); "try again" asks Teams again.
      await page.evaluate(() => window.teamsHost.setAuthError(null));
      await alert.getByRole("button", { name: locale === "en-us" ? "Try again" : "Försök igen" }).click();
      await poll(() => resultCount(tab)).toMatch(/^41 (medlemmar|members)$/);
      expect(await tokenRequests(page)).toBe(2);
      await page.context().close();
    });
  }

  it("gives up waiting for a token after 20 s and lets the user try again", async () => {
    const page = await session.newPage();
    await page.clock.install();
    const tab = await session.openInTeams(page, { tab: `${session.url}/directory`, locale: "sv-se", authError: "noAnswer" });
    await poll(() => tokenRequests(page)).toBe(1);
    await page.clock.fastForward(21_000);
    const alert = tab.getByRole("alert");
    await poll(() => alert.textContent()).toContain("Teams gav ingen inloggning i tid.");
    await page.evaluate(() => window.teamsHost.setAuthError(null));
    await alert.getByRole("button", { name: "Försök igen" }).click();
    await poll(() => resultCount(tab)).toBe("41 medlemmar");
    await page.context().close();
  });
});

describe("sharing, as the host declares it", () => {
  const openCourse = async (page: Page, scenario: Record<string, string>) => {
    const tab = await session.openInTeams(page, { tab: `${session.url}/catalogue?course=digital-upphandling`, locale: "sv-se", ...scenario });
    const dialog = tab.getByRole("dialog");
    await poll(() => dialog.getByRole("heading", { name: "Digital upphandling" }).count()).toBe(1);
    return dialog;
  };

  it("opens Teams' share dialog where the client declares sharing", async () => {
    const page = await session.newPage();
    const dialog = await openCourse(page, { hostClientType: "desktop" });
    await dialog.getByRole("button", { name: "Dela i en Teams-chatt" }).click();
    await poll(() => dialog.getByText("Kursen är delad.").count()).toBe(1);
    const shared = (await page.evaluate(() => window.teamsHost.shared)) as { content: { type: string; url: string }[] }[];
    expect(shared).toHaveLength(1);
    expect(shared[0]!.content[0]).toMatchObject({ type: "URL" });
    expect(shared[0]!.content[0]!.url).toContain("digital-upphandling");
    await page.context().close();
  });

  it("offers to copy the link where the host has no share dialog", async () => {
    const page = await session.newPage();
    const dialog = await openCourse(page, { without: "sharing" });
    expect(await dialog.getByRole("button", { name: "Dela i en Teams-chatt" }).count()).toBe(0);
    await dialog.getByRole("button", { name: "Kopiera länk till kursen" }).click();
    // Copied, or (no clipboard permission in this frame) shown to copy by hand: never lost.
    await poll(async () => (await dialog.getByText("Länken är kopierad.", { exact: false }).count()) + (await dialog.getByLabel("Länk till kursen").count())).toBe(1);
    expect(await page.evaluate(() => window.teamsHost.shared)).toEqual([]);
    await page.context().close();
  });
});
