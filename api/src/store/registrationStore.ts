// Registrations in Azure Tables, one partition per course (PartitionKey = courseId):
//   "ledger"           the seat ledger (who holds a seat, who waits, in arrival order)
//   "reg-<id>"         one row per registration (person, how their member was decided, who
//                      registered them, site, status, attendance)
//   "person-<key>"     marks a person's active registration: created with the registration and
//                      deleted with its cancellation, so a second one fails even on a stale read
//   "event-<id>"       a promotion from the waitlist for the bot to tell the person (eventStore.ts),
//                      written in the transaction that gives the seat, so no promotion goes untold
// Every seat decision reads the ledger with its ETag, asks the pure rules (domain/catalogue/
// seatRules.ts) and writes the registration rows and the new ledger in ONE transaction whose
// ledger update carries that ETag. A concurrent writer makes it fail with 412; we then re-read
// and decide again (optimisticRetry.ts). The ETag is the only arbiter, so the rules hold across
// API instances.
//
// Contention: a course that opens attracts many registrations at once, and with optimistic
// concurrency alone nearly every attempt then loses to another and retries (200 at once cost
// 2,000-4,000 attempts and 20-50 s). So an instance sends one seat decision per course at a time
// to the store (`inTurn`, a per-course queue in arrival order), and while that queue is busy it
// remembers the ledger and ETag its own last write produced, so the next decision needs no read.
// That is throughput, not correctness: other instances still race through the ETag (a stale
// remembered ledger fails with 412 and is read again), and the rules hold without the queue.
import { odata, type TableClient, type TransactionAction } from "@azure/data-tables";
import type { CourseRecord } from "../domain/catalogue/courseSchema.js";
import { seatedCourse } from "../domain/catalogue/courseView.js";
import type { MemberSource } from "../contract/index.js";
import { poolOf, registrationRecordSchema, type RegistrationRecord } from "../domain/catalogue/registrationRecord.js";
import { decideCancellation, decideRegistration, emptyLedger, fillSeats, type RegistrationRefusal, type SeatLedger } from "../domain/catalogue/seatRules.js";
import { toStockholmIso } from "@campus-westum/bot/stockholmClock";
import { eventAction, newEventId } from "./eventStore.js";
import { isNotFound, statusOf, withOptimisticRetry } from "./optimisticRetry.js";
import { LEDGER_ROW, ledgerFromProperties, ledgerToProperties } from "./seatLedgerRow.js";
import { listAll, type Tables } from "./tables.js";
import type { RegistrationWriteHook } from "./registrationWriteHook.js";

const regRow = (id: string) => `reg-${id}`;
/** Person ids are free text when a coordinator types them; base64url keeps RowKeys legal. */
export const personKey = (personId: string) => Buffer.from(personId, "utf8").toString("base64url");
const personRow = (personId: string) => `person-${personKey(personId)}`;

interface RegistrationRow {
  personId: string;
  personName: string;
  personEmail: string;
  personMemberId: string;
  siteMemberId?: string;
  status: string;
  createdAt: string;
  createdBy: string;
  createdByName?: string;
  /** Absent on rows written before it was recorded (see fromRow). */
  memberSource?: string;
  cancelledAt?: string;
  promotedAt?: string;
  attendance: string;
}

export interface NewRegistration {
  person: RegistrationRecord["person"];
  siteMemberId?: string;
  createdBy: string;
  /** The name of whoever registered someone else. */
  createdByName?: string;
  /** Default: "coordinator" for a coordinator registering someone else, else "declared" (unchecked). */
  memberSource?: MemberSource;
  byCoordinatorForOther: boolean;
}

export type RegisterOutcome = { ok: true; record: RegistrationRecord; ledger: SeatLedger } | { ok: false; reason: RegistrationRefusal; existingId?: string };

interface LedgerRead {
  ledger: SeatLedger;
  /** Absent: no ledger yet (the first registration creates it). */
  etag?: string;
}

export interface CourseRegistrations {
  ledger: SeatLedger;
  registrations: RegistrationRecord[];
}

export class RegistrationStore {
  constructor(
    private readonly tables: Tables,
    private readonly now: () => number = Date.now,
    /** Adds actions to every registration transaction (the SharePoint write-back outbox). */
    private readonly hook?: RegistrationWriteHook,
  ) {}

  /** Per course: the tail of this instance's queue of seat decisions, and the ledger as our last write left it. */
  private readonly turns = new Map<string, { tail: Promise<void>; known?: LedgerRead }>();

  private table(): Promise<TableClient> {
    return this.tables.table("registrations");
  }

