// The catalogue as a function of the mirror: courses with their sessions, and what coordinators
// change on registrations (a cancellation, corrected attendance). Every write goes through the
// catalogue's own store operations, never as raw rows: CourseStore create/replace (with the
// course events the bot announces, as the HTTP handlers write them), RegistrationStore cancel,
// fillFreeSeats and saveAttendance, because those decide seats and waitlists in transactions
// of their own. So a course edited in the list and one edited in the app are the same change.
//
// Rows are validated by the same builder as the HTTP API (domain/catalogue/courseBuilder.ts); a
// row that fails is reported with its list and item id, the column at fault and what to do
// (catalogueRejections.ts), and skipped, and what the store has stays.
// A registration with a write-back still pending (its outbox row) is left alone: the app's change
// is on its way to the list, and the next delta brings it back (docs/decisions/0007).
// The events list (Digital fika, Tekniknätverket, ...) has no counterpart in the API yet: it is
// mirrored and validated only.
import type { CourseEvent, SyncRejectedRow } from "../../contract/index.js";
import { buildCourseRecord, type FieldProblem } from "../../domain/catalogue/courseBuilder.js";
import { sessionChanges } from "../../domain/catalogue/courseChanges.js";
import { projectProblem } from "../../domain/catalogue/projectChoice.js";
import type { CourseInputData, CourseRecord } from "../../domain/catalogue/courseSchema.js";
import type { RegistrationRecord } from "../../domain/catalogue/registrationRecord.js";
import { attendedHoursProblem } from "../../domain/catalogue/hours.js";
import { toStockholmIso } from "@campus-westum/bot/stockholmClock";
import type { Logger } from "../../logger.js";
import type { CourseStore, StoredCourse } from "../../store/courseStore.js";
import { newEventId } from "../../store/eventStore.js";
import type { RegistrationStore } from "../../store/registrationStore.js";
import type { ListKey } from "../listDefinition.js";
import type { MemberCore } from "../mapping/directoryItems.js";
import type { CourseItem, RegistrationItem, SessionItem, SiteItem } from "../mapping/catalogueItems.js";
import { hasNews, listedItems, recordSeen } from "./listVersions.js";
import { buildProjects } from "./projectProjection.js";
import type { OutboxStore } from "../outbox/outboxStore.js";
import { rejectedRow, type MirrorRow, type SyncState } from "./syncState.js";
import type { Rejection } from "../mapping/rejection.js";
import {
  attendedSessionsRemoved, courseKept, deletedCourseRow, duplicateCourseKey, memberDiffers, duplicateSessionKey, notSavedYet, rejectedAttendance, rejectedCourse, rejectedProject, rejectedSession,
  reopenedCourse, reopenedRegistration, sessionOfRejectedCourse, statusDiffers, unknownCourse, unknownRegistration, type AttendanceProblem,
} from "./catalogueRejections.js";

export const PROJECTED_LISTS: readonly ListKey[] = ["members", "contacts", "courses", "sessions", "receivingSites", "registrations"];
export const CATALOGUE_LISTS: readonly ListKey[] = ["courses", "sessions", "receivingSites", "registrations"];
export const MIRRORED_ONLY_LISTS: readonly ListKey[] = ["events"];

export interface CatalogueDeps {
  courses: CourseStore;
  registrations: RegistrationStore;
  /** Registrations whose write-back is pending are not projected (see the header). */
  outbox?: OutboxStore;
  now: () => number;
  log: Logger;
  /** Called after courses changed, so that searches show them at once (CatalogueSnapshot.refresh). */
  onCoursesChanged?: () => Promise<unknown>;
}

export interface CatalogueProjection {
  coursesSaved: number;
  registrationsChanged: number;
  rejected: SyncRejectedRow[];
}

const byItemId = (a: MirrorRow, b: MirrorRow) => Number(a.itemId) - Number(b.itemId);
/** An item's fields as the mirror has them, by item id (ids are per list). */
const fieldsIn = (rows: MirrorRow[]) => {
  const byId = new Map(rows.map((r) => [r.itemId, r.fields]));
  return (itemId: string) => JSON.parse(byId.get(itemId) ?? "{}") as Record<string, unknown>;
};
const live = <T>(rows: MirrorRow[]) => rows.filter((r) => !r.deleted && r.data).sort(byItemId).map((r) => ({ itemId: r.itemId, value: JSON.parse(r.data!) as T }));

