// What coordinators make in the tab reaches the SharePoint lists, and the lists stay the truth
// (docs/decisions/0017), against the Graph stand-in with throttling, 5xx and lost answers:
//   - a course created in the tab becomes list items: the course, its sessions, its receiving sites,
//     exactly once even when Graph's answer to a create is lost;
//   - its write-back coming back by delta changes nothing and writes nothing (echo suppression);
//   - edited in the list, the tab shows the edit after a sync;
//   - a fika series is written to the events list, and an edit there reaches the fika tab;
//   - edited in both, the list's version wins, the app's refused values are shown beside it (on the
//     course, and on the fika series in the fika view), and the coordinator's next change is
//     written over the list's version.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Course, CourseInput, FikaSeriesView, SyncRun } from "../../api/src/contract/index.js";
import { sampleDirectory } from "../../api/src/sample/directory.js";
import type { GraphStandIn } from "../graph-stand-in/index.js";
import type { ApiHarness } from "../support/apiHarness.js";
import { LIST_NAMES, startApiOnStandIn } from "./support.js";

const members = sampleDirectory().slice(0, 3).map((m) => ({ ...m, sample: false }));
const [provider, siteA, siteB] = members as [(typeof members)[0], (typeof members)[0], (typeof members)[0]];

let standIn: GraphStandIn;
let api: ApiHarness;
let memberItems: Map<string, string>;
let coordinator: string;

beforeAll(async () => {
  ({ standIn, api, memberItems, coordinator } = await startApiOnStandIn(members));
});
afterAll(async () => {
  await api?.close();
  await standIn?.close();
});

async function syncNow(): Promise<SyncRun> {
  const response = await api.send("POST", "/api/sync", { token: coordinator });
  expect(response.status).toBe(200);
  return (await response.json()) as SyncRun;
}

/** Drains the outbox until nothing waits; failed attempts wait, so their wait is skipped here. */
async function drainAll(): Promise<{ delivered: number; failed: number; refused: number }> {
  const total = { delivered: 0, failed: 0, refused: 0 };
  for (let pass = 0; pass < 20; pass++) {
    const done = await api.services.sharepointOutbox!.drain();
    total.delivered += done.delivered;
    total.failed += done.failed;
    total.refused += done.refused;
    const status = await api.services.sharepointSync!.status();
    if (status.outbox?.pending === 0) return total;
    await dueNow();
  }
  throw new Error("the outbox did not drain");
}

/** Makes every waiting outbox row due (the worker's growing wait is seconds long). */
async function dueNow(): Promise<void> {
  for (const table of ["courses", "registrations", "fika"]) {
    const client = await api.services.tables.table(table);
    for await (const e of client.listEntities<{ nextAttemptAt?: number }>()) {
      if (e.rowKey?.startsWith("spout-") && e.nextAttemptAt) await client.updateEntity({ partitionKey: e.partitionKey!, rowKey: e.rowKey, nextAttemptAt: 0 }, "Merge");
    }
  }
}

const items = (list: keyof typeof LIST_NAMES) => [...standIn.list(LIST_NAMES[list]).items.values()];
const versions = () => Object.fromEntries((["courses", "sessions", "receivingSites", "events"] as const).map((l) => [l, items(l).map((i) => `${i.id}:${i.version}`)]));
const course = async (id: string) => (await (await api.get(`/api/courses/${id}`, { token: coordinator })).json()) as Course;

const input: CourseInput = {
  title: "Digitala verktyg i klassrummet",
  description: "Två träffar, sänds till två lärcentra.",
  providerMemberId: provider.id,
  areas: ["sfi"],
  format: "live-broadcast",
  receivingSites: [
    { memberId: siteA.id, room: "Sal 3", seats: 8 },
    { memberId: siteB.id, room: "Aulan", seats: 12 },
  ],
  seats: null,
  audience: "Lärare",
  project: null,
  language: "sv",
  registrationDeadline: "2030-03-01T23:59:00+01:00",
  sessions: [
    { start: "2030-03-10T09:00:00+01:00", end: "2030-03-10T12:00:00+01:00", place: "Studio", hours: 3 },
    { start: "2030-03-17T09:00:00+01:00", end: "2030-03-17T11:00:00+01:00", place: "Studio", hours: 2 },
  ],
};
let created: Course;

