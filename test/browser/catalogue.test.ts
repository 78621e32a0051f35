// The course catalogue in headless Chromium: a teacher finds a course by filter, registers (her
// centre from the member directory, or chosen when it does not know her), sees it under "my
// registrations" and cancels; a coordinator records attendance and downloads the XLSX, which the
// test reads back, and corrects a member a person declared; a channel tab saves a courses view
// through pages.config.
import ExcelJS from "exceljs";
import type { Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MyRegistration, Registration } from "../../api/src/contract/index.js";
import { seriousA11yViolations } from "../support/axe.js";
import { screenshot } from "../support/browser.js";
import { startTabsInBrowser, type TabsInBrowser } from "../support/tabsInBrowser.js";
import { openSavedTab, saveTabSettings } from "../support/teamsHostPage.js";

let session: TabsInBrowser;
beforeAll(async () => {
  session = await startTabsInBrowser({ catalogue: true, teamsHost: true });
});
afterAll(() => session?.close());

/** Polls longer than vitest's 1 s default: a first load signs in, asks /api/me and searches. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

/** The live region's course count, e.g. "9 kurser". */
const courseCount = async (frame: Frame | Page) =>
  (await frame.getByRole("status").allTextContents()).map((t) => t.trim()).find((t) => /^(\d+ kurs|Inga kurser|\d+ course|No courses)/.test(t));

describe("course catalogue for a teacher", () => {
  it("finds a course by filter, registers, sees it under my registrations and cancels", async () => {
    const page = await session.newPage();
    await page.goto(`${session.url}/catalogue`);
    await poll(() => page.getByRole("heading", { level: 1, name: "Utbildningar" }).count()).toBe(1);
    await poll(() => courseCount(page)).toMatch(/^\d+ kurser$/);
    expect(await seriousA11yViolations(page, "list")).toEqual([]);

    await page.getByRole("checkbox", { name: /^Digitalt, var du vill/ }).check();
    await page.getByRole("searchbox", { name: "Sök bland kurserna" }).fill("questback");
    await poll(() => courseCount(page)).toBe("2 kurser");
    expect(page.url()).toContain("format=online");
    expect(page.url()).toContain("q=questback");
    await page.getByRole("checkbox", { name: "Endast kurser med lediga platser" }).check();
    await poll(() => courseCount(page)).toBe("2 kurser");
    await screenshot(page, "catalogue-filtered");

    await page.getByRole("button", { name: "Questback Essentials – fördjupning" }).click();
    const dialog = page.getByRole("dialog");
    await poll(() => dialog.getByRole("heading", { name: "Kurstillfällen" }).count()).toBe(1);
    // Times are Swedish time: the sample session is 09:00–11:00 in Stockholm.
    expect(await dialog.getByRole("listitem").first().textContent()).toContain("09:00–11:00");
    // The member directory knows Lisa: her hours count for her centre, nothing to choose.
    await poll(() => dialog.getByText("Timmarna räknas för Lärcenter Falköping", { exact: false }).count()).toBe(1);
    expect(await dialog.getByLabel("Ditt lärcentrum").count()).toBe(0);
    await dialog.getByRole("button", { name: "Anmäl mig" }).click();
    await poll(() => dialog.getByText("Du är anmäld. Välkommen!").count()).toBe(1);
    await poll(() => dialog.getByRole("button", { name: "Avboka" }).count()).toBe(1);
    await screenshot(page, "catalogue-registered");
    expect(await seriousA11yViolations(page, "course drawer")).toEqual([]);
    await page.keyboard.press("Escape");
    await poll(() => page.getByRole("dialog").count()).toBe(0);

    await page.getByRole("tab", { name: "Mina anmälningar" }).click();
    const row = page.getByRole("article", { name: "Questback Essentials – fördjupning" });
    await poll(() => row.getByText("Anmäld", { exact: true }).count()).toBe(1);
    expect(page.url()).toContain("view=mine");
    await screenshot(page, "catalogue-my-registrations");
    expect(await seriousA11yViolations(page, "my registrations")).toEqual([]);

    await row.getByRole("button", { name: "Avboka Questback Essentials – fördjupning" }).click();
    await poll(() => page.getByRole("article", { name: "Questback Essentials – fördjupning" }).count()).toBe(0);
    await poll(() => page.getByText("Inga aktiva anmälningar").count()).toBe(1);
    const mine = (await (await session.api.get("/api/me/registrations")).json()) as MyRegistration[];
    expect(mine.filter((m) => m.course.id === "questback-essentials-fordjupning").map((m) => m.registration.status)).toEqual(["cancelled"]);
    await page.context().close();
  });

  it("asks someone the directory does not know for her centre, and explains a refused registration with the API's problem detail", async () => {
    const page = await session.newPage();
    // /api/me as for someone the member directory does not know.
    await page.route("**/api/me", async (route) => {
      const { memberId: _known, ...me } = (await (await route.fetch()).json()) as Record<string, unknown>;
      await route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(me) });
    });
    await page.route("**/api/courses/digital-upphandling/registrations", (route) =>
      route.request().method() === "POST"
        ? route.fulfill({
            status: 409,
            contentType: "application/problem+json",
            body: JSON.stringify({
              type: "urn:campus-westum:problem:registration-closed",
              title: "Anmälan är stängd",
              status: 409,
              detail: "Sista anmälningsdag var 2026-05-01 23:59. Kontakta en samordnare om du ändå vill delta.",
            }),
          })
        : route.continue(),
    );
    await page.goto(`${session.url}/catalogue?course=digital-upphandling`);
    const dialog = page.getByRole("dialog");
    await poll(() => dialog.getByRole("heading", { name: "Digital upphandling" }).count()).toBe(1);
    // Registering waits for the list of centres to choose from.
    await poll(() => dialog.getByLabel("Ditt lärcentrum").isEnabled()).toBe(true);
    await dialog.getByRole("button", { name: "Anmäl mig" }).click();
    // The centre is required before anything is sent.
    await poll(() => dialog.getByText("Välj vilket lärcentrum du hör till.").count()).toBe(1);
    await dialog.getByLabel("Ditt lärcentrum").selectOption({ label: "Dacapo Mariestad" });
    await dialog.getByRole("button", { name: "Anmäl mig" }).click();
    const alert = dialog.getByRole("alert");
    await poll(() => alert.textContent()).toContain("Anmälan är stängd");
    expect(await alert.textContent()).toContain("Kontakta en samordnare om du ändå vill delta.");
    await page.context().close();
  });
});