/** A course from its list row and session rows, built and checked as the HTTP API builds one. */
export function courseFromLists(
  course: { itemId: string; value: CourseItem },
  sessions: { itemId: string; value: SessionItem }[],
  provider: MemberCore | undefined,
  /** The receiving sites' rows, with their members (undefined: the Member lookup points at no valid member). */
  sites: { itemId: string; room: string; seats: number; member: MemberCore | undefined; memberItemId: string }[],
  stored: CourseRecord | undefined,
  nowMs: number,
): { ok: true; record: CourseRecord; skippedSessions: ({ itemId: string } & Rejection)[] } | { ok: false; rejection: Rejection } {
  const c = course.value;
  const skippedSessions: ({ itemId: string } & Rejection)[] = [];
  let kept = sessions;
  const seen = new Map<string, string>();
  kept = kept.filter((s) => {
    const first = seen.get(s.value.id);
    if (first === undefined) {
      seen.set(s.value.id, s.itemId);
      return true;
    }
    skippedSessions.push({ itemId: s.itemId, ...duplicateSessionKey(s.value.id, c.id, first) });
    return false;
  });
  const providerId = provider?.id ?? `item-${c.providerItemId}`;
  const known = new Map([...(provider ? [provider] : []), ...sites.flatMap((s) => (s.member ? [s.member] : []))].map((m) => [m.id, m]));
  const members = (id: string) => (known.has(id) ? ({ ...known.get(id)!, contacts: [] } as never) : undefined);
  const build = (list: typeof kept) => {
    const input: CourseInputData = {
      title: c.title,
      description: c.description,
      providerMemberId: providerId,
      areas: c.areas,
      format: c.format,
      receivingSites: sites.map((s) => ({ memberId: s.member?.id ?? `item-${s.memberItemId}`, room: s.room, seats: s.seats })),
      seats: c.seats,
      audience: c.audience,
      project: c.project,
      language: c.language,
      registrationDeadline: c.registrationDeadline,
      // Without ids the builder numbers them s1, s2, ... in this order; renamed to the list's keys below.
      sessions: list.map((s) => ({ start: s.value.start, end: s.value.end, place: s.value.place, onlineUrl: s.value.onlineUrl, hours: s.value.hours })),
    };
    return buildCourseRecord(input, members, { id: c.id, createdAt: stored?.createdAt ?? toStockholmIso(nowMs), sample: false }, nowMs);
  };
  let built = build(kept);
  if (!built.ok) {
    // A wrong session skips that session, not the course.
    const bad = new Map<number, FieldProblem[]>();
    for (const p of built.problems) {
      const m = /^sessions\.(\d+)\./.exec(p.field);
      if (m) bad.set(Number(m[1]), [...(bad.get(Number(m[1])) ?? []), p]);
    }
    for (const [i, problems] of bad) skippedSessions.push({ itemId: kept[i]!.itemId, ...rejectedSession(problems) });
    if (bad.size > 0) {
      kept = kept.filter((_, i) => !bad.has(i));
      built = build(kept);
    }
  }
  if (!built.ok) return { ok: false, rejection: rejectedCourse(built.problems, c.providerItemId, sites) };
  const keyOf = new Map(kept.map((s, i) => [`s${i + 1}`, s.value.id]));
  const record: CourseRecord = {
    ...built.record,
    status: c.status,
    sessions: built.record.sessions.map((s) => ({ ...s, id: keyOf.get(s.id)! })),
    ...(c.status === "cancelled" && (c.cancellationReason ?? stored?.cancellationReason) ? { cancellationReason: c.cancellationReason ?? stored?.cancellationReason } : {}),
    updatedAt: stored && sameCourse(stored, { ...built.record, status: c.status }) ? stored.updatedAt : built.record.updatedAt,
  };
  return { ok: true, record, skippedSessions };
}

/** Equal but for the times of the record itself and the order of sessions. */
function sameCourse(a: CourseRecord, b: CourseRecord): boolean {
  const norm = (c: CourseRecord) => JSON.stringify({ ...c, updatedAt: "", createdAt: "", cancellationReason: undefined, sessions: [...c.sessions].sort((x, y) => x.id.localeCompare(y.id)) });
  return norm(a) === norm(b);
}

