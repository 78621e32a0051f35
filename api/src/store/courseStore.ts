// Courses in Azure Tables, one partition per course (PartitionKey = courseId) in the courses table:
//   "course"            the course (lists as JSON text)
//   "session-<id>"      one row per session
//   "event-<id>"        announcements of its changes (see eventStore.ts)
// A change writes the course row (at the ETag it was read with), its sessions and its events in
// one transaction, so two coordinators editing at once cannot silently overwrite each other.
// With SharePoint, the same transaction records the change's write-back (a ChangeHook, the
// outbox's row in this partition); a change that came from the lists is not written back.
import { odata, type TableClient, type TransactionAction } from "@azure/data-tables";
import type { CourseEvent } from "../contract/index.js";
import { courseRecordSchema, type CourseRecord } from "../domain/catalogue/courseSchema.js";
import type { ChangeHook } from "./changeHook.js";
import { eventAction } from "./eventStore.js";
import { isNotFound } from "./optimisticRetry.js";
import type { Tables } from "./tables.js";

const COURSE_ROW = "course";
const sessionRow = (id: string) => `session-${id}`;
/** The course row and the session rows, not the events. */
const COURSE_AND_SESSIONS = odata`(RowKey eq ${COURSE_ROW} or (RowKey ge ${"session-"} and RowKey lt ${"session."}))`;

type Session = CourseRecord["sessions"][number];

export interface StoredCourse {
  record: CourseRecord;
  etag: string;
}

/** `fromList`: the change came from the SharePoint lists (the sync), so it is not written back to them. */
export interface CourseWriteOptions {
  fromList?: boolean;
}

export class CourseStore {
  constructor(
    private readonly tables: Tables,
    private readonly writeBack?: ChangeHook,
  ) {}

  /** The write-back's action for this transaction, after noting the course for the workers. */
  private async writeBackActions(courseId: string, options: CourseWriteOptions): Promise<TransactionAction[]> {
    if (!this.writeBack || options.fromList) return [];
    await this.writeBack.before(courseId);
    return [this.writeBack.action(courseId)];
  }

  private table(): Promise<TableClient> {
    return this.tables.table("courses");
  }

  /** Creates a course; 409 from the store if the id is taken. */
  async create(record: CourseRecord, events: CourseEvent[] = [], options: CourseWriteOptions = {}): Promise<void> {
    const table = await this.table();
    await table.submitTransaction([
      ["create", toCourseRow(record)],
      ...record.sessions.map((s): TransactionAction => ["create", toSessionRow(record.id, s)]),
      ...events.map(eventAction),
      ...(await this.writeBackActions(record.id, options)),
    ]);
  }

  /** Replaces a course read at `previous.etag`; a concurrent change makes it fail with 412. */
  async replace(previous: StoredCourse, next: CourseRecord, events: CourseEvent[] = [], options: CourseWriteOptions = {}): Promise<void> {
    const table = await this.table();
    const removed = previous.record.sessions.filter((s) => !next.sessions.some((n) => n.id === s.id));
    await table.submitTransaction([
      ["update", toCourseRow(next), "Replace", { etag: previous.etag }],
      ...next.sessions.map((s): TransactionAction => ["upsert", toSessionRow(next.id, s), "Replace"]),
      ...removed.map((s): TransactionAction => ["delete", { partitionKey: next.id, rowKey: sessionRow(s.id) }]),
      ...events.map(eventAction),
      ...(await this.writeBackActions(next.id, options)),
    ]);
  }

  async get(courseId: string): Promise<StoredCourse | undefined> {
    const table = await this.table();
    const rows: Record<string, unknown>[] = [];
    const filter = odata`PartitionKey eq ${courseId}` + ` and ${COURSE_AND_SESSIONS}`;
    for await (const row of table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) rows.push(row);
    const course = rows.find((r) => r.rowKey === COURSE_ROW);
    if (!course) return undefined;
    return { record: fromRows(course, rows), etag: String(course.etag) };
  }

  /** Every course with its sessions. Rows that do not validate are reported, not served. */
  async loadAll(): Promise<{ courses: CourseRecord[]; rejected: { id: string; reason: string }[] }> {
    const table = await this.table();
    const byCourse = new Map<string, Record<string, unknown>[]>();
    for await (const row of table.listEntities<Record<string, unknown>>({ queryOptions: { filter: COURSE_AND_SESSIONS } })) {
      const list = byCourse.get(row.partitionKey!) ?? [];
      list.push(row);
      byCourse.set(row.partitionKey!, list);
    }
    const courses: CourseRecord[] = [];
    const rejected: { id: string; reason: string }[] = [];
    for (const [id, rows] of byCourse) {
      const course = rows.find((r) => r.rowKey === COURSE_ROW);
      if (!course) continue;
      try {
        courses.push(fromRows(course, rows));
      } catch (error) {
        rejected.push({ id, reason: String(error) });
      }
    }
    return { courses, rejected };
  }

  async count(): Promise<number> {
    const table = await this.table();
    let count = 0;
    for await (const _ of table.listEntities({ queryOptions: { filter: odata`RowKey eq ${COURSE_ROW}`, select: ["RowKey"] } })) count++;
    return count;
  }

  async exists(courseId: string): Promise<boolean> {
    try {
      await (await this.table()).getEntity(courseId, COURSE_ROW, { queryOptions: { select: ["RowKey"] } });
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }
}

function toCourseRow(c: CourseRecord) {
  const { sessions: _sessions, areas, receivingSites, providerSubRegions, project, seats, cancellationReason, ...scalars } = c;
  return {
    partitionKey: c.id,
    rowKey: COURSE_ROW,
    ...scalars,
    areas: JSON.stringify(areas),
    providerSubRegions: JSON.stringify(providerSubRegions),
    receivingSites: JSON.stringify(receivingSites),
    // Tables has no null: an absent property reads back as null.
    ...(project !== null ? { project } : {}),
    ...(seats !== null ? { seats } : {}),
    ...(cancellationReason ? { cancellationReason } : {}),
  };
}

function toSessionRow(courseId: string, s: Session) {
  return { partitionKey: courseId, rowKey: sessionRow(s.id), ...s };
}

const json = (value: unknown) => (typeof value === "string" ? JSON.parse(value) : value);

function fromRows(course: Record<string, unknown>, rows: Record<string, unknown>[]): CourseRecord {
  const sessions = rows
    .filter((r) => String(r.rowKey).startsWith("session-"))
    .map((r) => ({ id: r.id, start: r.start, end: r.end, place: r.place ?? undefined, onlineUrl: r.onlineUrl ?? undefined, hours: r.hours }))
    .sort((a, b) => Date.parse(String(a.start)) - Date.parse(String(b.start)));
  const { partitionKey: _p, rowKey: _r, etag: _e, timestamp: _t, providerSubRegion, ...fields } = course;
  return courseRecordSchema.parse({
    ...fields,
    id: course.partitionKey,
    areas: json(fields.areas),
    // Rows saved before a member could have several sub-regions hold one, as providerSubRegion.
    providerSubRegions: fields.providerSubRegions === undefined || fields.providerSubRegions === null ? [providerSubRegion] : json(fields.providerSubRegions),
    receivingSites: json(fields.receivingSites),
    project: fields.project ?? null,
    seats: fields.seats ?? null,
    cancellationReason: fields.cancellationReason ?? undefined,
    sessions,
  });
}
