// The coordinator's course form in headless Chromium: a new course with one session, a 400 from
// the API for an end before the start shown at the field and in a summary, corrected, saved as a
// draft, selected in the course picker and readable through the API.
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import type { Course } from "../../api/src/contract/index.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";
import { launchChromium, screenshot } from "../support/browser.js";
import { startTabsServer } from "../support/tabsServer.js";

let api: ApiHarness;
let tabs: { url: string; close(): Promise<void> };
let browser: Browser;

beforeAll(async () => {
  api = await startApiHarness({ catalogue: true });
  tabs = await startTabsServer(inject("tabsDist"), api.url);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await tabs?.close();
  await api?.close();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "sv-SE" });
  return context.newPage();
}

async function expectNoSeriousA11yViolations(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${name}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
}

/** Polls longer than vitest's 1 s default: a first load signs in, asks /api/me and searches. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

describe("course form for a coordinator", () => {
  it("creates a course with one session, after correcting what the API refused", async () => {
    const page = await newPage();
    await page.goto(`${tabs.url}/catalogue?as=coordinator&view=manage`);
    await poll(() => page.getByRole("tab", { name: "Anmälningar och närvaro", selected: true }).count()).toBe(1);
    await page.getByRole("button", { name: "Ny utbildning" }).click();
    const dialog = page.getByRole("dialog");
    await poll(() => dialog.getByRole("heading", { name: "Ny utbildning" }).count()).toBe(1);

    const title = "Tillgänglighet i Teams – grundkurs";
    await dialog.getByRole("textbox", { name: /^Titel/ }).fill(title);
    await dialog.getByRole("textbox", { name: /^Beskrivning/ }).fill("Hur lärcentra gör möten och material tillgängliga.");
    const provider = dialog.getByRole("combobox", { name: /^Arrangör/ });
    await poll(() => provider.isEnabled()).toBe(true);
    await provider.selectOption({ label: "Lärcenter Falköping" });
    await dialog.getByRole("combobox", { name: /^Form/ }).selectOption({ label: "Digitalt, var du vill" });
    await dialog.getByRole("combobox", { name: /^Projekt/ }).selectOption("DigiWestum");
    await dialog.getByRole("spinbutton", { name: /^Platser/ }).fill("20");
    await dialog.getByLabel(/^Sista anmälningsdag/).fill("2027-05-01T23:59");
    await dialog.getByLabel(/^Datum, tillfälle 1/).fill("2027-05-12");
    await dialog.getByLabel(/^Starttid, tillfälle 1/).fill("09:00");
    await dialog.getByLabel(/^Sluttid, tillfälle 1/).fill("08:00");
    await dialog.getByRole("textbox", { name: /^Länk för att delta digitalt, tillfälle 1/ }).fill("https://teams.example.org/meet/tillganglighet");

    // The API refuses an end before the start: the message sits at the end time and in the summary.
    await dialog.getByRole("button", { name: "Skapa utkast" }).click();
    const summary = dialog.getByRole("alert").filter({ hasText: "Kursen sparades inte" });
    await poll(() => summary.textContent()).toContain("Kursen sparades inte: 1 uppgift behöver rättas");
    expect(await summary.textContent()).toContain("Sluttid, tillfälle 1: slutet måste komma efter starten");
    const end = dialog.getByLabel(/^Sluttid, tillfälle 1/);
    expect(await end.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await end.getAttribute("aria-describedby")) ?? "";
    const description = await page.evaluate(
      (ids) => ids.split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join(" "),
      describedBy,
    );
    expect(description).toContain("slutet måste komma efter starten");
    await screenshot(page, "catalogue-course-form-errors");
    await expectNoSeriousA11yViolations(page, "course form");

    await end.fill("12:00");
    await dialog.getByRole("button", { name: "Skapa utkast" }).click();
    await poll(() => page.getByRole("dialog").count()).toBe(0);
    await poll(() => page.getByText(`Kursen ${title} är sparad.`).count()).toBe(1);
    // The new course is chosen in the picker, as a draft that "Publicera" can publish.
    await poll(() => page.getByText("Status: Utkast").count()).toBe(1);
    await poll(() => page.getByRole("button", { name: "Publicera" }).count()).toBe(1);
    const id = await page.getByLabel("Kurs", { exact: true }).inputValue();
    expect(id).not.toBe("");

    const coordinator = await api.token("coordinator");
    const response = await api.get(`/api/courses/${encodeURIComponent(id)}`, { token: coordinator });
    expect(response.status).toBe(200);
    const course = (await response.json()) as Course;
    expect(course).toMatchObject({ title, status: "draft", providerName: "Lärcenter Falköping", format: "online", project: "DigiWestum", seats: 20 });
    expect(course.registrationDeadline).toBe("2027-05-01T23:59:00+02:00");
    expect(course.sessions.map(({ start, end, onlineUrl, hours }) => ({ start, end, onlineUrl, hours }))).toEqual([
      { start: "2027-05-12T09:00:00+02:00", end: "2027-05-12T12:00:00+02:00", onlineUrl: "https://teams.example.org/meet/tillganglighet", hours: 3 },
    ]);
    await page.context().close();
  });
});
