// The write-back's 412 rule (docs/decisions/0007, 0017): when the list item changed since our last
// write, the app's fields are merged field by field; a field the coordinator changed later than
// the app is kept as the coordinator set it, other fields (and coordinators' own columns) too, and
// the app's refused value is kept beside the list's for the coordinators to see.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { MemberDetail } from "../../api/src/contract/index.js";
import { silentLogger } from "../../api/src/logger.js";
import { registrationConflictGroup } from "../../api/src/sharepoint/outbox/outboxItems.js";
import { OutboxStore } from "../../api/src/sharepoint/outbox/outboxStore.js";
import { OutboxWorker } from "../../api/src/sharepoint/outbox/outboxWorker.js";
import { CourseStore } from "../../api/src/store/courseStore.js";
import { RegistrationStore } from "../../api/src/store/registrationStore.js";
import { sampleDirectory } from "../../api/src/sample/directory.js";
import { startGraphStandIn, type GraphStandIn } from "../graph-stand-in/index.js";
import { enterDirectory, LIST_NAMES, provisionDirectly, testSync } from "./support.js";

let standIn: GraphStandIn;
beforeAll(async () => {
  standIn = await startGraphStandIn();
  provisionDirectly(standIn);
});
afterAll(() => standIn?.close());

/** The stores with the outbox as their hook, and a worker delivering to the stand-in. */
function writeBack(clocks: { outboxNow?: () => number; registrationNow?: () => number } = {}) {
  const { tables, site, state, sync } = testSync(standIn);
  const outbox = new OutboxStore(tables, clocks.outboxNow);
  const courses = new CourseStore(tables);
  const registrations = new RegistrationStore(tables, clocks.registrationNow, outbox);
  const worker = new OutboxWorker({ outbox, registrations, courses, site, state, log: silentLogger });
  return { sync, outbox, courses, registrations, worker };
}

/** A published course of one session, provided by this member. */
function publishedCourse(id: string, provider: MemberDetail) {
  return {
    id, title: "Kurs", description: "", providerMemberId: provider.id, providerName: provider.name, providerSubRegions: provider.subRegions, areas: [], format: "on-site" as const,
    receivingSites: [], seats: null, audience: "", project: null, language: "sv" as const, status: "published" as const, registrationDeadline: "2030-03-01T23:59:00+01:00",
    sessions: [{ id: "s1", start: "2030-03-10T09:00:00+01:00", end: "2030-03-10T13:00:00+01:00", hours: 4 }], createdAt: "2026-01-01T00:00:00+01:00", updatedAt: "2026-01-01T00:00:00+01:00", sample: false,
  };
}

it("keeps a coordinator's later edit of the same field, and writes the app's change over an earlier one", async () => {
  const provider = { ...sampleDirectory()[0]!, sample: false };
  const memberItems = enterDirectory(standIn, [provider]);
  // The stand-in's clock stands at 2026-01-05; the app's clock is moved around it.
  let appNow = Date.parse("2026-01-01T00:00:00Z");
  const { outbox, courses, registrations, worker } = writeBack({ outboxNow: () => appNow, registrationNow: () => Date.parse("2026-01-01T00:00:00Z") });
  const course = publishedCourse("kurs-412", provider);
  await courses.create(course);
  standIn.createItem(LIST_NAMES.courses, { Title: "Kurs", CourseKey: course.id, ProviderLookupId: memberItems.get(provider.id) });
  const outcome = await registrations.register(course, { person: { id: "p1", name: "Anna", email: "anna@example.org", memberId: provider.id }, createdBy: "c", byCoordinatorForOther: true });
  expect(outcome.ok).toBe(true);
  expect(await worker.drain()).toMatchObject({ delivered: 1, failed: 0 });
  const item = () => [...standIn.list(LIST_NAMES.registrations).items.values()][0]!;
  const attend = async (hours: number) => {
    const { record, etag } = (await registrations.getWithEtag(course.id, "0000001"))!;
    await registrations.saveAttendance(course.id, [{ record: { ...record, attendance: { s1: hours } }, etag }]);
  };

  // The coordinator corrects the name (their column) and the attendance after the app's change.
  await attend(2);
  standIn.updateItem(LIST_NAMES.registrations, item().id, { Title: "Anna Rättad", Attendance: '{"s1":1}', AttendedHours: 1 });
  const later = await worker.drain();
  expect(later).toMatchObject({ delivered: 1, failed: 0, conflicts: [{ registrationId: "0000001", field: "Attendance" }, { registrationId: "0000001", field: "AttendedHours" }] });
  expect(item().fields).toMatchObject({ Title: "Anna Rättad", Attendance: '{"s1":1}', AttendedHours: 1, Status: "Anmäld" });
  // The refused values are kept beside the list's, for the course's coordinators (decision 0017).
  const refused = () => outbox.courseLinks.conflict(registrationConflictGroup(course.id));
  expect((await refused())?.items).toEqual([
    { list: "Anmälningar", itemId: item().id, title: "Anna", fields: [{ field: "Attendance", list: '{"s1":1}', app: '{"s1":2}' }, { field: "AttendedHours", list: "1", app: "2" }] },
  ]);
  // Nothing waits for the next sync to settle it (the sync takes the list's attendance in as always).
  expect(await outbox.courseLinks.unappliedConflicts()).not.toContain(registrationConflictGroup(course.id));

  // Now the app's change is the later one: it is written, the coordinator's name stays.
  standIn.updateItem(LIST_NAMES.registrations, item().id, { Attendance: '{"s1":1.5}', AttendedHours: 1.5 });
  appNow = Date.parse("2027-01-01T00:00:00Z");
  await attend(3);
  expect(await worker.drain()).toMatchObject({ delivered: 1, failed: 0, conflicts: [] });
  expect(item().fields).toMatchObject({ Title: "Anna Rättad", Attendance: '{"s1":3}', AttendedHours: 3 });
  expect(await refused()).toBeUndefined();
  expect(standIn.list(LIST_NAMES.registrations).items.size).toBe(1);
  expect(await outbox.status()).toEqual({ pending: 0, failing: 0, dead: 0, maxAttempts: 20, failures: [] });

  // With only a "read" grant (Sites.Selected) the write is refused: kept, and said how to fix.
  standIn.grant("read");
  await attend(4);
  expect(await worker.drain()).toMatchObject({ delivered: 0, failed: 1 });
  expect((await outbox.status()).lastError).toBe(
    `the app has no grant on site ${standIn.siteId} for this (Graph answered 403 accessDenied): an admin must grant the app Sites.Selected access to this site with the role "write", see docs/setup.md, step 3`,
  );
  standIn.grant("fullcontrol");
});

