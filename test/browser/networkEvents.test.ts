// The tech network's events in the catalogue's "Evenemang" view, in headless Chromium against the
// real API over Azurite: a teacher reaches the view by the arrow keys; with nothing planned it says
// so and how to hear of new events; a failed load says why and loads again on "Försök igen"; then
// the sample events (the monthly meeting, a workshop, the Westumkonferensen) are listed soonest
// first at their Stockholm times, the meeting's rule in words, a cancelled event marked without
// links and a past one left out; the join link is the meeting's, and the calendar link opens
// without a token (a signed link, decision 0015). In English inside Teams the join link goes
// through the host (app.openLink). axe clean in light, dark and high contrast.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NetworkEvent, NetworkEventList } from "../../api/src/contract/index.js";
import { readNetworkEvent } from "../../api/src/domain/networkEventSchema.js";
import { seedNetworkEventsIfEmpty } from "../../api/src/sample/networkEvents.js";
import { NetworkEventStore } from "../../api/src/store/networkEventStore.js";
import { seriousA11yViolations } from "../support/axe.js";
import { screenshot } from "../support/browser.js";
import { openSavedTab, saveTabSettings, seriousA11yViolationsInEveryTheme } from "../support/teamsHostPage.js";
import { startTabsInBrowser, type TabsInBrowser } from "../support/tabsInBrowser.js";

let session: TabsInBrowser;
beforeAll(async () => {
  session = await startTabsInBrowser({ teamsHost: true });
});
afterAll(() => session?.close());

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });
const DAY = 86_400_000;

/** An event as the sync would store it from a list row. */
async function storeEvent(row: Parameters<typeof readNetworkEvent>[0]): Promise<NetworkEvent> {
  const read = readNetworkEvent(row);
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  const event = { ...read.event, updatedAt: new Date().toISOString() };
  expect(await new NetworkEventStore(session.api.services.tables).save(event, undefined)).toBe(true);
  return event;
}

async function listed(): Promise<NetworkEventList> {
  return (await (await session.api.get("/api/events")).json()) as NetworkEventList;
}

/** "tis 8 dec. 2026, 14:00–15:30": the weekday, the Stockholm day of the API's ISO time, the hours. */
const whenPattern = (start: string, weekday: string, hours: string) => new RegExp(`^${weekday} ${Number(start.slice(8, 10))} \\S+ ${start.slice(0, 4)}, ${hours}$`);