it("writes a course created in the tab to the lists: the course, its sessions and its receiving sites, once, through faults", async () => {
  // Throttling and 5xx on a third of the item requests, and the answer to the first create lost.
  standIn.setFaults({ rate: 0.3, kinds: ["429", "503"], retryAfterSeconds: 0, seed: 7, pathContains: "/items" });
  let lost = false;
  standIn.onRequest(({ method, path }) => {
    if (!lost && method === "POST" && path.endsWith("/items")) (lost = true), standIn.enqueueFaults("lost");
  });
  const response = await api.send("POST", "/api/courses", { token: coordinator, body: input });
  expect(response.status).toBe(201);
  created = (await response.json()) as Course;
  const outcome = await drainAll();
  standIn.clearFaults();
  standIn.onRequest(undefined);
  expect(lost).toBe(true);
  expect(outcome.refused).toBe(0);
  expect(outcome.failed).toBeGreaterThan(0); // the lost create failed once, and was found (not made again) on the retry

  const courseItem = items("courses");
  expect(courseItem.map((i) => i.fields)).toEqual([
    expect.objectContaining({
      Title: input.title, CourseKey: created.id, ProviderLookupId: memberItems.get(provider.id), Format: "Livesändning till mottagande lärcentra",
      Status: "Utkast", EducationAreas: ["SFI – svenska för invandrare"], Language: "Svenska", RegistrationDeadline: "2030-03-01T22:59:00Z",
    }),
  ]);
  expect(items("sessions").map((i) => i.fields)).toEqual([
    expect.objectContaining({ SessionKey: `${created.id}/s1`, CourseLookupId: courseItem[0]!.id, Start: "2030-03-10T08:00:00Z", End: "2030-03-10T11:00:00Z", Place: "Studio", Hours: 3 }),
    expect.objectContaining({ SessionKey: `${created.id}/s2`, CourseLookupId: courseItem[0]!.id, Start: "2030-03-17T08:00:00Z", Hours: 2 }),
  ]);
  expect(items("receivingSites").map((i) => i.fields)).toEqual([
    expect.objectContaining({ SiteKey: `${created.id}/${siteA.id}`, MemberLookupId: memberItems.get(siteA.id), CourseLookupId: courseItem[0]!.id, Title: "Sal 3", Seats: 8 }),
    expect.objectContaining({ SiteKey: `${created.id}/${siteB.id}`, MemberLookupId: memberItems.get(siteB.id), Title: "Aulan", Seats: 12 }),
  ]);

  // The write-back comes back by delta: nothing changes in the app and nothing is written again.
  const before = versions();
  const run = await syncNow();
  expect(run.rowsRejected).toEqual([]);
  expect(run.catalogue?.coursesSaved ?? 0).toBe(0);
  expect(await api.services.sharepointOutbox!.drain()).toMatchObject({ delivered: 0, failed: 0 });
  expect(versions()).toEqual(before);
  expect(await course(created.id)).toEqual(created);
});