it("writes a coordinator's correction of a registration's member to the list, and only that column", async () => {
  const [declared, corrected] = [{ ...sampleDirectory()[1]!, sample: false }, { ...sampleDirectory()[2]!, sample: false }];
  const memberItems = enterDirectory(standIn, [declared, corrected]);
  const { outbox, courses, registrations, worker } = writeBack();
  const course = publishedCourse("kurs-member", declared);
  await courses.create(course);
  standIn.createItem(LIST_NAMES.courses, { Title: "Kurs", CourseKey: course.id, ProviderLookupId: memberItems.get(declared.id) });
  await registrations.register(course, { person: { id: "p2", name: "Bo", email: "bo@example.org", memberId: declared.id }, createdBy: "p2", byCoordinatorForOther: false });
  expect(await worker.drain()).toMatchObject({ delivered: 1, failed: 0 });
  const item = () => [...standIn.list(LIST_NAMES.registrations).items.values()].find((i) => i.fields.RegistrationKey === `${course.id}/0000001`)!;
  expect(item().fields.PersonMemberLookupId).toBe(memberItems.get(declared.id));

  // A coordinator renames the item in the list; then corrects the member in the tab.
  standIn.updateItem(LIST_NAMES.registrations, item().id, { Title: "Bo Rättad" });
  await registrations.setMember(course.id, "0000001", corrected.id);
  expect((await outbox.status()).pending).toBe(1);
  expect(await worker.drain()).toMatchObject({ delivered: 1, failed: 0 });
  expect(item().fields).toMatchObject({ Title: "Bo Rättad", PersonMemberLookupId: memberItems.get(corrected.id), Status: "Anmäld" });
  expect((await outbox.status()).pending).toBe(0);
});

it("links a registration to the course item the sync shows when a course key is used twice: the first", async () => {
  const provider = { ...sampleDirectory()[3]!, sample: false };
  const memberItems = enterDirectory(standIn, [provider]);
  const { sync, courses, registrations, worker } = writeBack();
  const course = publishedCourse("kurs-dubbel", provider);
  await courses.create(course);
  const row = { CourseKey: course.id, ProviderLookupId: memberItems.get(provider.id), Format: "På plats", Status: "Publicerad", Language: "Svenska", RegistrationDeadline: "2030-03-01T22:59:00Z" };
  const first = standIn.createItem(LIST_NAMES.courses, { Title: "Kurs", ...row });
  standIn.createItem(LIST_NAMES.courses, { Title: "Kurs (kopia)", ...row });
  await sync.run("manual"); // the mirror, from which the worker looks the course item up
  await registrations.register(course, { person: { id: "p3", name: "Cia", email: "cia@example.org", memberId: provider.id }, createdBy: "p3", byCoordinatorForOther: false });
  expect(await worker.drain()).toMatchObject({ delivered: 1, failed: 0 });
  const item = [...standIn.list(LIST_NAMES.registrations).items.values()].find((i) => i.fields.RegistrationKey === `${course.id}/0000001`)!;
  expect(item.fields.CourseLookupId).toBe(first);
});

it("writes the app's member over a coordinator's later edit of it in the list: the member hours count for is the app's", async () => {
  const [declared, corrected, theirs] = [4, 5, 6].map((i) => ({ ...sampleDirectory()[i]!, sample: false }));
  const memberItems = enterDirectory(standIn, [declared!, corrected!, theirs!]);
  // The app's correction is older than the coordinator's edit in the list (its clock stands at 2026-01-05).
  const { outbox, courses, registrations, worker } = writeBack({ outboxNow: () => Date.parse("2026-01-01T00:00:00Z") });
  const course = publishedCourse("kurs-medlem-konflikt", declared!);
  await courses.create(course);
  standIn.createItem(LIST_NAMES.courses, { Title: "Kurs", CourseKey: course.id, ProviderLookupId: memberItems.get(declared!.id) });
  await registrations.register(course, { person: { id: "p4", name: "Dan", email: "dan@example.org", memberId: declared!.id }, createdBy: "p4", byCoordinatorForOther: false });
  await worker.drain();
  const item = [...standIn.list(LIST_NAMES.registrations).items.values()].find((i) => i.fields.RegistrationKey === `${course.id}/0000001`)!;

  await registrations.setMember(course.id, "0000001", corrected!.id);
  standIn.updateItem(LIST_NAMES.registrations, item.id, { PersonMemberLookupId: memberItems.get(theirs!.id) });
  expect(await worker.drain()).toMatchObject({ delivered: 1, conflicts: [] });
  expect(item.fields.PersonMemberLookupId).toBe(memberItems.get(corrected!.id));
  expect(await outbox.courseLinks.conflict(registrationConflictGroup(course.id))).toBeUndefined();
});