describe("the tech network's events in the catalogue", () => {
  it("a teacher reaches them by keyboard; with nothing planned the view says so and how to hear of new ones", async () => {
    const page = await session.newPage();
    await page.goto(`${session.url}/catalogue?as=teacher`);
    const courses = page.getByRole("tab", { name: "Kurser" });
    await poll(() => courses.getAttribute("aria-selected")).toBe("true");
    await courses.focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await poll(() => page.getByRole("tab", { name: "Evenemang", selected: true }).count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Evenemang");
    expect(page.url()).toContain("view=events");
    await poll(() => page.getByRole("heading", { name: "Evenemang", level: 2 }).count()).toBe(1);
    await poll(() => page.getByRole("heading", { name: "Inga kommande evenemang" }).count()).toBe(1);
    expect(await page.getByText(/Skriv ”prenumerera tekniknätverket” i chatten med Campus Westum/).count()).toBe(1);
    expect(await seriousA11yViolations(page, "empty")).toEqual([]);
    await page.context().close();
  });

  it("says why the events could not be loaded, and loads them on Försök igen", async () => {
    const page = await session.newPage();
    let fail = true;
    await page.route("**/api/events", (route) =>
      fail
        ? route.fulfill({
            status: 503,
            contentType: "application/problem+json",
            body: JSON.stringify({ type: "about:blank", title: "Otillgänglig", status: 503, detail: "Lagringen svarar inte. Försök igen om en minut." }),
          })
        : route.continue(),
    );
    await page.goto(`${session.url}/catalogue?as=teacher&view=events`);
    const alert = page.getByRole("alert").filter({ hasText: "Evenemangen kunde inte hämtas" });
    await poll(() => alert.count()).toBe(1);
    expect(await alert.textContent()).toContain("Lagringen svarar inte. Försök igen om en minut.");
    expect(await seriousA11yViolations(page, "error")).toEqual([]);
    fail = false;
    await alert.getByRole("button", { name: "Försök igen" }).click();
    await poll(() => page.getByRole("heading", { name: "Inga kommande evenemang" }).count()).toBe(1);
    expect(await alert.count()).toBe(0);
    await page.context().close();
  });

  it("lists the coming events at their Stockholm times, marks a cancelled one, leaves out past ones, and links to the meeting and a calendar file that opens without a token", async () => {
    expect(await seedNetworkEventsIfEmpty(session.api.services)).toBe(3);
    const now = new Date().setUTCHours(12, 0, 0, 0);
    await storeEvent({ id: "installd-traff", title: "Inställd extraträff", type: "Annat", start: new Date(now + 10 * DAY).toISOString(), durationMinutes: 60, joinUrl: "https://teams.microsoft.com/l/meetup-join/19%3ameeting_installd%40thread.v2/0", active: false });
    await storeEvent({ id: "forra-workshoppen", title: "Förra workshoppen", type: "Tekniknätverket", start: new Date(now - 10 * DAY).toISOString(), durationMinutes: 60, active: true });
    const { events } = await listed();
    const byId = new Map(events.map((event) => [event.id, event]));

    const page = await session.newPage();
    await page.goto(`${session.url}/catalogue?as=teacher&view=events`);
    const cards = page.getByRole("article");
    await poll(() => cards.count()).toBe(4);
    // Soonest first, as the API gives them; the past workshop is not among them.
    const titles = await page.getByRole("article").getByRole("heading", { level: 3 }).allTextContents();
    expect(titles).toEqual(events.map((event) => event.title));
    expect(titles).not.toContain("Förra workshoppen");

    // The monthly meeting: next time on a Tuesday at 14:00 Swedish time, its rule and later dates.
    const meeting = page.getByRole("article", { name: "Tekniknätverkets månadsträff" });
    const next = byId.get("tekniknatverket-manadstraff")!.next.start;
    expect(await meeting.getByText("Tekniknätverket", { exact: true }).count()).toBe(1);
    expect(await meeting.locator("dd").first().textContent()).toMatch(whenPattern(next, "tis", "14:00–15:30"));
    expect(await meeting.getByText("Andra tisdagen varje månad kl. 14:00").count()).toBe(1);
    const later = meeting.getByRole("list", { name: "Senare tillfällen" }).getByRole("listitem");
    expect(await later.allTextContents()).toHaveLength(3);
    for (const text of await later.allTextContents()) expect(text).toMatch(/^tis .*, 14:00–15:30$/);

    // The workshop: its description, its Teams meeting, and its calendar file.
    const workshop = page.getByRole("article", { name: "Workshop: ljud och bild i hybridsalar" });
    const workshopEvent = byId.get("workshop-hybridsalar")!;
    expect(await workshop.locator("dd").first().textContent()).toMatch(/, 09:00–12:00$/);
    expect(await workshop.getByText(/^Praktiska tips om mikrofoner/).count()).toBe(1);
    const join = workshop.getByRole("link", { name: "Anslut i Teams: Workshop: ljud och bild i hybridsalar" });
    expect(await join.getAttribute("href")).toBe(workshopEvent.joinUrl);
    expect(await join.getAttribute("target")).toBe("_blank");
    const calendar = workshop.getByRole("link", { name: "Lägg till i kalendern: Workshop: ljud och bild i hybridsalar" });
    const href = new URL((await calendar.getAttribute("href"))!);
    expect(`${href.origin}${href.pathname}`).toBe(`${session.api.services.config.bot.publicApiUrl}/api/calendar/events/workshop-hybridsalar/calendar.ics`);
    expect(href.searchParams.get("signature")).toBeTruthy();
    // The link carries its own proof: fetched without any token it is the event's calendar file.
    const file = await fetch(`${session.api.url}${href.pathname}${href.search}`);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toMatch(/^text\/calendar/);
    expect(await file.text()).toContain("SUMMARY:Workshop: ljud och bild i hybridsalar");

    // The conference is a conference, from 09:00 to 16:00.
    const conference = page.getByRole("article", { name: "Westumkonferensen" });
    expect(await conference.getByText("Konferens", { exact: true }).count()).toBe(1);
    expect(await conference.locator("dd").first().textContent()).toMatch(/, 09:00–16:00$/);

    // The cancelled one keeps its place, says so, and offers nothing to join or add.
    const cancelled = page.getByRole("article", { name: "Inställd extraträff" });
    expect(await cancelled.getByText("Inställt", { exact: true }).count()).toBe(1);
    expect(await cancelled.getByText(/^Evenemanget är inställt\./).count()).toBe(1);
    expect(await cancelled.getByRole("link").count()).toBe(0);

    await screenshot(page, "network-events");
    expect(await seriousA11yViolations(page, "list")).toEqual([]);
    await page.context().close();
  });

  it("is read in English inside Teams, opens the meeting through Teams, in the dark and high-contrast themes", async () => {
    const page = await session.newPage();
    const tab = await session.openInTeams(page, { tab: `${session.url}/catalogue?view=events`, user: "teacher", locale: "en-us", theme: "dark" });
    const conference = tab.getByRole("article", { name: "Westumkonferensen" });
    await poll(() => conference.count()).toBe(1);
    expect(await conference.getByText("Conference", { exact: true }).count()).toBe(1);
    const meeting = tab.getByRole("article", { name: "Tekniknätverkets månadsträff" });
    expect(await meeting.getByText("Second Tuesday of every month at 14:00").count()).toBe(1);
    expect(await tab.getByRole("article", { name: "Inställd extraträff" }).getByText("Cancelled", { exact: true }).count()).toBe(1);

    const joinUrl = (await listed()).events.find((event) => event.id === "westumkonferensen")!.joinUrl!;
    await conference.getByRole("link", { name: "Join in Teams: Westumkonferensen" }).click();
    await poll(() => page.evaluate(() => window.teamsHost.openedLinks)).toContain(joinUrl);
    expect(page.context().pages()).toHaveLength(1);

    await screenshot(page, "network-events-dark");
    expect(await seriousA11yViolationsInEveryTheme(page)).toEqual([]);
    await page.context().close();
  });

  it("can be pinned in a channel: the configuration page saves a tab that opens on the events", async () => {
    const page = await session.newPage();
    const config = await session.openInTeams(page, { tab: `${session.url}/config/directory`, frameContext: "settings", locale: "sv-se", channelName: "Tekniknätverket" });
    await config.getByRole("radio", { name: "Evenemang" }).click();
    await poll(() => config.getByRole("heading", { level: 1, name: "Tekniknätverkets evenemang" }).count()).toBe(1);
    expect(await config.getByRole("textbox", { name: /^Namn på fliken/ }).inputValue()).toBe("Evenemang");
    expect(await seriousA11yViolations(page, "events config")).toEqual([]);

    const saved = await saveTabSettings(page);
    expect(saved.ok).toBe(true);
    expect(saved.config?.contentUrl).toMatch(/\/catalogue\?view=events&context=channel$/);
    expect(saved.config?.suggestedDisplayName).toBe("Evenemang");

    const tab = await openSavedTab(page);
    await poll(() => tab.getByRole("heading", { level: 2, name: "Evenemang" }).count()).toBe(1);
    expect(await tab.getByRole("heading", { level: 1 }).textContent()).toBe("Utbildningar");
    await poll(() => tab.getByRole("article", { name: "Westumkonferensen" }).count()).toBe(1);
    await page.context().close();
  });
});