it("follows an edit made in the lists, and a publish, a change and a cancellation made in the tab", async () => {
  const courseItem = items("courses")[0]!;
  const firstSession = items("sessions")[0]!;
  standIn.updateItem(LIST_NAMES.courses, courseItem.id, { Title: "Digitala verktyg, vårterminen" });
  standIn.updateItem(LIST_NAMES.sessions, firstSession.id, { Place: "Studio 2" });
  const run = await syncNow();
  expect(run.catalogue).toEqual({ coursesSaved: 1, registrationsChanged: 0 });
  const edited = await course(created.id);
  expect(edited.title).toBe("Digitala verktyg, vårterminen");
  expect(edited.sessions[0]!.place).toBe("Studio 2");
  // Taking the list's version is not a change to write back.
  expect(await api.services.sharepointOutbox!.drain()).toMatchObject({ delivered: 0 });

  expect((await api.send("POST", `/api/courses/${created.id}/publish`, { token: coordinator })).status).toBe(200);
  const change = { ...input, title: edited.title, sessions: [{ ...input.sessions[0]!, id: "s1", place: "Studio 2" }], receivingSites: [input.receivingSites[0]!] };
  expect((await api.send("PUT", `/api/courses/${created.id}`, { token: coordinator, body: change })).status).toBe(200);
  await drainAll();
  expect(courseItem.fields.Status).toBe("Publicerad");
  expect(items("sessions").map((i) => i.fields.SessionKey)).toEqual([`${created.id}/s1`]);
  expect(items("receivingSites").map((i) => i.fields.SiteKey)).toEqual([`${created.id}/${siteA.id}`]);

  expect((await api.send("POST", `/api/courses/${created.id}/cancel`, { token: coordinator, body: { reason: "För få anmälda" } })).status).toBe(200);
  await drainAll();
  expect(courseItem.fields).toMatchObject({ Status: "Inställd", CancellationReason: "För få anmälda" });
  await syncNow();
  expect(await course(created.id)).toMatchObject({ status: "cancelled", cancellationReason: "För få anmälda" });
});

it("keeps the list's version when both changed, shows the app's refused values beside it, and writes the next change over it, through faults", async () => {
  const again = (await (await api.send("POST", "/api/courses", { token: coordinator, body: { ...input, title: "Konflikt" } })).json()) as Course;
  await drainAll();
  await syncNow();
  const item = items("courses").find((i) => i.fields.CourseKey === again.id)!;

  // The coordinator renames the course in the list while another changes it in the tab.
  standIn.updateItem(LIST_NAMES.courses, item.id, { Title: "Listans titel" });
  expect((await api.send("PUT", `/api/courses/${again.id}`, { token: coordinator, body: { ...input, title: "Appens titel", audience: "Studievägledare" } })).status).toBe(200);
  // Through throttling and 5xx on the item requests: the 412, the read of the list's version and the rest.
  const faultsBefore = standIn.counters().faultsInjected;
  standIn.setFaults({ rate: 0.3, kinds: ["429", "503"], retryAfterSeconds: 0, seed: 11, pathContains: "/items" });
  expect(await drainAll()).toMatchObject({ refused: 1 });
  expect(item.fields).toMatchObject({ Title: "Listans titel", Audience: "Lärare" });
  const refused = (await course(again.id)).sharepointConflict!;
  expect(refused).toMatchObject({ applied: false, items: [{ list: "Utbildningar", itemId: item.id, fields: expect.arrayContaining([{ field: "Title", label: { sv: "Rubrik", en: "Title" }, list: "Listans titel", app: "Appens titel" }, { field: "Audience", label: { sv: "Målgrupp", en: "Audience" }, list: "Lärare", app: "Studievägledare" }]) }] });
  // Staff do not see it.
  expect((await (await api.get(`/api/courses/${again.id}`)).json()).sharepointConflict).toBeUndefined();

  // The next sync takes the list's version, even without news in the lists; the refused values stay readable.
  await syncNow();
  standIn.clearFaults();
  expect(standIn.counters().faultsInjected).toBeGreaterThan(faultsBefore);
  const settled = await course(again.id);
  expect(settled).toMatchObject({ title: "Listans titel", audience: "Lärare", sharepointConflict: { applied: true } });

  // The coordinator redoes what mattered: written over the list's version, and the conflict is gone.
  expect((await api.send("PUT", `/api/courses/${again.id}`, { token: coordinator, body: { ...input, title: "Listans titel", audience: "Studievägledare" } })).status).toBe(200);
  expect(await drainAll()).toMatchObject({ refused: 0, failed: 0 });
  expect(item.fields).toMatchObject({ Title: "Listans titel", Audience: "Studievägledare" });
  expect((await course(again.id)).sharepointConflict).toBeUndefined();
});