const event = (course: CourseRecord, type: CourseEvent["type"], nowMs: number, extra: Pick<CourseEvent, "changes"> = {}): CourseEvent => ({
  id: newEventId(nowMs),
  courseId: course.id,
  type,
  at: toStockholmIso(nowMs),
  title: course.title,
  ...extra,
});

/** What the bot announces for a change, as the publish/update/cancel handlers do. */
function eventsFor(before: CourseRecord | undefined, after: CourseRecord, nowMs: number): CourseEvent[] {
  if (after.status === "published" && before?.status !== "published") return [event(after, "course-published", nowMs)];
  if (after.status === "cancelled" && before && before.status !== "cancelled") return [event(after, "course-cancelled", nowMs)];
  if (before?.status === "published" && after.status === "published") {
    const changes = sessionChanges(before, after);
    if (changes.length > 0) return [event(after, "course-changed", nowMs, { changes })];
  }
  return [];
}

export async function projectCatalogue(state: SyncState, deps: CatalogueDeps): Promise<CatalogueProjection> {
  const [memberRows, courseRows, sessionRows, registrationRows, siteRows] = await Promise.all([
    state.mirrorRows("members"),
    state.mirrorRows("courses"),
    state.mirrorRows("sessions"),
    state.mirrorRows("registrations"),
    state.mirrorRows("receivingSites"),
  ]);
  const rejected: SyncRejectedRow[] = [];
  for (const [list, rows] of [["courses", courseRows], ["sessions", sessionRows], ["receivingSites", siteRows], ["registrations", registrationRows]] as const) {
    for (const r of rows) if (r.rejected && !r.deleted) rejected.push(rejectedRow(list, r, "the last valid version is used"));
  }
  const membersByItem = new Map(live<MemberCore>(memberRows).map((m) => [m.itemId, m.value]));
  const sessionsByCourse = new Map<string, { itemId: string; value: SessionItem }[]>();
  for (const s of live<SessionItem>(sessionRows)) sessionsByCourse.set(s.value.courseItemId, [...(sessionsByCourse.get(s.value.courseItemId) ?? []), s]);
  const sitesByCourse = new Map<string, { itemId: string; value: SiteItem }[]>();
  for (const s of live<SiteItem>(siteRows)) sitesByCourse.set(s.value.courseItemId, [...(sitesByCourse.get(s.value.courseItemId) ?? []), s]);
  const fieldsOf = { course: fieldsIn(courseRows), session: fieldsIn(sessionRows), site: fieldsIn(siteRows) };

  const nowMs = deps.now();
  // A course row names its project by name: one of the Projekt list (active or not), or the course's own.
  const { projects } = buildProjects(await state.mirrorRows("projects"));
  const coursesByItem = new Map<string, CourseRecord>();
  /** CourseKey -> the item id of the first row with it. */
  const keys = new Map<string, string>();
  let coursesSaved = 0;
  for (const row of live<CourseItem>(courseRows)) {
    const sessions = sessionsByCourse.get(row.itemId) ?? [];
    sessionsByCourse.delete(row.itemId);
    const sites = sitesByCourse.get(row.itemId) ?? [];
    sitesByCourse.delete(row.itemId);
    const first = keys.get(row.value.id);
    if (first !== undefined) {
      rejected.push({ list: "courses", itemId: row.itemId, ...duplicateCourseKey(row.value.id, first) });
      sessions.forEach((s) => rejected.push({ list: "sessions", itemId: s.itemId, ...sessionOfRejectedCourse(row.itemId) }));
      continue;
    }
    keys.set(row.value.id, row.itemId);
    try {
      const stored = await deps.courses.get(row.value.id);
      // Echo suppression and pending write-backs (listVersions.ts, decision 0017).
      const items = listedItems(row, sessions, sites, fieldsOf);
      const links = deps.outbox ? await deps.outbox.courseLinks.all(row.value.id) : undefined;
      if (stored && links && (!hasNews(items, links) || (await deps.outbox!.coursePending(row.value.id)))) {
        coursesByItem.set(row.itemId, stored.record);
        continue;
      }
      const siteMembers = sites.map((s) => ({ itemId: s.itemId, room: s.value.room, seats: s.value.seats, member: membersByItem.get(s.value.memberItemId), memberItemId: s.value.memberItemId }));
      const built = courseFromLists(row, sessions, membersByItem.get(row.value.providerItemId), siteMembers, stored?.record, nowMs);
      if (!built.ok) {
        rejected.push({ list: "courses", itemId: row.itemId, ...courseKept(built.rejection, stored !== undefined) });
        if (stored) coursesByItem.set(row.itemId, stored.record);
        continue;
      }
      const projectIssue = projectProblem(built.record.project, projects, stored?.record.project, { activeOnly: false });
      if (projectIssue) {
        rejected.push({ list: "courses", itemId: row.itemId, ...courseKept(rejectedProject(projectIssue), stored !== undefined) });
        if (stored) coursesByItem.set(row.itemId, stored.record);
        continue;
      }
      built.skippedSessions.forEach((s) => rejected.push({ list: "sessions", ...s }));
      const problem = await saveCourse(deps, stored, built.record, nowMs);
      if (problem) {
        rejected.push({ list: "courses", itemId: row.itemId, ...problem });
        if (stored) coursesByItem.set(row.itemId, stored.record);
        continue;
      }
      if (!stored || !sameCourse(stored.record, built.record)) coursesSaved++;
      coursesByItem.set(row.itemId, built.record);
      if (links && deps.outbox) {
        await recordSeen(deps.outbox.courseLinks, row.value.id, items, links);
        await deps.outbox.courseLinks.conflictApplied(row.value.id);
      }
    } catch (error) {
      deps.log.warn("sharepoint course projection failed", { itemId: row.itemId, error: String(error) });
      rejected.push({ list: "courses", itemId: row.itemId, ...notSavedYet(error) });
    }
  }
  // A deleted course row neither deletes nor cancels its course: it has registrations and hours.
  // It is reported while the course lives on in the app without a row of its own.
  for (const row of courseRows) {
    if (!row.deleted || !row.data) continue;
    const key = (JSON.parse(row.data) as CourseItem).id;
    if (keys.has(key)) continue;
    const stored = await deps.courses.get(key);
    if (stored && stored.record.status !== "cancelled") rejected.push({ list: "courses", itemId: row.itemId, ...deletedCourseRow(key) });
  }
  for (const orphans of sessionsByCourse.values()) {
    for (const s of orphans) rejected.push({ list: "sessions", itemId: s.itemId, ...unknownCourse("sessions", s.value.courseItemId) });
  }
  for (const orphans of sitesByCourse.values()) {
    for (const s of orphans) rejected.push({ list: "receivingSites", itemId: s.itemId, ...unknownCourse("receivingSites", s.value.courseItemId) });
  }
  if (coursesSaved > 0) await deps.onCoursesChanged?.().catch(() => undefined);

  const registrationsChanged = await projectRegistrations(deps, live<RegistrationItem>(registrationRows), coursesByItem, membersByItem, rejected);
  return { coursesSaved, registrationsChanged, rejected };
}

