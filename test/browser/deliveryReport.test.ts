// The coordinators' "Utskick" view in headless Chromium: the announcements of the last 30 days, a
// delivery report opened by keyboard with its counts, the reasons in words (and the service's own
// error for an admin), counts that update by themselves while deliveries are pending (a live
// region), "Försök igen" that queues only the failed deliveries and says why when the API refuses;
// loading errors and an empty list; in English inside Teams, in the dark and high-contrast themes.
// axe finds nothing serious.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { cardActivity, type ConversationRecord, type Settlement } from "@campus-westum/bot";
import { botServicesOf } from "../../api/src/bot/botServices.js";
import { seriousA11yViolations } from "../support/axe.js";
import { screenshot } from "../support/browser.js";
import { setTeamsTheme } from "../support/teamsHostPage.js";
import { startTabsInBrowser, type TabsInBrowser } from "../support/tabsInBrowser.js";

let session: TabsInBrowser;
beforeAll(async () => {
  session = await startTabsInBrowser({ teamsHost: true });
});
afterAll(() => session?.close());

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });
const HOUR = 3_600_000;
const refused = "gave up after 6 attempts: refused: 403 BotDisabledByAdmin: The tenant admin disabled this bot";
const chatOf = (n: number) => `a:chat-report-${n}`;

/** An announcement as the fan-out records it, and its deliveries as the worker settles them. */
async function announce(id: string, kind: string, title: string, createdAt: number, recipients: number, settled: Settlement[]): Promise<void> {
  const bot = botServicesOf(session.api.services);
  const card = cardActivity({ type: "AdaptiveCard", version: "1.5", body: [] });
  await bot.announcements.create({ id, kind, title, activities: { sv: card, en: card } }, new Date(createdAt).toISOString());
  await bot.announcements.setRecipients(id, recipients);
  await settle(id, settled.map((settlement, n) => ({ n, settlement })));
}

async function settle(id: string, deliveries: { n: number; settlement: Settlement }[]): Promise<void> {
  const bot = botServicesOf(session.api.services);
  const claims = await bot.ledger.claimMany(deliveries.map(({ n }) => ({ announcementId: id, conversationId: chatOf(n) })), 60_000);
  await bot.ledger.settleMany(claims.map((claim, i) => ({ claim: (claim as Extract<typeof claim, { kind: "claimed" }>).claim, settlement: deliveries[i]!.settlement })));
}

const sent: Settlement = { state: "sent", attempts: 1, activityId: "1" };
const status = (page: Page) => page.getByRole("region", { name: /^Leveransrapport för Excel/ }).getByRole("status").first();