it("writes a fika series to the events list, and a change of it, and follows an edit made in the list", async () => {
  const body = { title: "Digital fika", rrule: "FREQ=MONTHLY;BYDAY=+1TU", firstDate: "2030-01-01", time: "14:00", durationMinutes: 30, joinUrl: "https://teams.microsoft.com/l/meetup-join/abc" };
  const series = (await (await api.send("POST", "/api/fika/series", { token: coordinator, body })).json()) as FikaSeriesView;
  await drainAll();
  expect(items("events").map((i) => i.fields)).toEqual([
    expect.objectContaining({ EventKey: series.id, EventType: "Digital fika", Title: "Digital fika", Start: "2030-01-01T13:00:00Z", Recurrence: body.rrule, DurationMinutes: 30, JoinUrl: body.joinUrl, Active: true }),
  ]);
  expect((await api.send("PUT", `/api/fika/series/${series.id}`, { token: coordinator, body: { ...body, active: false } })).status).toBe(200);
  await drainAll();
  expect(items("events")).toHaveLength(1);
  expect(items("events")[0]!.fields.Active).toBe(false);

  // Echo: nothing changes; then a coordinator's edit in the list reaches the fika tab.
  const listed = async () => ((await (await api.get("/api/fika/series", { token: coordinator })).json()) as { series: FikaSeriesView[] }).series;
  await syncNow();
  expect((await listed())[0]).toMatchObject({ title: "Digital fika", active: false });
  standIn.updateItem(LIST_NAMES.events, items("events")[0]!.id, { Title: "Fredagsfika", Recurrence: "FREQ=MONTHLY;BYDAY=+1FR", Start: "2030-01-04T14:00:00Z", Active: true });
  await syncNow();
  expect((await listed())[0]).toMatchObject({ id: series.id, title: "Fredagsfika", rrule: "FREQ=MONTHLY;BYDAY=+1FR", firstDate: "2030-01-04", time: "15:00", active: true });
  const before = versions();
  expect(await api.services.sharepointOutbox!.drain()).toMatchObject({ delivered: 0 });
  expect(versions()).toEqual(before);
});

it("shows a fika series' change the events list refused with both versions, until the next save goes through", async () => {
  const listed = async () => ((await (await api.get("/api/fika/series", { token: coordinator })).json()) as { series: FikaSeriesView[] }).series[0]!;
  const series = await listed();
  const { id, upcoming: _upcoming, audience: _audience, updatedAt: _updatedAt, sharepointConflict: _none, ...body } = series;
  expect(series.sharepointConflict).toBeUndefined();
  const item = items("events").find((i) => i.fields.EventKey === id)!;

  // Renamed in the list while the tab changes the title and the length.
  standIn.updateItem(LIST_NAMES.events, item.id, { Title: "Listans fika" });
  expect((await api.send("PUT", `/api/fika/series/${id}`, { token: coordinator, body: { ...body, title: "Appens fika", durationMinutes: 45 } })).status).toBe(200);
  expect(await drainAll()).toMatchObject({ refused: 1, failed: 0 });
  expect(item.fields).toMatchObject({ Title: "Listans fika", DurationMinutes: 30 });
  expect((await listed()).sharepointConflict).toMatchObject({
    applied: false,
    items: [{ list: "Händelser", itemId: item.id, fields: expect.arrayContaining([{ field: "Title", label: { sv: "Rubrik", en: "Title" }, list: "Listans fika", app: "Appens fika" }, { field: "DurationMinutes", label: { sv: "Längd (minuter)", en: "Length (minutes)" }, list: "30", app: "45" }]) }],
  });

  // The sync applies the list's version; the refused values stay readable.
  await syncNow();
  expect(await listed()).toMatchObject({ title: "Listans fika", durationMinutes: 30, sharepointConflict: { applied: true } });

  // The coordinator saves again: written over the list's version, and the notice is gone.
  expect((await api.send("PUT", `/api/fika/series/${id}`, { token: coordinator, body: { ...body, title: "Listans fika", durationMinutes: 45 } })).status).toBe(200);
  expect(await drainAll()).toMatchObject({ refused: 0, failed: 0 });
  expect(item.fields).toMatchObject({ Title: "Listans fika", DurationMinutes: 45 });
  expect((await listed()).sharepointConflict).toBeUndefined();
});

