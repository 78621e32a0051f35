// The coordinator's course form in headless Chromium: a new course with one session, a 400 from
// the API for an end before the start shown at the field and in a summary, corrected, saved as a
// draft, selected in the course picker and readable through the API. A live broadcast gets its
// receiving sites from a multiselect combobox, by keyboard: the API's demand for them and for a
// site's room is shown at the fields, and the saved sites appear in the course and on edit.
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Course } from "../../api/src/contract/index.js";
import { seriousA11yViolations } from "../support/axe.js";
import { screenshot } from "../support/browser.js";
import { startTabsInBrowser, type TabsInBrowser } from "../support/tabsInBrowser.js";

let session: TabsInBrowser;
beforeAll(async () => {
  session = await startTabsInBrowser({ catalogue: true });
});
afterAll(() => session?.close());

/** The text of what a form control's aria-describedby points at (its hint and validation message). */
async function descriptionOf(control: Locator): Promise<string> {
  const ids = (await control.getAttribute("aria-describedby")) ?? "";
  return control.page().evaluate((list) => list.split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join(" "), ids);
}

/** Opens the manage view as the coordinator and the form for a new course. */
async function openNewCourseForm(page: Page): Promise<Locator> {
  await page.goto(`${session.url}/catalogue?as=coordinator&view=manage`);
  await poll(() => page.getByRole("tab", { name: "Anmälningar och närvaro", selected: true }).count()).toBe(1);
  await page.getByRole("button", { name: "Ny utbildning" }).click();
  const dialog = page.getByRole("dialog");
  await poll(() => dialog.getByRole("heading", { name: "Ny utbildning" }).count()).toBe(1);
  return dialog;
}

/** The registration deadline and the first session (online), as typed in the form. */
async function fillDeadlineAndSession(form: Locator, typed: { deadline: string; date: string; start: string; end: string; link: string }) {
  await form.getByLabel(/^Sista anmälningsdag/).fill(typed.deadline);
  await form.getByLabel(/^Datum, tillfälle 1/).fill(typed.date);
  await form.getByLabel(/^Starttid, tillfälle 1/).fill(typed.start);
  await form.getByLabel(/^Sluttid, tillfälle 1/).fill(typed.end);
  await form.getByRole("textbox", { name: /^Länk för att delta digitalt, tillfälle 1/ }).fill(typed.link);
}

