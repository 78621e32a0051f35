// The coordinators' sync-health view in headless Chromium, with the API synced from the Graph
// stand-in: a coordinator reaches it by keyboard from the catalogue's views and sees each list's
// last sync, a row she typed wrong in SharePoint (row, the column by its name in the list, what is
// wrong in Swedish) and a
// write-back that Graph kept refusing, stopped after its one allowed attempt; "Försök igen" sends
// it again and "Synka nu" reads the lists. Inside Teams in English, dark and high contrast; axe
// clean in each. Staff do not get the view.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGraphStandIn, type GraphStandIn } from "../graph-stand-in/index.js";
import { LIST_NAMES } from "../sharepoint/support.js";
import { enterSyncHealthFixture, PROVIDER, refuseRegistrationWrites, standInSettings } from "../sharepoint/syncHealthFixture.js";
import { seriousA11yViolations } from "../support/axe.js";
import { screenshot } from "../support/browser.js";
import { setTeamsTheme } from "../support/teamsHostPage.js";
import { startTabsInBrowser, type TabsInBrowser } from "../support/tabsInBrowser.js";

let standIn: GraphStandIn;
let session: TabsInBrowser;
let badMember: string;

beforeAll(async () => {
  standIn = await startGraphStandIn();
  ({ badMember } = enterSyncHealthFixture(standIn));
  session = await startTabsInBrowser({ teamsHost: true, members: [], env: standInSettings(standIn, 1) });
  const coordinator = await session.api.token("coordinator");
  expect((await session.api.send("POST", "/api/sync", { token: coordinator })).status).toBe(200);
  const registered = await session.api.send("POST", "/api/courses/excel-halsa/registrations", {
    token: coordinator,
    body: { person: { id: "p1", name: "Anna Andersson", email: "anna@example.org" }, memberId: PROVIDER.id },
  });
  expect(registered.status).toBe(201);
  // Graph refuses the registrations list until the test clears it: the one attempt fails.
  refuseRegistrationWrites(standIn);
  await session.api.services.sharepointOutbox!.drain();
});
afterAll(async () => {
  await session?.close();
  await standIn?.close();
});

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });
const STOPPED = "Anmälan: Anna Andersson till Excel för nybörjare";

describe("sync health for a coordinator", () => {
  it("shows the lists, a rejected row and a stopped write-back; retries it and syncs", async () => {
    const page = await session.newPage();
    await page.goto(`${session.url}/catalogue?as=coordinator`);
    await poll(() => page.getByRole("tab", { name: "Synkronisering" }).count()).toBe(1);
    await page.getByRole("tab", { name: "Kurser" }).focus();
    await page.keyboard.press("End");
    await poll(() => page.getByRole("tab", { name: "Synkronisering", selected: true }).count()).toBe(1);
    expect(page.url()).toContain("view=sync");
    await poll(() => page.getByRole("heading", { name: "Synkronisering med SharePoint" }).count()).toBe(1);

    const lists = page.getByRole("table", { name: "Listorna" });
    await poll(() => lists.getByRole("row", { name: /^Medlemmar/ }).textContent()).toMatch(/under en minut.*Aktuell/);
    const rejected = page.getByRole("table", { name: "Avvisade rader (1)" });
    expect(await rejected.getByRole("row", { name: /^Medlemmar/ }).textContent()).toMatch(
      // The column by its name in the list, its internal name after it.
      new RegExp(`^Medlemmar${badMember}Delregion \\(internt namn SubRegion\\)"Atlantis" är inte ett av de tillåtna värdena`),
    );
    const failures = page.getByRole("table", { name: "Misslyckade tillbakaskrivningar" });
    const stopped = failures.getByRole("row", { name: new RegExp(`^${STOPPED}`) });
    expect(await stopped.textContent()).toMatch(/1Stoppad: försöks inte igen av sig själv.*503/);
    await screenshot(page, "sync-health-stopped");
    expect(await seriousA11yViolations(page, "light")).toEqual([]);

    // Graph answers again; the coordinator retries by keyboard.
    standIn.clearFaults();
    await stopped.getByRole("button", { name: `Försök igen: ${STOPPED}` }).focus();
    await page.keyboard.press("Enter");
    await poll(() => page.getByRole("status").filter({ hasText: `${STOPPED} skickas igen inom en minut.` }).count()).toBe(1);
    expect(await failures.count()).toBe(0);
    expect(await session.api.services.sharepointOutbox!.drain()).toMatchObject({ delivered: 1, failed: 0 });
    expect([...standIn.list(LIST_NAMES.registrations).items.values()].map((i) => i.fields.Title)).toEqual(["Anna Andersson"]);

    await page.getByRole("button", { name: "Synka nu" }).click();
    await poll(() => page.getByRole("status").filter({ hasText: /^Synkroniseringen är klar/ }).count()).toBe(1);
    await poll(() => page.getByText("Allt som gjorts i Teams har kommit fram till listorna.").count()).toBe(1);
    await page.context().close();
  });

  it("is in English inside Teams, and readable in dark and high contrast", async () => {
    const page = await session.newPage();
    const tab = await session.openInTeams(page, { tab: `${session.url}/catalogue?view=sync`, locale: "en-us", theme: "dark", user: "coordinator" });
    await poll(() => tab.getByRole("heading", { name: "Sync with SharePoint" }).count()).toBe(1);
    const rejected = tab.getByRole("table", { name: "Rejected rows (1)" });
    await poll(() => rejected.getByRole("row", { name: /^Members/ }).textContent()).toMatch(/^Members \(Medlemmar\)\d+Sub-region \(Delregion\) \(internal name SubRegion\)"Atlantis" is not one of the allowed values/);
    await screenshot(page, "sync-health-dark");
    expect(await seriousA11yViolations(page, "dark")).toEqual([]);
    await setTeamsTheme(page, "contrast");
    await screenshot(page, "sync-health-high-contrast");
    expect(await seriousA11yViolations(page, "contrast")).toEqual([]);
    await page.context().close();
  });

  it("is not offered to staff", async () => {
    const page = await session.newPage();
    await page.goto(`${session.url}/catalogue?view=sync`);
    await poll(() => page.getByRole("tab", { name: "Kurser", selected: true }).count()).toBe(1);
    expect(await page.getByRole("tab", { name: "Synkronisering" }).count()).toBe(0);
    expect((await session.api.get("/api/sync/status")).status).toBe(403);
    await page.context().close();
  });
});
