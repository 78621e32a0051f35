// The member directory in headless Chromium, as a teacher uses it: in a plain browser (local
// identity) and inside the Teams host stand-in (teams-js, SSO token, themes, locale).
import type { Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousA11yViolations } from "../support/axe.js";
import { screenshot } from "../support/browser.js";
import { startTabsInBrowser, type TabsInBrowser } from "../support/tabsInBrowser.js";
import { openSavedTab, saveTabSettings, setTeamsTheme } from "../support/teamsHostPage.js";

let session: TabsInBrowser;
beforeAll(async () => {
  session = await startTabsInBrowser({ teamsHost: true });
});
afterAll(() => session?.close());

/** The result count that the live region announces, e.g. "41 medlemmar". */
const resultCount = async (frame: Frame | Page) =>
  (await frame.getByRole("status").allTextContents()).map((t) => t.trim()).find((t) => /^\d+ (medlem|member)/.test(t));

const backgroundOf = (frame: Frame | Page) =>
  frame.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider") ?? document.body).backgroundColor);

describe("member directory in a plain browser", () => {
  it("lets a teacher search, filter by sub-region and open a member's contacts", async () => {
    const page = await session.newPage();
    await page.goto(`${session.url}/directory`);
    await expect.poll(() => page.getByRole("heading", { level: 1, name: "Medlemmar" }).count()).toBe(1);
    await expect.poll(() => resultCount(page)).toBe("41 medlemmar");

    await page.getByRole("searchbox", { name: "Sök bland medlemmarna" }).fill("larcenter falkoping");
    await expect.poll(() => resultCount(page)).toBe("1 medlem");
    expect(await page.getByRole("article").count()).toBe(1);
    await expect.poll(() => page.getByRole("article").first().getByRole("heading").first().textContent()).toContain("Lärcenter Falköping");
    expect(await seriousA11yViolations(page, "search")).toEqual([]);

    await page.getByRole("searchbox", { name: "Sök bland medlemmarna" }).fill("");
    await page.getByRole("checkbox", { name: /^Skaraborg/ }).check();
    await expect.poll(() => resultCount(page)).toBe("11 medlemmar");
    expect(page.url()).toContain("subRegion=skaraborg");
    await screenshot(page, "directory-skaraborg");

    await page.getByRole("button", { name: "Dacapo Mariestad" }).click();
    const dialog = page.getByRole("dialog");
    await expect.poll(() => dialog.getByRole("heading", { name: "Kontaktpersoner" }).count()).toBe(1);
    const chat = dialog.getByRole("link", { name: /^Chatta i Teams med / }).first();
    expect(await chat.getAttribute("href")).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/chat\/0\/0\?users=[a-z.0-9]+%40example\.org$/);
    expect(await dialog.textContent()).toContain("Töreboda");
    await screenshot(page, "directory-member-detail");
    expect(await seriousA11yViolations(page, "detail")).toEqual([]);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0);

    // The Kungsbacka member is in Halland and in Göteborgsregionen: found under either, listed with both.
    await page.getByRole("checkbox", { name: /^Skaraborg/ }).uncheck();
    await page.getByRole("checkbox", { name: /^Halland/ }).check();
    await expect.poll(() => resultCount(page)).toBe("4 medlemmar");
    const kungsbacka = page.getByRole("button", { name: /Kungsbacka/ });
    expect(await kungsbacka.count()).toBe(1);
    await page.getByRole("checkbox", { name: /^Halland/ }).uncheck();
    await page.getByRole("checkbox", { name: /^Göteborgsregionen/ }).check();
    await expect.poll(() => resultCount(page)).toBe("6 medlemmar");
    await kungsbacka.click();
    await expect.poll(() => page.getByRole("dialog").getByText("Delregioner").count()).toBe(1);
    expect(await page.getByRole("dialog").textContent()).toContain("Göteborgsregionen, Halland");
    await page.keyboard.press("Escape");
    await page.context().close();
  });

  it("switches to English", async () => {
    const page = await session.newPage();
    await page.goto(`${session.url}/directory`);
    await page.getByLabel("Språk").selectOption("en");
    await expect.poll(() => page.getByRole("heading", { level: 1, name: "Members" }).count()).toBe(1);
    await expect.poll(() => resultCount(page)).toBe("41 members");
    expect(await page.getByRole("checkbox", { name: /^Gothenburg region/ }).count()).toBe(1);
    await screenshot(page, "directory-english");
    await page.context().close();
  });

  it("explains an API error and offers to try again", async () => {
    const page = await session.newPage();
    await page.route("**/api/members?*", (route) =>
      route.fulfill({
        status: 503,
        contentType: "application/problem+json",
        body: JSON.stringify({ type: "urn:x", title: "Tillfälligt otillgänglig", status: 503, detail: "Lagringen svarar inte just nu." }),
      }),
    );
    await page.goto(`${session.url}/directory`);
    await expect.poll(() => page.getByText("Lagringen svarar inte just nu.").count()).toBeGreaterThan(0);
    await page.unroute("**/api/members?*");
    await page.getByRole("button", { name: "Försök igen" }).click();
    await expect.poll(() => resultCount(page)).toBe("41 medlemmar");
    await page.context().close();
  });
});

describe("member directory inside Teams", () => {
  it("follows the Teams locale, theme and theme changes, signed in with the SSO token", async () => {
    const page = await session.newPage();
    const tab = await session.openInTeams(page, { tab: `${session.url}/directory`, locale: "en-us", theme: "dark" });
    await expect.poll(() => tab.getByRole("heading", { level: 1, name: "Members" }).count()).toBe(1);
    await expect.poll(() => resultCount(tab)).toBe("41 members");
    // Plain-browser switches are hidden inside Teams: Teams decides locale and identity.
    expect(await tab.getByLabel("Language").count()).toBe(0);
    const dark = await backgroundOf(tab);
    await screenshot(page, "teams-directory-dark");
    expect(await seriousA11yViolations(page, "dark")).toEqual([]);

    await setTeamsTheme(page, "contrast");
    await expect.poll(() => backgroundOf(tab)).not.toBe(dark);
    await screenshot(page, "teams-directory-high-contrast");
    expect(await seriousA11yViolations(page, "contrast")).toEqual([]);

    await setTeamsTheme(page, "default");
    await expect.poll(() => backgroundOf(tab)).toBe("rgb(255, 255, 255)");
    await page.context().close();
  });

  it("saves a channel tab's view through pages.config and reopens the tab on it", async () => {
    const page = await session.newPage();
    const config = await session.openInTeams(page, { tab: `${session.url}/config/directory`, frameContext: "settings", locale: "sv-se", channelName: "Tekniknätverket" });
    await config.getByRole("checkbox", { name: /^Skaraborg/ }).check();
    await expect.poll(() => config.getByText(/11 medlemmar/).count()).toBeGreaterThan(0);
    await screenshot(page, "teams-channel-config");
    expect(await seriousA11yViolations(page, "config")).toEqual([]);

    const saved = await saveTabSettings(page);
    expect(saved.ok).toBe(true);
    expect(saved.config?.contentUrl).toContain("subRegion=skaraborg");
    expect(saved.config?.contentUrl).toContain("context=channel");
    expect(saved.config?.suggestedDisplayName).toContain("Skaraborg");

    const tab = await openSavedTab(page);
    await expect.poll(() => tab.getByText(/Sparad vy/).count()).toBeGreaterThan(0);
    await expect.poll(() => resultCount(tab)).toBe("11 medlemmar");
    await screenshot(page, "teams-channel-tab");
    await page.context().close();
  });
});
