// What coordinators put in the SharePoint lists is what the API shows: one contract, run
// against the local store and against the Graph source (the stand-in, synced by the API).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Course, CourseInput, CourseSearchResult, MemberDetail, MemberSearchResult, ProblemDetails, Registration, SyncRun, SyncStatus } from "../../api/src/contract/index.js";
import { sampleDirectory } from "../../api/src/sample/directory.js";
import { SAMPLE_PROJECTS } from "../../api/src/sample/projects.js";
import { SYNCED_LISTS } from "../../api/src/sharepoint/sync/sharePointSync.js";
import { STAND_IN_TOKEN, startGraphStandIn, type GraphStandIn } from "../graph-stand-in/index.js";
import { startApiHarness, type ApiHarness } from "../support/apiHarness.js";
import { enterDirectory, enterProjects, LIST_NAMES, memberFields, provisionDirectly } from "./support.js";

const fixture: MemberDetail[] = sampleDirectory()
  .filter((m) => m.contacts.length >= 2)
  .slice(0, 4)
  .map((m) => ({ ...m, sample: false }));

/** Every synced list answers in each run. */
const LISTS = SYNCED_LISTS.length;
let standIn: GraphStandIn;
let local: ApiHarness;
let graph: ApiHarness;
let itemIds: Map<string, string>;

beforeAll(async () => {
  standIn = await startGraphStandIn();
  provisionDirectly(standIn);
  itemIds = enterDirectory(standIn, fixture);
  enterProjects(standIn, SAMPLE_PROJECTS);
  [local, graph] = await Promise.all([
    startApiHarness({ members: fixture }),
    startApiHarness({ members: [], env: { GRAPH_BASE_URL: standIn.url, GRAPH_ACCESS_TOKEN: STAND_IN_TOKEN, SHAREPOINT_SITE: standIn.siteUrl } }),
  ]);
});
afterAll(async () => {
  await Promise.all([local?.close(), graph?.close()]);
  await standIn?.close();
});

const syncNow = async () => {
  const response = await graph.send("POST", "/api/sync", { token: await graph.token("coordinator") });
  expect(response.status).toBe(200);
  return (await response.json()) as SyncRun;
};
const directory = async (api: ApiHarness) => ((await (await api.get("/api/members?pageSize=100")).json()) as MemberSearchResult).items;
const member = async (api: ApiHarness, id: string) => (await (await api.get(`/api/members/${id}`)).json()) as MemberDetail;

