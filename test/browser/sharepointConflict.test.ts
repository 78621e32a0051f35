// What a coordinator sees of SharePoint in the tabs, in headless Chromium:
//   - with the lists connected (Graph stand-in): a course and a fika series whose last change the
//     lists refused (decision 0017; the conflict as the write-back stores it) show the list's
//     version and hers, field by field by the columns' names in the list, and say what to do; so do a
//     course's registrations whose change a coordinator's later edit in the list overrode; axe clean;
//   - in local mode, as under `npm start`: the Synkronisering view says that no site is set, what
//     that means and who connects one, instead of an empty or broken view; axe clean.
import type { Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FikaSeriesView, SharePointConflict } from "../../api/src/contract/index.js";
import { ItemLinks } from "../../api/src/sharepoint/outbox/itemLinks.js";
import { fikaGroup, registrationConflictGroup } from "../../api/src/sharepoint/outbox/outboxItems.js";
import { startGraphStandIn, type GraphStandIn } from "../graph-stand-in/index.js";
import { COURSE, enterSyncHealthFixture, standInSettings } from "../sharepoint/syncHealthFixture.js";
import { seriousA11yViolations } from "../support/axe.js";
import { screenshot } from "../support/browser.js";
import { startTabsInBrowser, type TabsInBrowser } from "../support/tabsInBrowser.js";

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });
const rows = async (table: Locator) => (await table.getByRole("row").allTextContents()).slice(1);