/** Creates or replaces the course; undefined when saved (or unchanged), else why not. */
async function saveCourse(deps: CatalogueDeps, stored: StoredCourse | undefined, next: CourseRecord, nowMs: number): Promise<Rejection | undefined> {
  if (!stored) {
    await deps.courses.create(next, eventsFor(undefined, next, nowMs), { fromList: true });
    return undefined;
  }
  if (sameCourse(stored.record, next)) return undefined;
  if (stored.record.status === "cancelled" && next.status !== "cancelled") return reopenedCourse();
  const removed = stored.record.sessions.filter((s) => !next.sessions.some((n) => n.id === s.id));
  if (removed.length > 0) {
    const { registrations } = await deps.registrations.list(stored.record.id);
    const attended = removed.filter((s) => registrations.some((r) => (r.attendance[s.id] ?? 0) > 0));
    if (attended.length > 0) return attendedSessionsRemoved(attended.map((s) => s.id));
  }
  await deps.courses.replace(stored, next, eventsFor(stored.record, next, nowMs), { fromList: true });
  await deps.registrations.fillFreeSeats(next);
  return undefined;
}

/**
 * Coordinators' changes to registrations the app made: a cancellation (the store frees the seat
 * and promotes from the waitlist) and corrected attendance. Seats themselves are the app's: a
 * status set to Anmäld/Väntelista by hand is reported, and the write-back restores the app's.
 */