describe("the directory contract: local store and SharePoint show the same", () => {
  it("shows what coordinators entered in the lists, exactly as the local store does", async () => {
    const run = await syncNow();
    expect(run).toMatchObject({ outcome: "ok", rowsRejected: [], directory: { saved: fixture.length, removed: 0 } });
    expect(run.lists.map((l) => l.mode)).toEqual(Array(LISTS).fill("full"));
    for (const api of [local, graph]) {
      expect((await directory(api)).map((m) => m.id).sort()).toEqual(fixture.map((m) => m.id).sort());
      for (const m of fixture) expect(await member(api, m.id)).toEqual(m);
    }
    expect(await directory(graph)).toEqual(await directory(local));
  });

  it("follows edits and deletions in the lists", async () => {
    const [first, second] = fixture;
    // Now in two sub-regions, as a multi-choice value (Kungsbacka is in Halland and Göteborgsregionen).
    standIn.updateItem(LIST_NAMES.members, itemIds.get(first!.id)!, { Title: "Lärcentrum Omdöpt", SubRegion: ["Halland", "Göteborgsregionen"], "SubRegion@odata.type": "Collection(Edm.String)" });
    standIn.deleteItem(LIST_NAMES.members, itemIds.get(second!.id)!);
    const contact = [...standIn.list(LIST_NAMES.contacts).items.values()].find((i) => i.fields.ContactKey === first!.contacts[0]!.id)!;
    standIn.deleteItem(LIST_NAMES.contacts, contact.id);
    const run = await syncNow();
    expect(run.lists.map((l) => l.mode)).toEqual(Array(LISTS).fill("incremental"));
    expect(run.directory).toEqual({ saved: 1, removed: 1 });
    const renamed = await member(graph, first!.id);
    expect(renamed).toMatchObject({ name: "Lärcentrum Omdöpt", subRegions: ["halland", "goteborgsregionen"] });
    for (const region of ["halland", "goteborgsregionen"]) {
      const found = (await (await graph.get(`/api/members?subRegion=${region}&pageSize=100`)).json()) as MemberSearchResult;
      expect(found.items.map((m) => m.id), region).toContain(first!.id);
    }
    expect(renamed.contacts.map((c) => c.id)).toEqual(first!.contacts.slice(1).map((c) => c.id));
    expect((await graph.get(`/api/members/${second!.id}`)).status).toBe(404);
  });

  it("merges an item's changed column, as delta sends it, with the columns the app has", async () => {
    const fourth = fixture[3]!;
    standIn.updateItem(LIST_NAMES.members, itemIds.get(fourth.id)!, { Website: "https://ny.example.org" });
    const run = await syncNow();
    expect(run).toMatchObject({ outcome: "ok", directory: { saved: 1, removed: 0 } });
    expect(run.rowsRejected.filter((r) => r.list === "members")).toEqual([]);
    expect(await member(graph, fourth.id)).toEqual({ ...fourth, website: "https://ny.example.org" });
    // Cleared again: the column goes, the others stay.
    standIn.updateItem(LIST_NAMES.members, itemIds.get(fourth.id)!, { Website: null });
    await syncNow();
    expect(fourth.website).toBeUndefined();
    expect(await member(graph, fourth.id)).toEqual(fourth);
  });

  it("costs one request and one resource unit per list when nothing changed", async () => {
    const run = await syncNow();
    expect(run).toMatchObject({ itemsChanged: 0, requests: 1, resourceUnits: LISTS, directory: { saved: 0, removed: 0 } });
  });

  it("reports bad rows with list, item id and reason, keeps the last good values and syncs the rest", async () => {
    const third = fixture[2]!;
    const fourth = fixture[3]!;
    standIn.updateItem(LIST_NAMES.members, itemIds.get(third.id)!, { SubRegion: "Atlantis", Title: "Must not show" });
    const noRegion = standIn.createItem(LIST_NAMES.members, { ...memberFields({ ...fourth, id: "ny-medlem" }), SubRegion: null });
    const wrongType = standIn.createItem(LIST_NAMES.members, { ...memberFields({ ...fourth, id: "fel-typ" }), TechNetwork: "ja" });
    const orphan = standIn.createItem(LIST_NAMES.contacts, { Title: "Ingen Medlem", ContactKey: "orphan", MemberLookupId: "999", Role: "Lärare", Email: "orphan@example.org" });
    const good = standIn.createItem(LIST_NAMES.members, memberFields({ ...fourth, id: "bra-medlem", name: "Lärcentrum Bra", contacts: [] }));
    const run = await syncNow();
    const reasons = Object.fromEntries(run.rowsRejected.map((r) => [`${r.list}/${r.itemId}`, r.reason]));
    // The contacts of the member deleted above point at nothing now: reported too.
    const leftBehind = [...standIn.list(LIST_NAMES.contacts).items.values()].filter((i) => i.fields.MemberLookupId === itemIds.get(fixture[1]!.id)).map((i) => `contacts/${i.id}`);
    expect(leftBehind.length).toBeGreaterThan(0);
    expect(Object.keys(reasons).sort()).toEqual([`contacts/${orphan}`, ...leftBehind, `members/${itemIds.get(third.id)}`, `members/${noRegion}`, `members/${wrongType}`].sort());
    expect(reasons[`members/${itemIds.get(third.id)}`]).toMatch(/subRegion.*last valid version/);
    expect(reasons[`members/${wrongType}`]).toMatch(/techNetwork/);
    expect(reasons[`contacts/${orphan}`]).toMatch(/unknown member/);
    expect((await member(graph, third.id)).name).toBe(third.name);
    expect((await member(graph, "bra-medlem")).name).toBe("Lärcentrum Bra");
    expect(good).toBeTruthy();

    const status = (await (await graph.get("/api/sync/status", { token: await graph.token("coordinator") })).json()) as SyncStatus;
    expect(status).toMatchObject({ source: "sharepoint", running: false, intervalMinutes: 5 });
    expect(status.lastRun?.rowsRejected).toEqual(run.rowsRejected);
  });

  it("is for coordinators only, and says so in local mode", async () => {
    expect((await graph.send("POST", "/api/sync")).status).toBe(403);
    const response = await local.send("POST", "/api/sync", { token: await local.token("coordinator") });
    expect(response.status).toBe(409);
    expect(((await response.json()) as ProblemDetails).type).toMatch(/sync-not-configured$/);
    const status = await (await local.get("/api/sync/status", { token: await local.token("coordinator") })).json();
    expect(status).toEqual({ source: "local", running: false });
  });
});