  /** Runs a seat decision after the earlier ones on the same course in this instance (see the header). */
  private inTurn<T>(courseId: string, work: () => Promise<T>): Promise<T> {
    const turn = this.turns.get(courseId) ?? { tail: Promise.resolve() };
    const mine = turn.tail.then(work);
    const tail = mine.then(
      () => undefined,
      () => undefined,
    );
    turn.tail = tail;
    this.turns.set(courseId, turn);
    void tail.then(() => {
      if (turn.tail === tail) this.turns.delete(courseId);
    });
    return mine;
  }

  /** The ledger to decide on: as our own last write left it (while the course's queue is busy), else read. */
  private async currentLedger(table: TableClient, courseId: string, previousError: unknown): Promise<LedgerRead> {
    const turn = this.turns.get(courseId);
    if (turn?.known && previousError === undefined) return turn.known;
    return this.readLedger(table, courseId);
  }

  /** Submits a transaction whose last action is the ledger write, and remembers the ledger it wrote. */
  private async submitWithLedger(table: TableClient, courseId: string, actions: TransactionAction[], ledger: SeatLedger, etag: string | undefined): Promise<void> {
    const turn = this.turns.get(courseId);
    if (turn) turn.known = undefined;
    await this.hook?.before(courseId);
    const response = await table.submitTransaction([...actions, ...(this.hook?.alongside(courseId, actions) ?? []), ledgerWrite(courseId, ledger, etag)]);
    const written = response.subResponses.at(-1)?.etag;
    if (turn && written) turn.known = { ledger, etag: written };
  }

  /** Registers a person: a seat if one is free in their pool, else the end of its waitlist. */
  async register(course: CourseRecord, request: NewRegistration): Promise<RegisterOutcome> {
    const table = await this.table();
    // Noted before the seat transaction, so "my registrations" never misses one after a crash;
    // readers check the course partition, which stays the truth.
    await (await this.tables.table("personCourses")).upsertEntity({ partitionKey: personKey(request.person.id), rowKey: course.id }, "Replace");
    // The person's active registration is read once: a registration made meanwhile (a double
    // click) makes our person row's create fail with 409, and only then is it read again.
    let active = this.activeOf(table, course.id, request.person.id);
    active.catch(() => undefined); // awaited in turn; not an unhandled rejection meanwhile
    return this.inTurn(course.id, () => withOptimisticRetry(async (previousError) => {
      if (statusOf(previousError) === 409) active = this.activeOf(table, course.id, request.person.id);
      const [{ ledger, etag }, existing] = await Promise.all([this.currentLedger(table, course.id, previousError), active]);
      const nowMs = this.now();
      const decision = decideRegistration({
        course: seatedCourse(course),
        ledger,
        nowMs,
        siteMemberId: request.siteMemberId,
        personHasActiveRegistration: existing !== undefined,
        byCoordinatorForOther: request.byCoordinatorForOther,
      });
      if (!decision.ok) return { ok: false, reason: decision.reason, ...(existing ? { existingId: existing } : {}) };
      const record: RegistrationRecord = {
        id: decision.registrationId,
        courseId: course.id,
        person: request.person,
        ...(request.siteMemberId ? { siteMemberId: request.siteMemberId } : {}),
        status: decision.status,
        createdAt: toStockholmIso(nowMs),
        createdBy: request.createdBy,
        ...(request.createdByName ? { createdByName: request.createdByName } : {}),
        memberSource: request.memberSource ?? (request.byCoordinatorForOther ? "coordinator" : "declared"),
        attendance: {},
      };
      await this.submitWithLedger(
        table,
        course.id,
        [
          ["create", toRow(record)],
          ["create", { partitionKey: course.id, rowKey: personRow(request.person.id), registrationId: record.id }],
        ],
        decision.ledger,
        etag,
      );
      return { ok: true, record, ledger: decision.ledger };
    }));
  }