async function projectRegistrations(
  deps: CatalogueDeps,
  rows: { itemId: string; value: RegistrationItem }[],
  coursesByItem: Map<string, CourseRecord>,
  membersByItem: Map<string, MemberCore>,
  rejected: SyncRejectedRow[],
): Promise<number> {
  const byCourse = new Map<string, { course: CourseRecord; rows: typeof rows }>();
  for (const row of rows) {
    const course = coursesByItem.get(row.value.courseItemId);
    if (!course) {
      rejected.push({ list: "registrations", itemId: row.itemId, ...unknownCourse("registrations", row.value.courseItemId) });
      continue;
    }
    const entry = byCourse.get(course.id) ?? { course, rows: [] };
    entry.rows.push(row);
    byCourse.set(course.id, entry);
  }
  let changed = 0;
  for (const { course, rows: courseRows } of byCourse.values()) {
    const [{ registrations, etags }, pending] = await Promise.all([deps.registrations.list(course.id), deps.outbox?.pendingIds(course.id) ?? new Set<string>()]);
    const known = new Map(registrations.map((r) => [r.id, r]));
    for (const { itemId, value } of courseRows) {
      const reject = (rejection: Rejection) => rejected.push({ list: "registrations", itemId, ...rejection });
      try {
        const [keyCourse, registrationId] = value.id.split("/");
        const record = keyCourse === course.id ? known.get(registrationId!) : undefined;
        if (record && !pending.has(record.id)) reportOtherMember(value, record, membersByItem, reject);
        if (await projectRegistration(deps, course, value, record, pending, etags, reject)) changed++;
      } catch (error) {
        deps.log.warn("sharepoint registration projection failed", { itemId, error: String(error) });
        reject(notSavedYet(error));
      }
    }
  }
  return changed;
}

/** One registration row; true when the store changed. */
async function projectRegistration(
  deps: CatalogueDeps,
  course: CourseRecord,
  value: RegistrationItem,
  record: RegistrationRecord | undefined,
  pending: Set<string>,
  etags: Map<string, string>,
  reject: (rejection: Rejection) => void,
): Promise<boolean> {
  if (!record) {
    reject(unknownRegistration(value.id, course));
    return false;
  }
  if (pending.has(record.id)) return false;
  if (value.status === "cancelled" && record.status !== "cancelled") {
    await deps.registrations.cancel(course, record.id);
    return true;
  }
  if (value.status !== record.status) {
    reject(record.status === "cancelled" ? reopenedRegistration() : statusDiffers(value.status, record.status));
    return false;
  }
  if (JSON.stringify(sortedKeys(value.attendance)) === JSON.stringify(sortedKeys(record.attendance))) return false;
  const problems = Object.entries(value.attendance).flatMap(([sessionId, hours]): AttendanceProblem[] => {
    const session = course.sessions.find((s) => s.id === sessionId);
    if (!session) return [{ kind: "unknown-session", sessionId }];
    const problem = attendedHoursProblem(hours, session.hours);
    return problem ? [{ kind: "hours", sessionId, hours, problem }] : [];
  });
  if (record.status !== "registered" && Object.keys(value.attendance).length > 0) problems.push({ kind: "not-registered", status: record.status });
  if (problems.length > 0) {
    reject(rejectedAttendance(problems));
    return false;
  }
  const attendance = Object.fromEntries(Object.entries(value.attendance).filter(([, h]) => h > 0));
  await deps.registrations.saveAttendance(course.id, [{ record: { ...record, attendance }, etag: etags.get(record.id)! }]);
  return true;
}

/**
 * The member hours count for is the app's (the directory's, or a coordinator's correction in the
 * tab; the write-back puts it in the list): another member set by hand in the list is reported.
 */
function reportOtherMember(value: RegistrationItem, record: RegistrationRecord, membersByItem: Map<string, MemberCore>, reject: (rejection: Rejection) => void): void {
  const listMember = membersByItem.get(value.personMemberItemId);
  if (!listMember || listMember.id === record.person.memberId) return;
  const appMember = [...membersByItem.values()].find((m) => m.id === record.person.memberId);
  reject(memberDiffers(listMember.name, appMember?.name ?? record.person.memberId));
}

const sortedKeys = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).filter(([, h]) => h > 0).sort(([a], [b]) => a.localeCompare(b)));