describe("course catalogue for a coordinator", () => {
  it("records attendance and downloads the XLSX with the same numbers", async () => {
    const page = await session.newPage();
    await page.goto(`${session.url}/catalogue?as=coordinator&view=manage`);
    await poll(() => page.getByRole("tab", { name: "Anmälningar och närvaro", selected: true }).count()).toBe(1);
    await page.getByLabel("Kurs", { exact: true }).selectOption("digitalt-ledarskap");
    const grid = page.getByRole("table", { name: /^Närvaro i timmar/ });
    await poll(() => grid.count()).toBe(1);

    const coordinator = await session.api.token("coordinator");
    const before = ((await (await session.api.get("/api/courses/digitalt-ledarskap/registrations", { token: coordinator })).json()) as Registration[])
      .filter((r) => r.status === "registered")
      .sort((a, b) => a.person.name.localeCompare(b.person.name, "sv"));
    const person = before[0]!;
    const [first, second] = ["s1", "s2"].map((id) => person.attendance.find((a) => a.sessionId === id)?.hours ?? 0);

    // A wrong value is explained where it was typed, with the API's rule, and blocks saving.
    const cell = grid.getByRole("textbox", { name: `Timmar för ${person.person.name}, tillfälle 1` });
    await cell.fill("1,3");
    await poll(() => grid.getByText("Ange timmar i hela kvartar (0,25).").count()).toBe(1);
    await cell.fill("2,5");
    await poll(() => page.getByText("1 ändring är inte sparad.").count()).toBe(1);
    await screenshot(page, "catalogue-attendance");
    expect(await seriousA11yViolations(page, "attendance")).toEqual([]);
    await page.getByRole("button", { name: "Spara närvaron" }).click();
    await poll(() => page.getByText("Närvaron är sparad (1 ändring).").count()).toBe(1);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Ladda ner Excel (XLSX)" }).click()]);
    expect(download.suggestedFilename()).toBe("digitalt-ledarskap-anmalningar.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.getWorksheet("Anmälningar")!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const nameColumn = header.indexOf("Namn");
    const totalColumn = header.indexOf("Timmar totalt");
    const sessionColumns = header.map((h, i) => (/\(s\d+, /.test(h) ? i : -1)).filter((i) => i > 0);
    expect(sessionColumns).toHaveLength(2);
    const rows: unknown[][] = [];
    sheet.eachRow((row, n) => n > 1 && rows.push(row.values as unknown[]));
    const row = rows.find((r) => r[nameColumn] === person.person.name)!;
    expect(first).not.toBe(2.5);
    expect([row[sessionColumns[0]!], row[sessionColumns[1]!], row[totalColumn]]).toEqual([2.5, second, 2.5 + second!]);
    // Everyone else's hours are in the file as recorded.
    for (const other of before.slice(1)) {
      const theirs = rows.find((r) => r[nameColumn] === other.person.name)!;
      expect(theirs[totalColumn]).toBe(other.attendedHours);
    }
    await page.context().close();
  });

  it("sees a member a person declared, and corrects it", async () => {
    const nora = await session.api.tokenFor({ oid: "0b1c2d3e-0000-4000-8000-0000000000e9", name: "Nora Nyanställd", email: "nora.ny@example.org" });
    const declared = await session.api.send("POST", "/api/courses/questback-essentials-fordjupning/registrations", { token: nora, body: { memberId: "dacapo-mariestad" } });
    expect(declared.status).toBe(201);
    const registration = (await declared.json()) as Registration;

    const page = await session.newPage();
    await page.goto(`${session.url}/catalogue?as=coordinator&view=manage`);
    await page.getByLabel("Kurs", { exact: true }).selectOption("questback-essentials-fordjupning");
    const table = page.getByRole("table", { name: /^Medlem per anmälan/ });
    const row = table.getByRole("row", { name: /Nora Nyanställd/ });
    await poll(() => row.getByText("Egen uppgift – kontrollera").count()).toBe(1);
    await poll(() => page.getByText("1 anmälan har en medlem som personen valt själv. Kontrollera dem.").count()).toBe(1);
    expect(await seriousA11yViolations(page, "registration members")).toEqual([]);
    await row.getByRole("combobox", { name: "Medlem för Nora Nyanställd" }).selectOption({ label: "Lärcenter Falköping" });
    await row.getByRole("button", { name: "Spara medlem för Nora Nyanställd" }).click();
    await poll(() => page.getByText("Nora Nyanställd räknas nu för Lärcenter Falköping.").count()).toBe(1);
    await poll(() => row.getByText("Samordnare", { exact: true }).count()).toBe(1);
    await screenshot(page, "catalogue-registration-members");

    const coordinator = await session.api.token("coordinator");
    const after = ((await (await session.api.get("/api/courses/questback-essentials-fordjupning/registrations", { token: coordinator })).json()) as Registration[]).find((r) => r.id === registration.id)!;
    expect(after).toMatchObject({ person: { memberId: "larcenter-falkoping" }, memberSource: "coordinator" });
    await page.context().close();
  });

  it("shows the participation report with totals and charts", async () => {
    const page = await session.newPage();
    await page.goto(`${session.url}/catalogue?as=coordinator&view=report`);
    await poll(() => page.getByRole("table", { name: "Per medlem" }).count()).toBe(1);
    await poll(() => page.getByRole("img", { name: /^Timmar per månad/ }).count()).toBe(1);
    await screenshot(page, "catalogue-report");
    expect(await seriousA11yViolations(page, "report")).toEqual([]);
    await page.context().close();
  });
});

describe("course catalogue inside Teams", () => {
  it("saves a courses channel tab through the one configuration page and reopens it on the view", async () => {
    const page = await session.newPage();
    const config = await session.openInTeams(page, { tab: `${session.url}/config/directory`, frameContext: "settings", locale: "sv-se", channelName: "Tekniknätverket" });
    await config.getByRole("radio", { name: "Utbildningar" }).click();
    await poll(() => config.getByRole("heading", { level: 1, name: "Välj vy för utbildningsfliken" }).count()).toBe(1);
    await config.getByRole("checkbox", { name: "Digitalt, var du vill" }).check();
    await poll(() => config.getByText(/Digitalt, var du vill: \d+ kurser/).count()).toBeGreaterThan(0);
    await screenshot(page, "teams-catalogue-config");
    expect(await seriousA11yViolations(page, "catalogue config")).toEqual([]);

    const saved = await saveTabSettings(page);
    expect(saved.ok).toBe(true);
    expect(saved.config?.contentUrl).toMatch(/\/catalogue\?context=channel&format=online$/);
    expect(saved.config?.suggestedDisplayName).toBe("Digitalt, var du vill");

    const tab = await openSavedTab(page);
    await poll(() => tab.getByRole("heading", { level: 1, name: "Sparad vy: Digitalt, var du vill" }).count()).toBe(1);
    await poll(() => courseCount(tab)).toMatch(/^\d+ kurser$/);
    await screenshot(page, "teams-catalogue-channel-tab");
    await page.context().close();
  });
});
