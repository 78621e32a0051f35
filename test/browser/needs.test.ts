// The needs inventory in headless Chromium against the real API over Azurite: a coordinator sets up
// a round in the tab, sends it after a confirm naming the members, and opens its results; a teacher
// (a contact of Lärcenter Falköping) answers for her member and finds her answer after a reload; when
// someone else saved first (409 answer-changed) she sees the stored answer beside what she typed and
// keeps hers. Needs meet offers: a coordinator drafts a course for the IT need and asks its
// providers once (still asked after a reload). Axe clean in light, dark and high contrast.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Course, NeedsAnswer, NeedsMatches, NeedsRound } from "../../api/src/contract/index.js";
import { seriousA11yViolations } from "../support/axe.js";
import { screenshot } from "../support/browser.js";
import { setTeamsTheme } from "../support/teamsHostPage.js";
import { startTabsInBrowser, type TabsInBrowser } from "../support/tabsInBrowser.js";

let session: TabsInBrowser;
let round: NeedsRound;
const MEMBER = "larcenter-falkoping";
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  session = await startTabsInBrowser({ teamsHost: true });
  const token = await session.api.token("coordinator");
  const body = { title: "Behov inför testterminen", period: { term: "autumn", year: 2027 }, deadline: inDays(30), reminderDaysBefore: 3, recipientRoles: ["larare", "rektor"], areas: ["it", "el", "vard-omsorg"], intro: { sv: "Vad behöver ni?" } };
  const created = await session.api.send("POST", "/api/needs/rounds", { token, body });
  expect(created.status).toBe(201);
  round = (await created.json()) as NeedsRound;
  expect((await session.api.send("POST", `/api/needs/rounds/${round.id}/send`, { token })).status).toBe(200);
});
afterAll(() => session?.close());

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