describe("the delivery report of an announcement", () => {
  beforeAll(async () => {
    const bot = botServicesOf(session.api.services);
    const chats: ConversationRecord[] = Array.from({ length: 12 }, (_, n) => ({
      conversationId: chatOf(n), serviceUrl: "http://127.0.0.1:9/", kind: "personal", userId: `user-${n}`, lang: "sv", topics: ["trainings"], active: true, updatedAt: new Date().toISOString(),
    }));
    await bot.conversations.saveMany(chats);
    const now = Date.now();
    // 12 recipients: 6 delivered, 2 refused to the end, 1 blocked, 1 without a licence, 2 still on their way.
    await announce("course-report-excel", "course-published", "Excel för nybörjare", now - 2 * HOUR, 12, [
      sent, sent, sent, sent, sent, sent,
      { state: "failed", attempts: 6, error: refused },
      { state: "failed", attempts: 6, error: refused },
      { state: "blocked", attempts: 1, error: "403 BadArgument/MessageWritesBlocked: Thread is blocked" },
      { state: "unreachable", attempts: 0, error: "no Teams licence or blocked by an app policy (installing: 403 Failed to get license information for the user.)" },
    ]);
    await announce("fika-invitation-report", "fika-invitation", "Digital fika", now - HOUR, 3, [sent, sent, sent]);
  });

  it("shows the counts and the reasons, updates them while pending, and retries only the failed", async () => {
    const page = await session.newPage();
    await page.goto(`${session.url}/catalogue?as=coordinator`);
    await poll(() => page.getByRole("tab", { name: "Utskick" }).count()).toBe(1);
    await page.getByRole("tab", { name: "Utskick" }).click();
    expect(page.url()).toContain("view=announcements");
    const articles = page.getByRole("article");
    await poll(() => articles.count()).toBe(2);
    // Newest first, with what it was and how many it went to.
    expect(await articles.nth(0).getByRole("heading").textContent()).toBe("Digital fika");
    const excel = page.getByRole("article", { name: "Excel för nybörjare" });
    expect(await excel.textContent()).toContain("Ny kurs");
    expect(await excel.textContent()).toContain("12 mottagare");

    // Opened by keyboard.
    const toggle = excel.getByRole("button", { name: "Visa leveransrapport" });
    await toggle.focus();
    await page.keyboard.press("Enter");
    await poll(() => excel.getByRole("button", { name: "Dölj leveransrapport" }).getAttribute("aria-expanded")).toBe("true");
    await poll(() => status(page).textContent()).toBe("6 av 12 levererade, 2 väntar, 2 misslyckade, 1 blockerad, 1 kan inte nås. Leveransen pågår. Siffrorna uppdateras av sig själva.");
    expect(await status(page).getAttribute("role")).toBe("status");
    const report = page.getByRole("region", { name: "Leveransrapport för Excel för nybörjare" });
    const reasons = report.getByRole("list", { name: "Det här kom inte fram" }).getByRole("listitem");
    await poll(() => reasons.count()).toBe(3);
    const texts = await reasons.allTextContents();
    expect(texts[0]).toContain("Misslyckade: 2 – Teams nekade utskicket vid varje försök, troligen på grund av en inställning i organisationen.");
    expect(texts.some((text) => text.includes("Blockerade: 1 – Mottagaren har blockerat eller tagit bort appen i Teams."))).toBe(true);
    expect(texts.some((text) => text.includes("Kan inte nås: 1 – Personen saknar Teams-licens, eller så stoppar en appolicy appen för henne."))).toBe(true);
    await reasons.first().getByText("Teknisk uppgift för administratören").click();
    await poll(() => reasons.first().getByText(refused).isVisible()).toBe(true);
    await screenshot(page, "delivery-report");
    expect(await seriousA11yViolations(page, "report")).toEqual([]);

    // The two on their way arrive: the counts follow without a reload.
    await settle("course-report-excel", [10, 11].map((n) => ({ n, settlement: sent })));
    await poll(() => status(page).textContent()).toBe("8 av 12 levererade, 0 väntar, 2 misslyckade, 1 blockerad, 1 kan inte nås. Leveransen är klar.");

    // Försök igen: only the two failed are queued again.
    const bot = botServicesOf(session.api.services);
    await report.getByRole("button", { name: "Försök igen" }).click();
    await poll(() => report.getByText("2 leveranser skickas igen.").count()).toBe(1);
    await poll(() => status(page).textContent()).toContain("8 av 12 levererade, 2 väntar, 0 misslyckade");
    expect(await report.getByRole("button", { name: "Försök igen" }).count()).toBe(0);
    const states = (await bot.ledger.records("course-report-excel")).map((r) => r.state).sort();
    expect(states).toEqual(["blocked", "retrying", "retrying", ...Array(8).fill("sent"), "unreachable"].sort());
    expect((await bot.queue.approximateCount()).waiting).toBe(2);

    // A finished announcement has no retry to offer.
    await page.getByRole("article", { name: "Digital fika" }).getByRole("button", { name: "Visa leveransrapport" }).click();
    const fika = page.getByRole("region", { name: "Leveransrapport för Digital fika" });
    await poll(() => fika.getByRole("status").first().textContent()).toBe("3 av 3 levererade, 0 väntar, 0 misslyckade, 0 blockerade, 0 kan inte nås. Leveransen är klar.");
    expect(await fika.getByRole("button", { name: "Försök igen" }).count()).toBe(0);
    await page.context().close();
  });

  it("says when the list cannot be loaded, offers to try again, and says when there is nothing", async () => {
    const page = await session.newPage();
    let answer: "fail" | "empty" | "real" = "fail";
    await page.route("**/api/announcements", async (route) => {
      if (answer === "real") return route.continue();
      if (answer === "empty") return route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ announcements: [] }) });
      return route.fulfill({
        status: 503,
        contentType: "application/problem+json",
        body: JSON.stringify({ type: "about:blank", title: "Unavailable", status: 503, detail: "The storage is not answering. Try again in a minute." }),
      });
    });
    await page.goto(`${session.url}/catalogue?as=coordinator&view=announcements&lang=en`);
    const alert = page.getByRole("alert").filter({ hasText: "The announcements could not be loaded" });
    await poll(() => alert.count()).toBe(1);
    expect(await alert.textContent()).toContain("The storage is not answering. Try again in a minute.");
    expect(await seriousA11yViolations(page, "list error")).toEqual([]);
    answer = "empty";
    await alert.getByRole("button", { name: "Try again" }).click();
    await poll(() => page.getByRole("heading", { name: "No announcements in the last 30 days" }).count()).toBe(1);
    answer = "real";
    await page.getByRole("button", { name: "Refresh" }).click();
    await poll(() => page.getByRole("article").count()).toBe(2);
    await page.context().close();
  });

  it("says why a retry was refused, in the API's own words", async () => {
    const page = await session.newPage();
    // Another coordinator was quicker: the report still shows failures, the API has none left to retry.
    await page.route("**/api/announcements/course-report-excel/retry", (route) =>
      route.fulfill({
        status: 409,
        contentType: "application/problem+json",
        body: JSON.stringify({ type: "nothing-to-retry", title: "Inget att försöka igen", status: 409, detail: "Utskicket har inga misslyckade leveranser just nu. Uppdatera rapporten för att se hur det går." }),
      }),
    );
    await page.route("**/api/announcements/course-report-excel/report", async (route) => {
      const real = (await (await route.fetch()).json()) as Record<string, unknown>;
      await route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ ...real, failed: 1, pending: 0 }) });
    });
    await page.goto(`${session.url}/catalogue?as=coordinator&view=announcements`);
    const excel = page.getByRole("article", { name: "Excel för nybörjare" });
    await poll(() => excel.count()).toBe(1);
    await excel.getByRole("button", { name: "Visa leveransrapport" }).click();
    await excel.getByRole("button", { name: "Försök igen" }).click();
    const alert = excel.getByRole("alert").filter({ hasText: "Det gick inte att försöka igen" });
    await poll(() => alert.count()).toBe(1);
    expect(await alert.textContent()).toContain("Utskicket har inga misslyckade leveranser just nu.");
    expect(await seriousA11yViolations(page, "retry refused")).toEqual([]);
    await page.context().close();
  });

  it("is read in English inside Teams, in the dark and high-contrast themes", async () => {
    const page = await session.newPage();
    const tab = await session.openInTeams(page, { tab: `${session.url}/catalogue?view=announcements`, user: "coordinator", locale: "en-us", theme: "dark" });
    const excel = tab.getByRole("article", { name: "Excel för nybörjare" });
    await poll(() => excel.count()).toBe(1);
    expect(await excel.textContent()).toContain("New course");
    await excel.getByRole("button", { name: "Show delivery report" }).click();
    const report = tab.getByRole("region", { name: "Delivery report for Excel för nybörjare" });
    await poll(() => report.getByRole("status").first().textContent()).toMatch(/^8 of 12 delivered, (2|0) pending/);
    expect(await report.getByRole("list", { name: "What did not arrive" }).textContent()).toContain("The recipient blocked or removed the app in Teams.");
    await screenshot(page, "delivery-report-dark");
    expect(await seriousA11yViolations(page, "dark")).toEqual([]);
    await setTeamsTheme(page, "contrast");
    await screenshot(page, "delivery-report-high-contrast");
    expect(await seriousA11yViolations(page, "high contrast")).toEqual([]);
    await setTeamsTheme(page, "default");
    expect(await seriousA11yViolations(page, "light")).toEqual([]);
    await page.context().close();
  });
});