it("pauses a fika series whose row is deleted in the list, and writes the row again when the tab resumes it", async () => {
  const body = { title: "Torsdagsfika", rrule: "FREQ=MONTHLY;BYDAY=+2TH", firstDate: "2030-01-01", time: "15:00", durationMinutes: 30, joinUrl: "https://teams.microsoft.com/l/meetup-join/thu" };
  const series = (await (await api.send("POST", "/api/fika/series", { token: coordinator, body })).json()) as FikaSeriesView;
  await drainAll();
  const row = () => items("events").find((i) => i.fields.EventKey === series.id);
  const stored = async () => ((await (await api.get("/api/fika/series", { token: coordinator })).json()) as { series: FikaSeriesView[] }).series.find((s) => s.id === series.id)!;
  await syncNow(); // the sync has seen the row, as it has every few minutes
  standIn.deleteItem(LIST_NAMES.events, row()!.id);
  await syncNow();
  expect(await stored()).toMatchObject({ title: "Torsdagsfika", active: false });
  expect(await api.services.sharepointOutbox!.drain()).toMatchObject({ delivered: 0 });
  expect(row()).toBeUndefined();

  // Resumed in the tab: the row is written again, and the next sync leaves the series running.
  expect((await api.send("PUT", `/api/fika/series/${series.id}`, { token: coordinator, body: { ...body, active: true } })).status).toBe(200);
  await drainAll();
  expect(row()?.fields).toMatchObject({ Title: "Torsdagsfika", Active: true });
  await syncNow();
  expect(await stored()).toMatchObject({ active: true });
});

it("reports a course row deleted in the list while the course lives on, until the course is cancelled in the tab", async () => {
  const made = (await (await api.send("POST", "/api/courses", { token: coordinator, body: { ...input, title: "Kurs som tas bort i listan" } })).json()) as Course;
  expect((await api.send("POST", `/api/courses/${made.id}/publish`, { token: coordinator })).status).toBe(200);
  const person = { id: "p-del", name: "Disa Deltagare", email: "disa@example.org" };
  const registered = await api.send("POST", `/api/courses/${made.id}/registrations`, { token: coordinator, body: { person, memberId: siteA.id, siteMemberId: siteA.id } });
  expect(registered.status).toBe(201);
  await drainAll();
  const registrationRow = () => items("registrations").find((i) => String(i.fields.RegistrationKey).startsWith(`${made.id}/`));
  const row = () => items("courses").find((i) => i.fields.CourseKey === made.id);
  const deletedId = row()!.id;
  await syncNow(); // the sync has seen the row, as it has every few minutes
  standIn.deleteItem(LIST_NAMES.courses, deletedId);
  const run = await syncNow();
  const reported = run.rowsRejected.find((r) => r.list === "courses" && r.itemId === deletedId);
  expect(reported?.problem?.sv).toMatch(/^Raden togs bort i listan, men utbildningen ".+" finns kvar i appen: en borttagen rad tar inte bort eller ställer in en utbildning/);
  expect((await course(made.id)).status).toBe("published");

  // Cancelled in the tab: written to the list again, as a new row, and no longer reported.
  expect((await api.send("POST", `/api/courses/${made.id}/cancel`, { token: coordinator, body: { reason: "Ges inte i år" } })).status).toBe(200);
  await drainAll();
  expect(row()?.fields).toMatchObject({ Status: "Inställd" });
  // The registration's row follows the course's new row.
  expect(row()!.id).not.toBe(deletedId);
  expect(registrationRow()?.fields).toMatchObject({ CourseLookupId: row()!.id, Title: person.name });
  const after = await syncNow();
  expect(after.rowsRejected.filter((r) => r.list === "courses" || r.list === "registrations")).toEqual([]);
});