describe("the needs inventory in the tab", () => {
  it("a coordinator creates a round, sends it after the confirm and opens its results", async () => {
    const page = await session.newPage();
    await page.goto(`${session.url}/catalogue?as=coordinator&view=needs`);
    await poll(() => page.getByRole("heading", { name: "Behovsinventering", level: 2 }).count()).toBe(1);
    await page.getByRole("button", { name: "Ny inventering" }).click();
    const dialog = page.getByRole("dialog", { name: "Ny behovsinventering" });
    await poll(() => dialog.count()).toBe(1);
    await dialog.getByRole("textbox", { name: /^Titel/ }).fill("Behovsinventering i webbläsaren");
    await dialog.getByRole("button", { name: "Skapa inventeringen" }).click();
    await poll(() => page.getByText("Inventeringen Behovsinventering i webbläsaren är sparad.").count()).toBe(1);
    const card = page.getByRole("article", { name: "Behovsinventering i webbläsaren" });
    expect(await card.getByText("Utkast", { exact: true }).count()).toBeGreaterThan(0);
    await card.getByRole("button", { name: "Skicka", exact: true }).click();
    const confirm = card.getByRole("group", { name: "Skicka Behovsinventering i webbläsaren" });
    expect(await confirm.textContent()).toMatch(/Kortet går till .*\d+ medlemmar, i rollerna rektor, samordnare/);
    // The drawer has slid out; Fluent's focus guards it put around the page leave a moment later.
    await poll(() => page.locator(".fui-OverlayDrawer").count()).toBe(0);
    await poll(() => seriousA11yViolations(page, "confirm")).toEqual([]);
    await confirm.getByRole("button", { name: "Skicka nu" }).click();
    await poll(() => card.getByText("Öppen", { exact: true }).count()).toBeGreaterThan(0);

    const sent = page.getByRole("article", { name: round.title });
    await sent.getByRole("button", { name: `Resultat för ${round.title}` }).click();
    await poll(() => page.getByRole("heading", { name: `Resultat: ${round.title}` }).count()).toBe(1);
    await poll(() => page.getByRole("heading", { name: /^Har inte svarat \(\d+\)$/ }).count()).toBe(1);
    expect(await page.getByRole("table", { name: "Per delregion" }).count()).toBe(1);
    await screenshot(page, "needs-results");
    expect(await seriousA11yViolations(page, "results")).toEqual([]);
    await page.context().close();
  });

  it("a teacher answers for her member, sees it after a reload, and keeps hers when someone else saved first", async () => {
    const page = await session.newPage();
    await page.goto(`${session.url}/catalogue?as=teacher&view=needs`);
    const choice = page.getByRole("combobox", { name: "Inventering" });
    // With more than one round sent, the round is chosen first; the answer form shows once it is loaded.
    const openRound = async () => {
      await poll(() => page.getByRole("form").count()).toBeGreaterThan(0);
      if ((await choice.count()) > 0) await choice.selectOption(round.id);
      await poll(() => page.getByRole("heading", { name: round.title }).count()).toBe(1);
    };
    await openRound();
    const answer = page.getByRole("form", { name: "Ert svar för Lärcenter Falköping" });
    await poll(() => answer.count()).toBe(1);
    await answer.getByRole("button", { name: "Lägg till behov" }).click();
    const participants = answer.getByRole("spinbutton", { name: /^Antal deltagare/ });
    await participants.fill("0");
    await answer.getByRole("button", { name: "Spara svaret" }).click();
    await poll(() => participants.getAttribute("aria-invalid")).toBe("true");
    expect(await answer.getByRole("alert").filter({ hasText: "Svaret sparades inte" }).textContent()).toContain("Behov 1, Antal deltagare: ange ett helt antal från 1 till 1000");
    await participants.fill("12");
    await answer.getByRole("button", { name: "Spara svaret" }).click();
    await poll(() => answer.getByRole("status").textContent()).toBe("Svaret för Lärcenter Falköping är sparat.");
    expect(await seriousA11yViolations(page, "saved")).toEqual([]);

    await page.reload();
    await openRound();
    await poll(() => answer.getByRole("spinbutton", { name: /^Antal deltagare/ }).inputValue()).toBe("12");
    expect(await answer.getByRole("combobox", { name: /^Utbildningsområde/ }).inputValue()).toBe("it");

    // Someone else saves first: the tab's next save is refused, and both answers are shown.
    const coordinator = await session.api.token("coordinator");
    const stored = (await (await session.api.get(`/api/needs/rounds/${round.id}/answers/mine`, { token: await session.api.token("teacher") })).json()) as { answers: NeedsAnswer[] };
    const version = stored.answers.find((a) => a.memberId === MEMBER)!.version;
    const other = await session.api.send("PUT", `/api/needs/rounds/${round.id}/answers/${MEMBER}`, {
      token: coordinator,
      body: { needs: [{ area: "el", audience: "students", format: "on-site", participants: 30 }], version },
    });
    expect(other.status).toBe(200);
    await answer.getByRole("spinbutton", { name: /^Antal deltagare/ }).fill("15");
    await answer.getByRole("button", { name: "Spara svaret" }).click();
    const conflict = page.getByRole("alert").filter({ hasText: "Någon annan har ändrat svaret" });
    await poll(() => conflict.count()).toBe(1);
    expect(await conflict.textContent()).toContain("El och energi, studerande: 30");
    expect(await conflict.textContent()).toContain("IT, personal: 15");
    expect(await answer.getByRole("spinbutton", { name: /^Antal deltagare/ }).inputValue()).toBe("15");
    await screenshot(page, "needs-conflict");
    expect(await seriousA11yViolations(page, "conflict")).toEqual([]);
    await conflict.getByRole("button", { name: "Spara det jag skrev" }).click();
    await poll(() => answer.getByRole("status").textContent()).toBe("Svaret för Lärcenter Falköping är sparat.");
    const after = (await (await session.api.get(`/api/needs/rounds/${round.id}/answers/mine`, { token: await session.api.token("teacher") })).json()) as { answers: NeedsAnswer[] };
    expect(after.answers.find((a) => a.memberId === MEMBER)!.needs).toEqual([{ area: "it", audience: "staff", format: "online", participants: 15 }]);
    await page.context().close();
  });

  it("a coordinator meets the IT need with its providers, drafts a course and asks the providers once", async () => {
    const coordinator = await session.api.token("coordinator");
    const { matches } = (await (await session.api.get(`/api/needs/rounds/${round.id}/matches`, { token: coordinator })).json()) as NeedsMatches;
    const it = matches.find((m) => m.area === "it")!;
    expect(it.providers.length).toBeGreaterThan(0);
    const page = await session.newPage();
    const openResults = async () => {
      await page.goto(`${session.url}/catalogue?as=coordinator&view=needs`);
      await page.getByRole("article", { name: round.title }).getByRole("button", { name: `Resultat för ${round.title}` }).click();
      await poll(() => page.getByRole("heading", { name: "Behov möter utbud" }).count()).toBe(1);
    };
    await openResults();
    const area = page.getByRole("listitem", { name: /^IT: 1 medlem, 15 deltagare$/ });
    await poll(() => area.count()).toBe(1);
    expect(await area.getByText(it.providers[0]!.memberName, { exact: true }).count()).toBe(1);

    await area.getByRole("button", { name: "Skapa kursutkast för IT" }).click();
    await poll(() => area.getByRole("status").textContent()).toMatch(/^Utkastet .+ finns nu i kurskatalogen\./);
    const draftLink = area.getByRole("link", { name: /^Öppna utkastet / });
    const courseId = new URL((await draftLink.getAttribute("href"))!, session.url).searchParams.get("course")!;
    const draft = (await (await session.api.get(`/api/courses/${courseId}`, { token: coordinator })).json()) as Course;
    expect([draft.status, draft.areas]).toEqual(["draft", ["it"]]);

    await area.getByRole("button", { name: "Fråga anordnare om IT" }).click();
    const confirm = area.getByRole("group", { name: "Fråga anordnare om IT" });
    expect(await confirm.textContent()).toContain(`går till ${it.people} person`);
    await poll(() => seriousA11yViolations(page, "ask confirm")).toEqual([]);
    await confirm.getByRole("button", { name: "Skicka frågan" }).click();
    await poll(() => area.getByRole("status").textContent()).toMatch(new RegExp(`^Frågan går till ${it.people} person`));
    expect(await area.getByRole("button", { name: "Fråga anordnare om IT" }).count()).toBe(0);

    await openResults();
    await poll(() => area.getByText(/^Anordnarna tillfrågades /).count()).toBe(1);
    expect(await area.getByRole("button", { name: "Fråga anordnare om IT" }).count()).toBe(0);
    expect(await seriousA11yViolations(page, "matches")).toEqual([]);
    await page.context().close();
  });

  it("is read in English inside Teams, in the dark and high-contrast themes", async () => {
    const page = await session.newPage();
    const tab = await session.openInTeams(page, { tab: `${session.url}/catalogue?view=needs`, user: "coordinator", locale: "en-us", theme: "dark" });
    const card = tab.getByRole("article", { name: round.title });
    await poll(() => card.count()).toBe(1);
    await card.getByRole("button", { name: `Results of ${round.title}` }).click();
    await poll(() => tab.getByRole("heading", { name: `Results: ${round.title}` }).count()).toBe(1);
    await poll(() => tab.getByRole("table", { name: "Per sub-region" }).count()).toBe(1);
    await screenshot(page, "needs-results-dark");
    expect(await seriousA11yViolations(page, "dark")).toEqual([]);
    await setTeamsTheme(page, "contrast");
    expect(await seriousA11yViolations(page, "high contrast")).toEqual([]);
    await setTeamsTheme(page, "default");
    expect(await seriousA11yViolations(page, "light")).toEqual([]);
    await page.context().close();
  });
});