  /** Cancels a registration; a freed seat goes to the first waitlisted of the same pool, in the same transaction. */
  async cancel(course: CourseRecord, registrationId: string): Promise<{ record: RegistrationRecord; promoted: string[]; ledger: SeatLedger } | undefined> {
    const table = await this.table();
    return this.inTurn(course.id, () => withOptimisticRetry(async (previousError) => {
      const [{ ledger, etag }, record] = await Promise.all([this.currentLedger(table, course.id, previousError), this.get(course.id, registrationId)]);
      if (!record) return undefined;
      if (record.status === "cancelled") return { record, promoted: [], ledger };
      const decision = decideCancellation(seatedCourse(course), ledger, poolOf(record), record.id);
      const nowMs = this.now();
      const cancelled: RegistrationRecord = { ...record, status: "cancelled", cancelledAt: toStockholmIso(nowMs) };
      await this.submitWithLedger(
        table,
        course.id,
        [
          // Status only: attendance recorded meanwhile must not be overwritten with what we read.
          ["update", { partitionKey: course.id, rowKey: regRow(record.id), status: cancelled.status, cancelledAt: cancelled.cancelledAt }, "Merge"],
          ["delete", { partitionKey: course.id, rowKey: personRow(record.person.id) }],
          ...promotionActions(course, decision.promoted, nowMs),
        ],
        decision.ledger,
        etag,
      );
      return { record: cancelled, promoted: decision.promoted, ledger: decision.ledger };
    }));
  }

  /** Gives seats that became free (a coordinator added seats) to the waitlists, in arrival order. */
  async fillFreeSeats(course: CourseRecord): Promise<string[]> {
    const table = await this.table();
    return this.inTurn(course.id, () => withOptimisticRetry(async (previousError) => {
      const { ledger, etag } = await this.currentLedger(table, course.id, previousError);
      const { ledger: next, promoted } = fillSeats(seatedCourse(course), ledger);
      if (promoted.length === 0) return [];
      await this.submitWithLedger(
        table,
        course.id,
        promotionActions(course, promoted, this.now()),
        next,
        etag,
      );
      return promoted;
    }));
  }

  /** Replaces the attendance of registrations, each written only if it did not change since read. */
  async saveAttendance(courseId: string, changes: { record: RegistrationRecord; etag: string }[]): Promise<void> {
    const table = await this.table();
    const step = this.hook ? 50 : 100; // a hook adds up to one action per change
    for (let i = 0; i < changes.length; i += step) {
      const actions = changes.slice(i, i + step).map(({ record, etag }): TransactionAction => [
        "update",
        { partitionKey: courseId, rowKey: regRow(record.id), attendance: JSON.stringify(record.attendance) },
        "Merge",
        { etag },
      ]);
      await this.hook?.before(courseId);
      await table.submitTransaction([...actions, ...(this.hook?.alongside(courseId, actions) ?? [])]);
    }
  }

  /**
   * A coordinator's correction of the person's member. Only those columns are merged, at the
   * ETag read: a status or attendance change meanwhile makes it read again, and is kept. The
   * hook's write-back goes in the same transaction, so the list's member follows.
   */
  async setMember(courseId: string, registrationId: string, memberId: string): Promise<RegistrationRecord | undefined> {
    const table = await this.table();
    return withOptimisticRetry(async () => {
      const found = await this.getWithEtag(courseId, registrationId);
      if (!found) return undefined;
      const record: RegistrationRecord = { ...found.record, person: { ...found.record.person, memberId }, memberSource: "coordinator" };
      const actions: TransactionAction[] = [
        ["update", { partitionKey: courseId, rowKey: regRow(registrationId), personMemberId: memberId, memberSource: record.memberSource }, "Merge", { etag: found.etag }],
      ];
      await this.hook?.before(courseId);
      await table.submitTransaction([...actions, ...(this.hook?.alongside(courseId, actions) ?? [])]);
      return record;
    });
  }

  async get(courseId: string, registrationId: string): Promise<RegistrationRecord | undefined> {
    return (await this.getWithEtag(courseId, registrationId))?.record;
  }