describe("the catalogue contract: a course in the lists is the course the API shows", () => {
  // Far enough ahead that the deadline stays open; Stockholm wall times with their offset.
  const input: CourseInput = {
    title: "Excel för nybörjare",
    description: "Formler, tabeller och diagram.",
    providerMemberId: fixture[3]!.id,
    areas: ["vard-omsorg"],
    format: "on-site",
    receivingSites: [],
    seats: 1,
    audience: "Personal på lärcentra",
    project: "Campus Westum",
    language: "sv",
    registrationDeadline: "2030-03-01T23:59:00+01:00",
    sessions: [
      { start: "2030-03-10T09:00:00+01:00", end: "2030-03-10T12:00:00+01:00", place: "Borås, sal 2", hours: 3 },
      { start: "2030-03-17T09:00:00+01:00", end: "2030-03-17T11:30:00+01:00", place: "Borås, sal 2" },
    ],
  };
  const comparable = (c: Course) => ({ ...c, id: "", createdAt: "", updatedAt: "" });
  let courseItem: string;

  it("shows a course created in the Courses list, with its sessions, as the local store shows the same course", async () => {
    const coordinator = await local.token("coordinator");
    const created = (await (await local.send("POST", "/api/courses", { token: coordinator, body: input })).json()) as Course;
    expect((await local.send("POST", `/api/courses/${created.id}/publish`, { token: coordinator })).status).toBe(200);

    courseItem = standIn.createItem(LIST_NAMES.courses, {
      Title: input.title,
      CourseKey: "excel-nyborjare",
      ProviderLookupId: itemIds.get(fixture[3]!.id),
      Description: input.description,
      EducationAreas: ["Vård och omsorg"],
      "EducationAreas@odata.type": "Collection(Edm.String)",
      Format: "På plats",
      Status: "Publicerad",
      Project: "Campus Westum",
      Language: "Svenska",
      Audience: input.audience,
      Seats: 1,
      RegistrationDeadline: "2030-03-01T22:59:00Z",
    });
    const session = (key: string, s: CourseInput["sessions"][number]) => ({
      Title: key, SessionKey: key, CourseLookupId: courseItem, Start: new Date(s.start).toISOString(), End: new Date(s.end).toISOString(), Place: s.place, ...(s.hours ? { Hours: s.hours } : {}),
    });
    standIn.createItem(LIST_NAMES.sessions, session("s1", input.sessions[0]!));
    standIn.createItem(LIST_NAMES.sessions, session("s2", input.sessions[1]!));
    const backwards = standIn.createItem(LIST_NAMES.sessions, { ...session("s3", input.sessions[0]!), End: "2030-03-10T07:00:00Z" });

    const run = await syncNow();
    expect(run.catalogue).toEqual({ coursesSaved: 1, registrationsChanged: 0 });
    expect(run.rowsRejected.filter((r) => r.list === "sessions")).toEqual([
      {
        list: "sessions",
        listLabel: { sv: "Kurstillfällen", en: "Sessions" },
        itemId: backwards,
        reason: expect.stringMatching(/end must come after the start/),
        column: "End",
        columnLabel: { sv: "Slut", en: "End" },
        problem: { sv: "Slutet måste komma efter starten. Tillfället är inte med i utbildningen förrän det är rättat.", en: "The end must come after the start. The session is left out of the course until it is corrected." },
      },
    ]);

    const listed = ((await (await graph.get("/api/courses")).json()) as CourseSearchResult).items.map((c) => c.id);
    expect(listed).toContain("excel-nyborjare");
    const fromLists = (await (await graph.get("/api/courses/excel-nyborjare")).json()) as Course;
    expect(fromLists.sessions.map((s) => [s.id, s.start, s.end, s.place, s.hours])).toEqual([
      ["s1", "2030-03-10T09:00:00+01:00", "2030-03-10T12:00:00+01:00", "Borås, sal 2", 3],
      ["s2", "2030-03-17T09:00:00+01:00", "2030-03-17T11:30:00+01:00", "Borås, sal 2", 2.5],
    ]);
    const fromLocal = (await (await local.get(`/api/courses/${created.id}`)).json()) as Course;
    expect(comparable(fromLists)).toEqual(comparable(fromLocal));

    // Unchanged lists change nothing: no second save, no new announcement.
    expect((await syncNow()).catalogue).toBeUndefined();
  });

  it("writes registrations made in the app back to the list, and follows a coordinator's cancellation there", async () => {
    const coordinator = await graph.token("coordinator");
    const register = async (n: number) =>
      (await (
        await graph.send("POST", "/api/courses/excel-nyborjare/registrations", {
          token: coordinator,
          body: { person: { id: `p${n}`, name: `Deltagare ${n}`, email: `p${n}@example.org` }, memberId: fixture[0]!.id },
        })
      ).json()) as Registration;
    const [first, second] = [await register(1), await register(2)];
    expect([first.status, second.status]).toEqual(["registered", "waitlisted"]);

    expect(await graph.services.sharepointOutbox!.drain()).toMatchObject({ delivered: 2, failed: 0 });
    const rows = () => [...standIn.list(LIST_NAMES.registrations).items.values()].map((i) => i.fields);
    expect(rows()).toEqual([
      expect.objectContaining({ RegistrationKey: `excel-nyborjare/${first.id}`, Status: "Anmäld", PersonEmail: "p1@example.org", CourseLookupId: courseItem, Title: "Deltagare 1" }),
      expect.objectContaining({ RegistrationKey: `excel-nyborjare/${second.id}`, Status: "Väntelista", PersonEmail: "p2@example.org" }),
    ]);

    // The coordinator cancels the first in the list: the app frees the seat, the waitlisted gets it,
    // and that promotion reaches the list too.
    const firstItem = [...standIn.list(LIST_NAMES.registrations).items.values()].find((i) => i.fields.RegistrationKey === `excel-nyborjare/${first.id}`)!;
    standIn.updateItem(LIST_NAMES.registrations, firstItem.id, { Status: "Avanmäld" });
    expect((await syncNow()).catalogue).toEqual({ coursesSaved: 0, registrationsChanged: 1 });
    const registrations = (await (await graph.get("/api/courses/excel-nyborjare/registrations", { token: coordinator })).json()) as Registration[];
    expect(registrations.map((r) => [r.id, r.status])).toEqual([[first.id, "cancelled"], [second.id, "registered"]]);
    await graph.services.sharepointOutbox!.drain();
    expect(rows().map((f) => [f.RegistrationKey, f.Status])).toEqual([[`excel-nyborjare/${first.id}`, "Avanmäld"], [`excel-nyborjare/${second.id}`, "Anmäld"]]);
    const status = (await (await graph.get("/api/sync/status", { token: coordinator })).json()) as SyncStatus;
    expect(status.outbox).toEqual({ pending: 0, failing: 0, dead: 0, maxAttempts: 20, failures: [] });
  });
});

