// The coordinators' digital fika view in headless Chromium: a coordinator reaches it by keyboard
// from the catalogue's views, creates "the first Tuesday at 14:00" with the recurrence picker
// (after the tab refused a link that is not a Teams meeting and the API a too short fika), sees
// its next dates and answers, moves it to 15:00 and pauses it. In English, a series with a rule
// the picker cannot express shows the rule's text and keeps it when saved. A series stored before
// the rules were strict is shown with what is wrong and corrected from what it stored. Staff do not
// get the view. A coordinator chooses who hears of a series (a channel, named by its team and its
// own name), with the count before saving; a choice that names nobody is not saved.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FikaSeriesList } from "../../api/src/contract/index.js";
import { botServicesOf } from "../../api/src/bot/botServices.js";
import { fikaStoreOf } from "../../api/src/bot/fikaServices.js";
import { seriousA11yViolations } from "../support/axe.js";
import { screenshot } from "../support/browser.js";
import { startTabsInBrowser, type TabsInBrowser } from "../support/tabsInBrowser.js";

let session: TabsInBrowser;
beforeAll(async () => {
  session = await startTabsInBrowser();
});
afterAll(() => session?.close());

/** Polls longer than vitest's 1 s default: a first load signs in and asks /api/me. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

const TEAMS_LINK = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmlrYQ%40thread.v2/0?context=%7b%7d";

async function seriesList(): Promise<FikaSeriesList> {
  return (await (await session.api.get("/api/fika/series", { token: await session.api.token("coordinator") })).json()) as FikaSeriesList;
}

describe("digital fika for a coordinator", () => {
  it("creates the first Tuesday at 14:00, sees its next dates, moves it to 15:00 and pauses it", async () => {
    const page = await session.newPage();
    await page.goto(`${session.url}/catalogue?as=coordinator`);
    const courses = page.getByRole("tab", { name: "Kurser" });
    await poll(() => page.getByRole("tab", { name: "Digital fika" }).count()).toBe(1);
    // The views are a tablist: the arrow keys move along it to the fika.
    await courses.focus();
    const fikaSelected = async () => (await page.getByRole("tab", { name: "Digital fika", selected: true }).count()) === 1;
    for (let step = 0; step < 10 && !(await fikaSelected()); step++) await page.keyboard.press("ArrowRight");
    await poll(fikaSelected).toBe(true);
    expect(page.url()).toContain("view=fika");
    await poll(() => page.getByRole("heading", { name: "Ingen fika planerad än — skapa den första" }).count()).toBe(1);
    expect(await seriousA11yViolations(page, "empty")).toEqual([]);

    await page.getByRole("button", { name: "Ny fikaserie" }).click();
    const dialog = page.getByRole("dialog", { name: "Ny fikaserie" });
    await poll(() => dialog.count()).toBe(1);
    await dialog.getByRole("textbox", { name: /^Titel/ }).fill("Digital fika");
    await dialog.getByRole("combobox", { name: "Upprepas" }).selectOption({ label: "Varje vecka" });
    await dialog.getByRole("combobox", { name: "Upprepas" }).selectOption({ label: "En gång i månaden" });
    await dialog.getByRole("combobox", { name: "Vecka i månaden" }).selectOption({ label: "Första" });
    await dialog.getByRole("combobox", { name: "Veckodag" }).selectOption({ label: "Tisdag" });
    await dialog.getByLabel(/^Tid/).fill("14:00");
    await poll(() => dialog.getByText("Första tisdagen varje månad kl. 14:00").count()).toBe(1);

    // A link to something else than a Teams meeting is refused at the field, before anything is sent.
    const link = dialog.getByRole("textbox", { name: /^Länk till Teams-mötet/ });
    await link.fill("https://example.org/fika");
    await dialog.getByRole("button", { name: "Skapa fikaserien" }).click();
    await poll(() => link.getAttribute("aria-invalid")).toBe("true");
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute("type"))).toBe("url");
    expect(await dialog.getByText(/^Det är inte en länk till ett Teams-möte/).count()).toBe(1);
    expect((await seriesList()).series).toEqual([]);

    // The API's refusal (a fika of 2 minutes) is shown at its field, in Swedish.
    await link.fill(TEAMS_LINK);
    const duration = dialog.getByRole("spinbutton", { name: /^Längd i minuter/ });
    await duration.fill("2");
    await dialog.getByRole("button", { name: "Skapa fikaserien" }).click();
    await poll(() => duration.getAttribute("aria-invalid")).toBe("true");
    const summary = dialog.getByRole("alert").filter({ hasText: "Fikaserien sparades inte" });
    expect(await summary.textContent()).toContain("Fikaserien sparades inte: 1 uppgift behöver rättas");
    expect(await summary.textContent()).toContain("Längd i minuter: ange hela minuter, från 5 till 480");
    expect(await link.getAttribute("aria-invalid")).not.toBe("true");
    await screenshot(page, "fika-form-errors");
    expect(await seriousA11yViolations(page, "form with errors")).toEqual([]);

    await duration.fill("30");
    await dialog.getByRole("button", { name: "Skapa fikaserien" }).click();
    await poll(() => page.getByRole("dialog").count()).toBe(0);
    await poll(() => page.getByText("Fikaserien Digital fika är sparad.").count()).toBe(1);

    const [saved] = (await seriesList()).series;
    expect(saved).toMatchObject({ title: "Digital fika", rrule: "FREQ=MONTHLY;BYDAY=+1TU", time: "14:00", durationMinutes: 30, joinUrl: TEAMS_LINK, active: true });
    // Every next date is a Tuesday in the first week of its month, at 14:00 Swedish time.
    expect(saved!.upcoming).toHaveLength(3);
    for (const { start } of saved!.upcoming) {
      expect(start).toMatch(/^\d{4}-\d{2}-0[1-7]T14:00:00\+0[12]:00$/);
      expect(new Date(`${start.slice(0, 10)}T12:00:00Z`).getUTCDay()).toBe(2);
    }
    // An answer from the bot's invitation shows in the counts.
    await fikaStoreOf(session.api.services).rsvp(saved!.id, Date.parse(saved!.upcoming[0]!.start), { id: "oid-ada", name: "Ada", email: "ada@example.org" }, "yes");

    await page.reload();
    const card = page.getByRole("article", { name: "Digital fika" });
    await poll(() => card.getByText("Första tisdagen varje månad kl. 14:00").count()).toBe(1);
    expect(await card.getByText("Aktiv", { exact: true }).count()).toBe(1);
    const dates = card.getByRole("list", { name: "Nästa tillfällen" }).getByRole("listitem");
    await poll(() => dates.allTextContents()).toHaveLength(3);
    const texts = await dates.allTextContents();
    expect(texts.every((text) => /^tis .*14:00–14:30/.test(text))).toBe(true);
    expect(texts[0]).toContain("1 kommer, 0 kan inte");
    expect(texts[1]).toContain("0 kommer, 0 kan inte");
    await screenshot(page, "fika-list");
    expect(await seriousA11yViolations(page, "list")).toEqual([]);

    // Another time: the rule stays the first Tuesday, the dates move to 15:00.
    await card.getByRole("button", { name: "Redigera Digital fika" }).click();
    const edit = page.getByRole("dialog", { name: "Redigera Digital fika" });
    await poll(() => edit.count()).toBe(1);
    expect(await edit.getByRole("combobox", { name: "Veckodag" }).inputValue()).toBe("TU");
    await edit.getByLabel(/^Tid/).fill("15:00");
    await edit.getByRole("button", { name: "Spara ändringarna" }).click();
    await poll(() => card.getByText("Första tisdagen varje månad kl. 15:00").count()).toBe(1);
    await poll(() => dates.first().textContent()).toContain("15:00–15:30");

    // Paused: no dates, and the bot sends nothing.
    await card.getByRole("button", { name: "Redigera Digital fika" }).click();
    await poll(() => edit.count()).toBe(1);
    await edit.getByRole("switch", { name: "Aktiv" }).uncheck();
    await edit.getByRole("button", { name: "Spara ändringarna" }).click();
    await poll(() => card.getByText("Pausad", { exact: true }).count()).toBe(1);
    expect(await card.getByText("Pausad: boten skickar inga inbjudningar eller påminnelser.").count()).toBe(1);
    expect(await dates.count()).toBe(0);
    expect((await seriesList()).series[0]).toMatchObject({ rrule: "FREQ=MONTHLY;BYDAY=+1TU", time: "15:00", active: false });
    // The drawer has slid out before the picture is taken.
    await poll(() => page.locator(".fui-OverlayDrawer").count()).toBe(0);
    await screenshot(page, "fika-paused");
    await page.context().close();
  });

  it("in English too; a rule the picker cannot express is shown as its text and kept on save", async () => {
    const custom = { title: "Fika on the 15th", rrule: "FREQ=MONTHLY;BYMONTHDAY=15", firstDate: "2026-01-01", time: "10:00", durationMinutes: 20, joinUrl: TEAMS_LINK };
    expect((await session.api.send("POST", "/api/fika/series", { token: await session.api.token("coordinator"), body: custom })).status).toBe(201);
    const page = await session.newPage();
    await page.goto(`${session.url}/catalogue?as=coordinator&view=fika&lang=en`);
    const paused = page.getByRole("article", { name: "Digital fika" });
    await poll(() => paused.getByText("First Tuesday of every month at 15:00").count()).toBe(1);
    expect(await paused.getByText("Paused", { exact: true }).count()).toBe(1);
    const card = page.getByRole("article", { name: "Fika on the 15th" });
    await poll(() => card.getByText("Custom rule FREQ=MONTHLY;BYMONTHDAY=15, at 10:00").count()).toBe(1);

    await card.getByRole("button", { name: "Edit Fika on the 15th" }).click();
    const edit = page.getByRole("dialog", { name: "Edit Fika on the 15th" });
    await poll(() => edit.getByRole("combobox", { name: "Repeats" }).inputValue()).toBe("custom");
    await edit.getByRole("textbox", { name: /^Title/ }).fill("Fika on the 15th of the month");
    await edit.getByRole("button", { name: "Save changes" }).click();
    await poll(() => page.getByRole("article", { name: "Fika on the 15th of the month" }).count()).toBe(1);
    const saved = (await seriesList()).series.find((s) => s.title === "Fika on the 15th of the month");
    expect(saved?.rrule).toBe(custom.rrule);
    await page.context().close();
  });
});

describe("a fika series stored before the rules were strict", () => {
  it("is shown with what is wrong and what to do, in Swedish and English, and is corrected from what it stored", async () => {
    const table = await session.api.services.tables.table("fika");
    const stored = { title: "Fika varje minut", rrule: "FREQ=MINUTELY", firstDate: "2026-03-02", time: "09:30", durationMinutes: 25, joinUrl: TEAMS_LINK, active: true, updatedAt: "2025-11-01T10:00:00+01:00" };
    await table.upsertEntity({ partitionKey: "series", rowKey: "fika-0badf1ca", ...stored }, "Replace");

    const page = await session.newPage();
    await page.goto(`${session.url}/catalogue?as=coordinator&view=fika`);
    await poll(() => page.getByRole("heading", { name: "En fikaserie behöver rättas" }).count()).toBe(1);
    const card = page.getByRole("article", { name: "Fika varje minut" });
    expect(await card.getByText("Behöver rättas", { exact: true }).count()).toBe(1);
    expect(await card.textContent()).toContain("Serien sparades innan reglerna för upprepning skärptes");
    expect(await card.textContent()).toContain("boten skickar inga inbjudningar eller påminnelser för den");
    expect(await card.getByText("FREQ=MINUTELY", { exact: true }).count()).toBe(1);
    // The field by its label in the form, and the API's reason in Swedish.
    expect(await card.getByText(/^Hur ofta: /).textContent()).toMatch(/^Hur ofta: FREQ=WEEKLY eller FREQ=MONTHLY: fikan återkommer varje vecka eller månad/);
    // The valid series are still listed below it.
    expect(await page.getByRole("article", { name: "Fika on the 15th of the month" }).count()).toBe(1);
    await screenshot(page, "fika-invalid-series");
    expect(await seriousA11yViolations(page, "invalid series")).toEqual([]);

    // Correcting starts from what was stored: only the rule has to change.
    await card.getByRole("button", { name: "Rätta Fika varje minut" }).click();
    const edit = page.getByRole("dialog", { name: "Redigera Fika varje minut" });
    await poll(() => edit.count()).toBe(1);
    expect(await edit.getByLabel(/^Tid/).inputValue()).toBe("09:30");
    expect(await edit.getByRole("spinbutton", { name: /^Längd i minuter/ }).inputValue()).toBe("25");
    expect(await edit.getByRole("textbox", { name: /^Länk till Teams-mötet/ }).inputValue()).toBe(TEAMS_LINK);
    // Saved as it is, the API refuses the rule at its field and nothing changes.
    await edit.getByRole("button", { name: "Spara ändringarna" }).click();
    await poll(() => edit.getByRole("alert").filter({ hasText: "Fikaserien sparades inte" }).count()).toBe(1);
    expect((await seriesList()).invalid.map((s) => s.id)).toEqual(["fika-0badf1ca"]);
    await edit.getByRole("combobox", { name: "Upprepas" }).selectOption({ label: "Varje vecka" });
    await edit.getByRole("combobox", { name: "Veckodag" }).selectOption({ label: "Onsdag" });
    await edit.getByRole("button", { name: "Spara ändringarna" }).click();
    await poll(() => page.getByRole("dialog").count()).toBe(0);
    await poll(() => page.getByRole("heading", { name: "En fikaserie behöver rättas" }).count()).toBe(0);
    const corrected = page.getByRole("article", { name: "Fika varje minut" });
    await poll(() => corrected.getByText("Varje onsdag kl. 09:30").count()).toBe(1);
    const list = await seriesList();
    expect(list.invalid).toEqual([]);
    expect(list.series.find((s) => s.id === "fika-0badf1ca")).toMatchObject({ rrule: "FREQ=WEEKLY;BYDAY=WE", firstDate: "2026-03-02", time: "09:30", durationMinutes: 25, joinUrl: TEAMS_LINK });
    await page.context().close();
  });

  it("says the same in English", async () => {
    const table = await session.api.services.tables.table("fika");
    await table.upsertEntity({ partitionKey: "series", rowKey: "fika-0badf1cb", title: "Fika every second", rrule: "FREQ=SECONDLY", active: true, updatedAt: "2025-11-01T10:00:00+01:00" }, "Replace");
    const page = await session.newPage();
    await page.goto(`${session.url}/catalogue?as=coordinator&view=fika&lang=en`);
    await poll(() => page.getByRole("heading", { name: "One fika series needs correcting" }).count()).toBe(1);
    const card = page.getByRole("article", { name: "Fika every second" });
    expect(await card.textContent()).toContain("saved before the recurrence rules became stricter");
    expect(await card.getByText(/^How often: /).textContent()).toMatch(/^How often: FREQ=WEEKLY or FREQ=MONTHLY: a fika repeats by week or by month/);
    // Nothing usable was stored but the title and rule: the form starts from a new series' defaults.
    await card.getByRole("button", { name: "Correct Fika every second" }).click();
    const edit = page.getByRole("dialog", { name: "Edit Fika every second" });
    await poll(() => edit.count()).toBe(1);
    expect(await edit.getByLabel(/^Time/).inputValue()).toBe("14:00");
    expect(await seriousA11yViolations(page, "correcting in English")).toEqual([]);
    await page.context().close();
    await table.deleteEntity("series", "fika-0badf1cb");
  });
});

describe("digital fika for staff", () => {
  it("is not among a teacher's views, even when the address asks for it", async () => {
    const page = await session.newPage();
    await page.goto(`${session.url}/catalogue?as=teacher&view=fika`);
    await poll(() => page.getByRole("tab", { name: "Kurser", selected: true }).count()).toBe(1);
    await poll(() => page.url()).not.toContain("view=fika");
    expect(await page.getByRole("tab").allTextContents()).toEqual(["Kurser", "Mina anmälningar", "Evenemang", "Behovsinventering"]);
    expect(await page.getByRole("heading", { name: "Digital fika" }).count()).toBe(0);
    await page.context().close();
  });
});

describe("who hears of a fika series", () => {
  it("chooses a channel by its team's and its own name, sees the count, and saves the choice with the series", async () => {
    const channel = "19:fika-kanal@thread.tacv2";
    await botServicesOf(session.api.services).conversations.save({
      conversationId: channel, serviceUrl: "https://smba.trafficmanager.net/emea/", kind: "channel", teamId: "19:natverket@thread.tacv2", teamName: "Westums nätverk", channelName: "Fika",
      lang: "sv", topics: [], active: true, updatedAt: new Date().toISOString(),
    });
    const page = await session.newPage();
    await page.goto(`${session.url}/catalogue?as=coordinator&view=fika`);
    await page.getByRole("button", { name: "Ny fikaserie" }).click();
    const dialog = page.getByRole("dialog", { name: "Ny fikaserie" });
    await poll(() => dialog.count()).toBe(1);
    await dialog.getByRole("textbox", { name: /^Titel/ }).fill("Kanalfika");
    await dialog.getByRole("textbox", { name: /^Länk till Teams-mötet/ }).fill(TEAMS_LINK);

    // The default, the chat subscribers, is counted at once.
    const status = dialog.getByRole("status").filter({ hasText: /Når|Välj|Räknar/ });
    await poll(() => status.textContent()).toBe("Når 0 personer.");
    // A choice that names nobody is not saved.
    await dialog.getByRole("radio", { name: "En kanal" }).check();
    await poll(() => status.textContent()).toBe("Välj minst en mottagare.");
    await dialog.getByRole("button", { name: "Skapa fikaserien" }).click();
    await poll(() => dialog.getByRole("alert").filter({ hasText: "Mottagare i Teams: Välj minst en mottagare." }).count()).toBe(1);
    expect((await seriesList()).series.some((s) => s.title === "Kanalfika")).toBe(false);

    const select = dialog.getByRole("combobox", { name: "Kanal" });
    expect(await select.locator("option").allTextContents()).toContain("Westums nätverk: Fika");
    await select.selectOption({ label: "Westums nätverk: Fika" });
    await poll(() => status.textContent()).toBe("Når 0 personer. Och 1 kanal.");
    expect(await seriousA11yViolations(page, "fika audience")).toEqual([]);
    await screenshot(page, "fika-audience");
    await dialog.getByRole("button", { name: "Skapa fikaserien" }).click();
    await poll(() => page.getByRole("dialog").count()).toBe(0);
    expect((await seriesList()).series.find((s) => s.title === "Kanalfika")?.audience).toEqual({ kind: "channel", conversationId: channel });

    // Opened again, the form shows the saved choice.
    await page.getByRole("button", { name: "Redigera Kanalfika" }).click();
    const edit = page.getByRole("dialog", { name: "Redigera Kanalfika" });
    await poll(() => edit.getByRole("radio", { name: "En kanal" }).isChecked()).toBe(true);
    expect(await edit.getByRole("combobox", { name: "Kanal" }).inputValue()).toBe(channel);
    await page.context().close();
  });
});