  async getWithEtag(courseId: string, registrationId: string): Promise<{ record: RegistrationRecord; etag: string } | undefined> {
    const table = await this.table();
    try {
      const row = await table.getEntity<RegistrationRow>(courseId, regRow(registrationId));
      return { record: fromRow(courseId, registrationId, row), etag: row.etag };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** The ledger and every registration of a course, with ETags of the rows for attendance updates. */
  async list(courseId: string): Promise<CourseRegistrations & { etags: Map<string, string> }> {
    const table = await this.table();
    const rows = await listAll<Record<string, unknown>>(table, courseId);
    const ledgerRow = rows.find((r) => r.rowKey === LEDGER_ROW);
    const registrations: RegistrationRecord[] = [];
    const etags = new Map<string, string>();
    for (const row of rows.filter((r) => r.rowKey.startsWith("reg-"))) {
      const id = row.rowKey.slice(4);
      registrations.push(fromRow(courseId, id, row as unknown as RegistrationRow));
      etags.set(id, String((row as { etag?: string }).etag));
    }
    return { ledger: ledgerRow ? ledgerFromProperties(ledgerRow) : emptyLedger(), registrations, etags };
  }

  /** Every registration of a person, on any course, from the course partitions. */
  async ofPerson(personId: string): Promise<RegistrationRecord[]> {
    const [index, table] = await Promise.all([this.tables.table("personCourses"), this.table()]);
    const courseIds = (await listAll(index, personKey(personId))).map((row) => row.rowKey);
    const perCourse = await Promise.all(
      courseIds.map(async (courseId) => {
        const rows = table.listEntities<RegistrationRow>({ queryOptions: { filter: odata`PartitionKey eq ${courseId} and personId eq ${personId}` } });
        const found: RegistrationRecord[] = [];
        for await (const row of rows) found.push(fromRow(courseId, row.rowKey!.slice(4), row));
        return found;
      }),
    );
    return perCourse.flat();
  }

  /** Ledgers of all courses, for seat counts in search results. */
  async allLedgers(): Promise<Map<string, SeatLedger>> {
    const table = await this.table();
    const ledgers = new Map<string, SeatLedger>();
    for await (const row of table.listEntities<Record<string, unknown>>({ queryOptions: { filter: odata`RowKey eq ${LEDGER_ROW}` } })) {
      ledgers.set(row.partitionKey!, ledgerFromProperties(row));
    }
    return ledgers;
  }

  async ledger(courseId: string): Promise<SeatLedger> {
    return (await this.readLedger(await this.table(), courseId)).ledger;
  }

  private async readLedger(table: TableClient, courseId: string): Promise<LedgerRead> {
    try {
      const row = await table.getEntity<Record<string, unknown>>(courseId, LEDGER_ROW);
      return { ledger: ledgerFromProperties(row), etag: row.etag };
    } catch (error) {
      if (isNotFound(error)) return { ledger: emptyLedger() };
      throw error;
    }
  }

  private async activeOf(table: TableClient, courseId: string, personId: string): Promise<string | undefined> {
    try {
      return (await table.getEntity<{ registrationId: string }>(courseId, personRow(personId))).registrationId;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }
}

/** Seats given from the waitlist: each registration's status and when, and one event for the bot to tell them. */
function promotionActions(course: CourseRecord, promoted: readonly string[], nowMs: number): TransactionAction[] {
  if (promoted.length === 0) return [];
  const at = toStockholmIso(nowMs);
  return [
    ...promoted.map((id): TransactionAction => ["update", { partitionKey: course.id, rowKey: regRow(id), status: "registered", promotedAt: at }, "Merge"]),
    eventAction({ id: newEventId(nowMs), courseId: course.id, type: "registration-promoted", at, title: course.title, registrationIds: [...promoted] }),
  ];
}

/** The ledger write that makes the transaction conditional: create if new (409 if someone else did), else replace at the read ETag. */
function ledgerWrite(courseId: string, ledger: SeatLedger, etag: string | undefined): TransactionAction {
  const entity = { partitionKey: courseId, rowKey: LEDGER_ROW, ...ledgerToProperties(ledger) };
  return etag ? ["update", entity, "Replace", { etag }] : ["create", entity];
}

function toRow(r: RegistrationRecord) {
  return {
    partitionKey: r.courseId,
    rowKey: regRow(r.id),
    personId: r.person.id,
    personName: r.person.name,
    personEmail: r.person.email,
    personMemberId: r.person.memberId,
    siteMemberId: r.siteMemberId,
    status: r.status,
    createdAt: r.createdAt,
    createdBy: r.createdBy,
    createdByName: r.createdByName,
    memberSource: r.memberSource,
    cancelledAt: r.cancelledAt,
    promotedAt: r.promotedAt,
    attendance: JSON.stringify(r.attendance),
  };
}

function fromRow(courseId: string, id: string, row: RegistrationRow): RegistrationRecord {
  return registrationRecordSchema.parse({
    id,
    courseId,
    person: { id: row.personId, name: row.personName, email: row.personEmail, memberId: row.personMemberId },
    siteMemberId: row.siteMemberId ?? undefined,
    status: row.status,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    createdByName: row.createdByName ?? undefined,
    // Rows from before memberSource was recorded: a staff member could then name any member, so
    // her own registrations count as declared (coordinators see them to check).
    memberSource: row.memberSource ?? (row.createdBy === row.personId ? "declared" : "coordinator"),
    cancelledAt: row.cancelledAt ?? undefined,
    promotedAt: row.promotedAt ?? undefined,
    attendance: JSON.parse(row.attendance ?? "{}"),
  });
}