describe("a site the app lost its grant on (Sites.Selected)", () => {
  it("shows in GET /api/sync/status which grant an admin must give", async () => {
    standIn.grant("none");
    try {
      expect((await syncNow()).outcome).toBe("failed");
      const status = (await (await graph.get("/api/sync/status", { token: await graph.token("coordinator") })).json()) as SyncStatus;
      // The site and list ids are known from earlier runs, so each list's request says it.
      expect(status.lastRun?.lists.map((l) => l.error)).toEqual(
        Array(LISTS).fill(`the app has no grant on site ${standIn.siteUrl} for this (Graph answered 403 accessDenied): an admin must grant the app Sites.Selected access to this site with the role "write", see docs/setup.md, step 3`),
      );
    } finally {
      standIn.grant("fullcontrol");
    }
  });
});

describe("expired delta tokens, handled as listItem: delta documents them", () => {
  it("resyncChangesApplyDifferences: enumerates again from the 410's Location and replaces what the app has, deletes included", async () => {
    const [first] = fixture;
    standIn.expireDeltaTokens(undefined, "resyncChangesApplyDifferences");
    standIn.updateItem(LIST_NAMES.members, itemIds.get(first!.id)!, { Title: "Lärcentrum Efter 410" });
    const contacts = (await member(graph, first!.id)).contacts.map((c) => c.id);
    const contact = [...standIn.list(LIST_NAMES.contacts).items.values()].find((i) => i.fields.ContactKey === contacts[0])!;
    standIn.deleteItem(LIST_NAMES.contacts, contact.id);
    standIn.resetCounters();
    const run = await syncNow();
    expect(run.lists.map((l) => [l.mode, l.resync])).toEqual(Array(LISTS).fill(["full", "resyncChangesApplyDifferences"]));
    expect(await member(graph, first!.id)).toMatchObject({ name: "Lärcentrum Efter 410", contacts: contacts.slice(1).map((id) => expect.objectContaining({ id })) });
    // The fresh enumeration started at the Location (a token), not at a new initial query.
    expect(standIn.counters().byKind["delta-initial"]).toBeUndefined();
    expect((await syncNow()).lists.map((l) => l.mode)).toEqual(Array(LISTS).fill("incremental"));
  });

  it("resyncChangesUploadDifferences: writes the app's registrations to the list again, the lost one included", async () => {
    const registrations = () => [...standIn.list(LIST_NAMES.registrations).items.values()];
    const lost = registrations().find((i) => i.fields.Status === "Anmäld")!;
    standIn.deleteItem(LIST_NAMES.registrations, lost.id);
    standIn.expireDeltaTokens(LIST_NAMES.registrations, "resyncChangesUploadDifferences");
    const run = await syncNow();
    expect(run.lists.find((l) => l.list === "registrations")).toMatchObject({ mode: "full", resync: "resyncChangesUploadDifferences", resent: 2 });
    expect(run.catalogue?.registrationsChanged ?? 0).toBe(0);
    expect(await graph.services.sharepointOutbox!.drain()).toMatchObject({ delivered: 2, failed: 0 });
    expect(registrations().map((i) => [i.fields.RegistrationKey, i.fields.Status]).sort()).toEqual([
      [lost.fields.RegistrationKey, "Anmäld"],
      [registrations().find((i) => i.fields.Status === "Avanmäld")!.fields.RegistrationKey, "Avanmäld"],
    ].sort());
  });
});