describe("with the lists connected", () => {
  let standIn: GraphStandIn;
  let session: TabsInBrowser;
  let coordinator: string;

  beforeAll(async () => {
    standIn = await startGraphStandIn();
    enterSyncHealthFixture(standIn);
    session = await startTabsInBrowser({ members: [], env: standInSettings(standIn, 3) });
    coordinator = await session.api.token("coordinator");
    expect((await session.api.send("POST", "/api/sync", { token: coordinator })).status).toBe(200);
  });
  afterAll(async () => {
    await session?.close();
    await standIn?.close();
  });

  /** A refused write as the write-back stores it (courseWriteBack.ts), the list's version applied. */
  const refused = (list: string, fields: SharePointConflict["items"][number]["fields"]): SharePointConflict => ({ at: "2030-02-01T09:30:00Z", items: [{ list, itemId: "7", fields }] });

  it("shows a course's refused change with the list's version and hers, and what to do", async () => {
    await new ItemLinks(session.api.services.tables).saveConflict(COURSE.id, refused("Utbildningar", [{ field: "Title", list: COURSE.title, app: "Excel för alla" }, { field: "Audience", list: "", app: "Lärare" }]));
    await new ItemLinks(session.api.services.tables).conflictApplied(COURSE.id);
    const page = await session.newPage();
    await page.goto(`${session.url}/catalogue?as=coordinator&course=${COURSE.id}`);
    const notice = page.getByRole("note", { name: "Ändringen kunde inte skrivas till SharePoint" });
    await poll(() => notice.count()).toBe(1);
    expect(await notice.textContent()).toContain("Kursen visar nu listans version.");
    const versions = notice.getByRole("table", { name: "Utbildningar, rad 7" });
    expect(await rows(versions)).toEqual([`Rubrik${COURSE.title}Excel för alla`, "Målgrupp(tomt)Lärare"]);
    expect(await notice.textContent()).toContain("spara kursen igen");
    await screenshot(page, "sharepoint-conflict-course");
    expect(await seriousA11yViolations(page, "light")).toEqual([]);
    await page.context().close();
  });

  it("shows the registrations' changes the list refused on the course, by person, beside the course's own", async () => {
    const links = new ItemLinks(session.api.services.tables);
    const attendance = [{ field: "Attendance", list: '{"s1":1}', app: '{"s1":2}' }, { field: "AttendedHours", list: "1", app: "2" }];
    await links.saveItemConflict(registrationConflictGroup(COURSE.id), "2030-02-02T10:00:00Z", { list: "Anmälningar", itemId: "12", title: "Anna Andersson", fields: attendance });
    const page = await session.newPage();
    await page.goto(`${session.url}/catalogue?as=coordinator&course=${COURSE.id}`);
    const notice = page.getByRole("note", { name: "Ändringar av anmälningar som inte skrevs till SharePoint" });
    await poll(() => notice.count()).toBe(1);
    expect(await page.getByRole("note", { name: "Ändringen kunde inte skrivas till SharePoint" }).count()).toBe(1);
    expect(await rows(notice.getByRole("table", { name: "Anmälningar, rad 12: Anna Andersson" }))).toEqual(['Närvaro (timmar per tillfälle){"s1":1}{"s1":2}', "Närvarotimmar12"]);
    expect(await notice.textContent()).toContain("Listans version gäller");
    expect(await seriousA11yViolations(page, "light")).toEqual([]);
    await page.context().close();

    // Staff see neither.
    const staff = await session.newPage();
    await staff.goto(`${session.url}/catalogue?as=staff&course=${COURSE.id}`);
    await poll(() => staff.getByRole("heading", { name: COURSE.title }).count()).toBeGreaterThan(0);
    expect(await staff.getByRole("note", { name: /SharePoint/ }).count()).toBe(0);
    await staff.context().close();
  });

  it("shows a fika series' refused change on its card, the same way", async () => {
    const body = { title: "Digital fika", rrule: "FREQ=MONTHLY;BYDAY=+1TU", firstDate: "2030-01-01", time: "14:00", durationMinutes: 30, joinUrl: "https://teams.microsoft.com/l/meetup-join/abc" };
    const created = await session.api.send("POST", "/api/fika/series", { token: coordinator, body });
    expect(created.status).toBe(201);
    const series = (await created.json()) as FikaSeriesView;
    await new ItemLinks(session.api.services.tables).saveConflict(fikaGroup(series.id), refused("Händelser", [{ field: "DurationMinutes", list: "30", app: "45" }]));

    const page = await session.newPage();
    await page.goto(`${session.url}/catalogue?as=coordinator&view=fika`);
    const card = page.getByRole("article", { name: "Digital fika" });
    const notice = card.getByRole("note", { name: "Ändringen kunde inte skrivas till SharePoint" });
    await poll(() => notice.count()).toBe(1);
    // Not applied yet: the list's version comes at the next sync.
    expect(await notice.textContent()).toContain("hämtas vid nästa synkronisering");
    expect(await rows(notice.getByRole("table", { name: "Händelser, rad 7" }))).toEqual(["Längd (minuter)3045"]);
    expect(await notice.textContent()).toContain("spara serien igen");
    await screenshot(page, "sharepoint-conflict-fika");
    expect(await seriousA11yViolations(page, "light")).toEqual([]);
    await page.context().close();
  });
});

describe("in local mode, as under npm start", () => {
  let session: TabsInBrowser;

  beforeAll(async () => {
    session = await startTabsInBrowser();
  });
  afterAll(async () => {
    await session?.close();
  });

  it("says in the Synkronisering view that no site is set, what that means and who connects one", async () => {
    const page = await session.newPage();
    await page.goto(`${session.url}/catalogue?as=coordinator`);
    await page.getByRole("tab", { name: "Synkronisering" }).click();
    await poll(() => page.getByRole("heading", { name: "SharePoint är inte anslutet" }).count()).toBe(1);
    const text = await page.getByRole("tabpanel").textContent();
    expect(text).toMatch(/lokalt läge.*ingen SharePoint-webbplats är inställd/);
    expect(text).toMatch(/en IT-administratör anger webbplatsen och appens Graph-inställningar/);
    // Nothing that would fail: no sync button, no error.
    expect(await page.getByRole("button", { name: "Synka nu" }).count()).toBe(0);
    expect(await page.getByRole("alert").count()).toBe(0);
    await screenshot(page, "sync-local-mode");
    expect(await seriousA11yViolations(page, "light")).toEqual([]);
    await page.context().close();
  });
});