/** Polls longer than vitest's 1 s default: a first load signs in, asks /api/me and searches. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

describe("course form for a coordinator", () => {
  it("creates a course with one session, after correcting what the API refused", async () => {
    const page = await session.newPage();
    const dialog = await openNewCourseForm(page);

    const title = "Tillgänglighet i Teams – grundkurs";
    await dialog.getByRole("textbox", { name: /^Titel/ }).fill(title);
    await dialog.getByRole("textbox", { name: /^Beskrivning/ }).fill("Hur lärcentra gör möten och material tillgängliga.");
    const provider = dialog.getByRole("combobox", { name: /^Arrangör/ });
    await poll(() => provider.isEnabled()).toBe(true);
    await provider.selectOption({ label: "Lärcenter Falköping" });
    await dialog.getByRole("combobox", { name: /^Form/ }).selectOption({ label: "Digitalt, var du vill" });
    // Only active projects are offered for a new course: DigiWestum has ended.
    const project = dialog.getByRole("combobox", { name: /^Projekt/ });
    await poll(() => project.locator("option").allTextContents()).toEqual(["Inget projekt", "Campus Westum", "Erasmus+ KA1", "Koppling West"]);
    await project.selectOption("Erasmus+ KA1");
    await dialog.getByRole("spinbutton", { name: /^Platser/ }).fill("20");
    await fillDeadlineAndSession(dialog, { deadline: "2027-05-01T23:59", date: "2027-05-12", start: "09:00", end: "08:00", link: "https://teams.example.org/meet/tillganglighet" });

    // The API refuses an end before the start: the message sits at the end time and in the summary.
    await dialog.getByRole("button", { name: "Skapa utkast" }).click();
    const summary = dialog.getByRole("alert").filter({ hasText: "Kursen sparades inte" });
    await poll(() => summary.textContent()).toContain("Kursen sparades inte: 1 uppgift behöver rättas");
    expect(await summary.textContent()).toContain("Sluttid, tillfälle 1: slutet måste komma efter starten");
    const end = dialog.getByLabel(/^Sluttid, tillfälle 1/);
    expect(await end.getAttribute("aria-invalid")).toBe("true");
    expect(await descriptionOf(end)).toContain("slutet måste komma efter starten");
    await screenshot(page, "catalogue-course-form-errors");
    expect(await seriousA11yViolations(page, "course form")).toEqual([]);

    await end.fill("12:00");
    await dialog.getByRole("button", { name: "Skapa utkast" }).click();
    await poll(() => page.getByRole("dialog").count()).toBe(0);
    await poll(() => page.getByText(`Kursen ${title} är sparad.`).count()).toBe(1);
    // The new course is chosen in the picker, as a draft that "Publicera" can publish.
    await poll(() => page.getByText("Status: Utkast").count()).toBe(1);
    await poll(() => page.getByRole("button", { name: "Publicera" }).count()).toBe(1);
    const id = await page.getByLabel("Kurs", { exact: true }).inputValue();
    expect(id).not.toBe("");

    const coordinator = await session.api.token("coordinator");
    const response = await session.api.get(`/api/courses/${encodeURIComponent(id)}`, { token: coordinator });
    expect(response.status).toBe(200);
    const course = (await response.json()) as Course;
    expect(course).toMatchObject({ title, status: "draft", providerName: "Lärcenter Falköping", format: "online", project: "Erasmus+ KA1", seats: 20 });
    expect(course.registrationDeadline).toBe("2027-05-01T23:59:00+02:00");
    expect(course.sessions.map(({ start, end, onlineUrl, hours }) => ({ start, end, onlineUrl, hours }))).toEqual([
      { start: "2027-05-12T09:00:00+02:00", end: "2027-05-12T12:00:00+02:00", onlineUrl: "https://teams.example.org/meet/tillganglighet", hours: 3 },
    ]);
    await page.context().close();
  });

  it("creates a live broadcast with two receiving sites chosen by keyboard, then shows them in the course and on edit", async () => {
    const page = await session.newPage();
    const dialog = await openNewCourseForm(page);
    const title = "Filmproduktion med mobilen – livesändning";
    await dialog.getByRole("textbox", { name: /^Titel/ }).fill(title);
    const provider = dialog.getByRole("combobox", { name: /^Arrangör/ });
    await poll(() => provider.isEnabled()).toBe(true);
    await provider.selectOption({ label: "Uddevalla Vuxenutbildning" });
    const sites = dialog.getByRole("combobox", { name: /^Mottagande lärcentra/ });
    expect(await sites.count()).toBe(0); // on site by default: no receiving sites
    await dialog.getByRole("combobox", { name: /^Form/ }).selectOption({ label: "Livesändning till mottagande lärcentra" });
    await poll(() => sites.count()).toBe(1);
    // A broadcast has seats per receiving site only.
    expect(await dialog.getByRole("spinbutton", { name: /^Platser$/ }).count()).toBe(0);
    await fillDeadlineAndSession(dialog, { deadline: "2027-09-01T23:59", date: "2027-09-15", start: "13:00", end: "16:00", link: "https://teams.example.org/meet/film" });

    // Without receiving sites the API refuses the broadcast: its message sits at the member choice.
    await dialog.getByRole("button", { name: "Skapa utkast" }).click();
    const summary = dialog.getByRole("alert").filter({ hasText: "Kursen sparades inte" });
    await poll(() => summary.textContent()).toContain("Mottagande lärcentra: en livesändning behöver minst en mottagande medlem");
    expect(await sites.getAttribute("aria-invalid")).toBe("true");
    expect(await descriptionOf(sites)).toContain("en livesändning behöver minst en mottagande medlem");

    // Typing filters on name or municipality; arrow down and Enter pick; the list stays open.
    await sites.focus();
    await page.keyboard.type("falkoping");
    // Fluent's multiselect list is a menu of checkable items, each read as "name, municipalities".
    const list = page.getByRole("menu", { name: /^Mottagande lärcentra/ });
    const names = (items: Locator) => items.evaluateAll((found) => found.map((item) => item.getAttribute("aria-label")));
    await poll(() => names(list.getByRole("menuitemcheckbox"))).toEqual(["Lärcenter Falköping, Falköping"]);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.keyboard.type("töreboda");
    await poll(() => names(list.getByRole("menuitemcheckbox"))).toEqual(["Dacapo Mariestad, Mariestad, Töreboda, Gullspång"]);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Escape");
    const chosen = dialog.getByRole("list", { name: "2 valda mottagande lärcentra" });
    await poll(() => chosen.count()).toBe(1);
    await dialog.getByRole("textbox", { name: "Lokal, Lärcenter Falköping" }).fill("Aulan");
    await dialog.getByRole("spinbutton", { name: "Platser, Lärcenter Falköping" }).fill("15");
    await dialog.getByRole("spinbutton", { name: "Platser, Dacapo Mariestad" }).fill("12");

    // A site without a room: the API's message sits at that site's room.
    await dialog.getByRole("button", { name: "Skapa utkast" }).click();
    await poll(() => summary.textContent()).toContain("Lokal, Dacapo Mariestad:");
    const room = dialog.getByRole("textbox", { name: "Lokal, Dacapo Mariestad" });
    expect(await room.getAttribute("aria-invalid")).toBe("true");
    expect(await dialog.getByRole("textbox", { name: "Lokal, Lärcenter Falköping" }).getAttribute("aria-invalid")).not.toBe("true");
    await screenshot(page, "catalogue-course-form-receiving-sites");
    expect(await seriousA11yViolations(page, "course form with receiving sites")).toEqual([]);

    await room.fill("Sal 3");
    await dialog.getByRole("button", { name: "Skapa utkast" }).click();
    await poll(() => page.getByRole("dialog").count()).toBe(0);
    await poll(() => page.getByText(`Kursen ${title} är sparad.`).count()).toBe(1);
    const id = await page.getByLabel("Kurs", { exact: true }).inputValue();
    const coordinator = await session.api.token("coordinator");
    const saved = (await (await session.api.get(`/api/courses/${encodeURIComponent(id)}`, { token: coordinator })).json()) as Course;
    expect(saved).toMatchObject({ title, format: "live-broadcast", providerName: "Uddevalla Vuxenutbildning", seats: null });
    expect(saved.receivingSites).toEqual([
      { memberId: "larcenter-falkoping", memberName: "Lärcenter Falköping", room: "Aulan", seats: 15 },
      { memberId: "dacapo-mariestad", memberName: "Dacapo Mariestad", room: "Sal 3", seats: 12 },
    ]);

    // The course shows its seats per receiving site.
    await page.getByRole("button", { name: title }).click();
    const detail = page.getByRole("dialog", { name: title });
    const seats = detail.getByRole("region", { name: "Platser kvar" });
    await poll(() => seats.getByRole("listitem").allTextContents()).toEqual(["Lärcenter Falköping, Aulan15 av 15 kvar", "Dacapo Mariestad, Sal 312 av 12 kvar"]);
    await detail.getByRole("button", { name: "Stäng" }).click();
    await poll(() => page.getByRole("dialog").count()).toBe(0);

    // On edit the sites are chosen and filled in; removing one gives focus back to the choice.
    await page.getByRole("button", { name: "Redigera" }).click();
    const edit = page.getByRole("dialog");
    await poll(() => edit.getByRole("list", { name: "2 valda mottagande lärcentra" }).count()).toBe(1);
    expect(await edit.getByRole("textbox", { name: "Lokal, Lärcenter Falköping" }).inputValue()).toBe("Aulan");
    expect(await edit.getByRole("spinbutton", { name: "Platser, Dacapo Mariestad" }).inputValue()).toBe("12");
    await edit.getByRole("button", { name: "Ta bort, Dacapo Mariestad" }).click();
    await poll(() => edit.getByRole("list", { name: "1 valt mottagande lärcentrum" }).count()).toBe(1);
    expect(await edit.getByRole("combobox", { name: /^Mottagande lärcentra/ }).evaluate((input) => input === document.activeElement)).toBe(true);
    await edit.getByRole("button", { name: "Spara ändringarna" }).click();
    await poll(() => page.getByRole("dialog").count()).toBe(0);
    const edited = (await (await session.api.get(`/api/courses/${encodeURIComponent(id)}`, { token: coordinator })).json()) as Course;
    expect(edited.receivingSites.map((site) => site.memberId)).toEqual(["larcenter-falkoping"]);
    await page.context().close();
  });
});
