// The write-back outbox in Azure Tables (docs/decisions/0007-sharepoint-through-graph.md):
//   registrations  (PK course id, RK "spout-<registration id>")  what of a registration must reach
//                  the Anmälningar list: flags created / status / attendance / member, merged by every change
//                  and written in the SAME transaction as the change (store/registrationWriteHook.ts),
//                  so no change is lost and no row describes a change that failed
//   courses, fika, the rows of what coordinators make in the tabs (a course with its sessions and
//   needs          receiving sites, a fika series, a needs round with its answers), written in the
//                  same transaction as the change (store/changeHook.ts); where each kind lives:
//                  outboxItems.ts
//   spOutbox       (PK "pending", RK course id or "fika~<series id>")  groups with rows to deliver,
//                  noted before the transaction (a marker without rows is harmless); workers lease
//                  a group here
//   spLinks        (PK course id, RK registration id)  the link to the list item: its id, the ETag
//                  after our last write and the values we wrote (for the 412 rule)
// One outbox row per registration, with a deterministic key: a second change before delivery
// merges into it, and delivery writes the registration's current values, so delivering twice
// gives the same list row. The row is deleted at the ETag it was read with: a change that
// arrived during delivery keeps it for the next pass.
// A row that failed `maxAttempts` times is dead-lettered: workers skip it and the coordinators'
// sync-health view lists it until one of them retries it (fresh attempts) or a new change of the
// registration (which merges attempts 0) revives it.
import { odata, type TableClient, type TransactionAction } from "@azure/data-tables";
import type { OutboxStatus, WriteBackFailure } from "../../contract/index.js";
import { isNotFound, statusOf } from "../../store/optimisticRetry.js";
import type { ChangeHook } from "../../store/changeHook.js";
import type { RegistrationWriteHook } from "../../store/registrationWriteHook.js";
import type { Tables } from "../../store/tables.js";
import { ItemLinks } from "./itemLinks.js";
import { isSingleRowGroup, kindOf, locate, OUTBOX_PREFIX, outboxHook, type OutboxKind, type RowLocation } from "./outboxItems.js";

export { OUTBOX_PREFIX } from "./outboxItems.js";
const OUTBOX_END = "spout.";
const PENDING = "pending";
/** SHAREPOINT_WRITE_MAX_ATTEMPTS's default (api/src/config.ts): about three hours of retrying. */
export const DEFAULT_WRITE_MAX_ATTEMPTS = 20;
/** Failed write-backs listed in the status; the counts cover them all. */
const FAILURES_SHOWN = 50;

export interface OutboxRow {
  kind: OutboxKind;
  /** The group: the course id, or "fika~<series id>" (outboxItems.ts). */
  courseId: string;
  /** Empty for course and fika rows. */
  registrationId: string;
  etag: string;
  /** The list item must be created (or found by RegistrationKey) with every field. */
  created: boolean;
  status: boolean;
  attendance: boolean;
  /** A coordinator corrected the member the person's hours count for. */
  member: boolean;
  /** When the app made the (last) change: the 412 rule compares it with the item's Modified. */
  changedAt: string;
  attempts: number;
  nextAttemptAt: number;
  lastError?: string;
}

export interface ItemLink {
  itemId: string;
  etag?: string;
  /** List field -> the value we last wrote. */
  written: Record<string, unknown>;
  /** The list kept a coordinator's later value over ours at the last write: a conflict is shown on the course. */
  refused?: boolean;
}

export interface PendingCourse {
  courseId: string;
  etag: string;
  leaseUntil: number;
  owner?: string;
}

export class OutboxStore implements RegistrationWriteHook {
  constructor(
    private readonly tables: Tables,
    private readonly now: () => number = Date.now,
    readonly maxAttempts: number = DEFAULT_WRITE_MAX_ATTEMPTS,
  ) {}

  /** Dead-lettered: failed as often as allowed; only a coordinator's retry sends it again. */
  isDead(row: OutboxRow): boolean {
    return row.attempts >= this.maxAttempts;
  }

  /** A worker delivers it now: alive, and its wait after the last failure is over. */
  isDue(row: OutboxRow): boolean {
    return !this.isDead(row) && row.nextAttemptAt <= this.now();
  }

  private registrations(): Promise<TableClient> {
    return this.tables.table("registrations");
  }

  private outbox(): Promise<TableClient> {
    return this.tables.table("spOutbox");
  }

  private links(): Promise<TableClient> {
    return this.tables.table("spLinks");
  }

  private itemLinks: ItemLinks | undefined;

  /** The links of course and fika items, and the writes the lists refused (itemLinks.ts). */
  get courseLinks(): ItemLinks {
    return (this.itemLinks ??= new ItemLinks(this.tables));
  }

  private async at(location: RowLocation): Promise<{ table: TableClient; partitionKey: string; rowKey: string }> {
    return { table: await this.tables.table(location.table), partitionKey: location.partitionKey, rowKey: location.rowKey };
  }

  /** For CourseStore: every course change records its write-back in the same transaction. */
  courseHook(): ChangeHook {
    return outboxHook("course", (group) => this.before(group), this.now);
  }

  /** For FikaStore: every series change records its write-back in the same transaction. */
  fikaHook(): ChangeHook {
    return outboxHook("fika", (group) => this.before(group), this.now);
  }

  /** For NeedsStore: every change of a round or of one of its answers records the round's write-back in the same transaction. */
  needsHook(): ChangeHook {
    return outboxHook("needs", (group) => this.before(group), this.now);
  }

  async before(courseId: string): Promise<void> {
    // Merge: a worker's lease on the course stays; only its ETag changes.
    await (await this.outbox()).upsertEntity({ partitionKey: PENDING, rowKey: courseId, notedAt: this.now() }, "Merge");
  }

  alongside(courseId: string, actions: readonly TransactionAction[]): TransactionAction[] {
    const changes = new Map<string, { created?: boolean; status?: boolean; attendance?: boolean; member?: boolean }>();
    for (const action of actions) {
      const [kind, entity] = action as [string, { rowKey?: string } & Record<string, unknown>];
      if (!entity?.rowKey?.startsWith("reg-") || kind === "delete") continue;
      const flags = changes.get(entity.rowKey.slice(4)) ?? {};
      if (kind === "create") Object.assign(flags, { created: true, status: true, attendance: true, member: true });
      if ("status" in entity) flags.status = true;
      if ("attendance" in entity) flags.attendance = true;
      if ("personMemberId" in entity) flags.member = true;
      changes.set(entity.rowKey.slice(4), flags);
    }
    const changedAt = new Date(this.now()).toISOString();
    return [...changes].map(([id, flags]): TransactionAction => [
      "upsert",
      { partitionKey: courseId, rowKey: `${OUTBOX_PREFIX}${id}`, ...flags, changedAt, attempts: 0, nextAttemptAt: 0 },
      "Merge",
    ]);
  }

  /**
   * Writes these registrations to the list again, every field (a delta answered 410
   * resyncChangesUploadDifferences: the list may lack what the app wrote). A new row carries
   * the oldest possible change time, so under the 412 rule a coordinator's edit of a field
   * wins; a row already pending keeps its own time and gains every field.
   */
  async resend(courseId: string, registrationIds: string[]): Promise<void> {
    await this.before(courseId);
    const pending = await this.pendingIds(courseId);
    const table = await this.registrations();
    const actions = registrationIds.map((id): TransactionAction => [
      "upsert",
      { partitionKey: courseId, rowKey: `${OUTBOX_PREFIX}${id}`, created: true, status: true, attendance: true, member: true, ...(pending.has(id) ? {} : { changedAt: new Date(0).toISOString(), attempts: 0, nextAttemptAt: 0 }) },
      "Merge",
    ]);
    for (let i = 0; i < actions.length; i += 100) await table.submitTransaction(actions.slice(i, i + 100));
  }

  /** Registrations of a course whose write-back is pending. */
  async pendingIds(courseId: string): Promise<Set<string>> {
    return new Set((await this.registrationRows(courseId)).map((r) => r.registrationId));
  }

  /** Whether the course's own write-back (course, sessions, sites) is pending. */
  async coursePending(courseId: string): Promise<boolean> {
    return (await this.pointRow(courseId)) !== undefined;
  }

  /** A group's rows: a series' or a round's row, or a course's row before its registrations'. */
  async rows(group: string): Promise<OutboxRow[]> {
    const own = await this.pointRow(group);
    if (isSingleRowGroup(group)) return own ? [own] : [];
    return [...(own ? [own] : []), ...(await this.registrationRows(group))];
  }

  /** The course's, the series' or the round's own row (registration id empty). */
  private async pointRow(group: string): Promise<OutboxRow | undefined> {
    const { table, partitionKey, rowKey } = await this.at(locate(group, ""));
    try {
      return rowOf(group, "", await table.getEntity<Record<string, unknown>>(partitionKey, rowKey));
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  private async registrationRows(courseId: string): Promise<OutboxRow[]> {
    const table = await this.registrations();
    const filter = odata`PartitionKey eq ${courseId} and RowKey gt ${OUTBOX_PREFIX} and RowKey lt ${OUTBOX_END}`;
    const rows: OutboxRow[] = [];
    for await (const e of table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) rows.push(rowOf(courseId, e.rowKey!.slice(OUTBOX_PREFIX.length), e));
    return rows.sort((a, b) => a.registrationId.localeCompare(b.registrationId));
  }

  /** Delivered: removes the row unless a change arrived meanwhile (then it stays for the next pass). */
  async done(row: OutboxRow): Promise<boolean> {
    try {
      const { table, partitionKey, rowKey } = await this.at(locate(row.courseId, row.registrationId));
      await table.deleteEntity(partitionKey, rowKey, { etag: row.etag });
      return true;
    } catch (error) {
      if (statusOf(error) === 412 || isNotFound(error)) return false;
      throw error;
    }
  }

  /** Not delivered: tried again after a growing wait (2 s, 4 s, ... at most 15 minutes), or dead-lettered at the limit. */
  async failed(row: OutboxRow, reason: string): Promise<{ dead: boolean }> {
    const attempts = row.attempts + 1;
    const waitMs = Math.min(15 * 60_000, 1000 * 2 ** attempts);
    const { table, partitionKey, rowKey } = await this.at(locate(row.courseId, row.registrationId));
    const entity = { partitionKey, rowKey, attempts, nextAttemptAt: this.now() + waitMs, lastError: reason.slice(0, 1000) };
    await table.updateEntity(entity, "Merge", { etag: row.etag }).catch((error) => {
      if (statusOf(error) !== 412 && !isNotFound(error)) throw error;
    });
    return { dead: attempts >= this.maxAttempts };
  }

  /**
   * A coordinator's "retry": the row gets fresh attempts and is due at once; its course is noted
   * again for the workers. False when no such row waits (delivered, or never there).
   */
  async retry(courseId: string, registrationId: string): Promise<boolean> {
    await this.before(courseId);
    const { table, partitionKey, rowKey } = await this.at(locate(courseId, registrationId));
    const entity = { partitionKey, rowKey, attempts: 0, nextAttemptAt: 0 };
    try {
      await table.updateEntity(entity, "Merge", { etag: "*" });
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  async pendingCourses(): Promise<PendingCourse[]> {
    const table = await this.outbox();
    const found: PendingCourse[] = [];
    for await (const e of table.listEntities<Record<string, unknown>>({ queryOptions: { filter: odata`PartitionKey eq ${PENDING}` } })) {
      found.push({ courseId: e.rowKey!, etag: e.etag, leaseUntil: Number(e.leaseUntil ?? 0), owner: (e.owner as string | undefined) ?? undefined });
    }
    return found;
  }

  /** Takes the course for `leaseMs` if nobody holds it; the new ETag, or undefined. */
  async lease(course: PendingCourse, owner: string, leaseMs: number): Promise<string | undefined> {
    if (course.leaseUntil > this.now() && course.owner !== owner) return undefined;
    try {
      const entity = { partitionKey: PENDING, rowKey: course.courseId, leaseUntil: this.now() + leaseMs, owner };
      return (await (await this.outbox()).updateEntity(entity, "Merge", { etag: course.etag })).etag;
    } catch (error) {
      if (statusOf(error) === 412 || isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** Extends a held lease; returns the new ETag. */
  async renew(courseId: string, owner: string, leaseMs: number): Promise<string | undefined> {
    const entity = { partitionKey: PENDING, rowKey: courseId, leaseUntil: this.now() + leaseMs, owner };
    return (await (await this.outbox()).upsertEntity(entity, "Merge")).etag;
  }

  /**
   * Gives the course back: removes its marker if nothing was noted since our last lease write
   * (same ETag) and it has no rows, else only ends the lease.
   */
  async release(courseId: string, etag: string | undefined, empty: boolean): Promise<void> {
    const table = await this.outbox();
    if (empty && etag) {
      try {
        await table.deleteEntity(PENDING, courseId, { etag });
        return;
      } catch (error) {
        if (statusOf(error) !== 412 && !isNotFound(error)) throw error;
      }
    }
    await table.upsertEntity({ partitionKey: PENDING, rowKey: courseId, leaseUntil: 0 }, "Merge");
  }

  async link(courseId: string, registrationId: string): Promise<ItemLink | undefined> {
    try {
      const e = await (await this.links()).getEntity<{ itemId: string; itemEtag?: string; written?: string; refused?: boolean }>(courseId, registrationId);
      return { itemId: e.itemId, etag: e.itemEtag ?? undefined, written: JSON.parse(e.written ?? "{}"), refused: e.refused === true };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async saveLink(courseId: string, registrationId: string, link: ItemLink): Promise<void> {
    const entity = { partitionKey: courseId, rowKey: registrationId, itemId: link.itemId, itemEtag: link.etag, written: JSON.stringify(link.written), refused: link.refused === true };
    await (await this.links()).upsertEntity(entity, "Replace");
  }

  async status(): Promise<OutboxStatus> {
    const rows = (await Promise.all((await this.pendingCourses()).map((c) => this.rows(c.courseId)))).flat();
    const failed = rows.filter((r) => r.attempts > 0);
    const dead = failed.filter((r) => this.isDead(r));
    const oldest = rows.map((r) => r.changedAt).sort()[0];
    const lastError = failed.sort((a, b) => b.nextAttemptAt - a.nextAttemptAt)[0]?.lastError;
    // Dead-lettered first (they wait for a person), then the longest failing.
    const shown = [...dead, ...failed.filter((r) => !this.isDead(r)).sort((a, b) => b.attempts - a.attempts)].slice(0, FAILURES_SHOWN);
    return {
      pending: rows.length,
      failing: failed.length - dead.length,
      dead: dead.length,
      maxAttempts: this.maxAttempts,
      failures: shown.map((r) => this.failure(r)),
      ...(oldest ? { oldestChangeAt: oldest } : {}),
      ...(lastError ? { lastError } : {}),
    };
  }

  private failure(r: OutboxRow): WriteBackFailure {
    return {
      kind: r.kind,
      group: r.courseId,
      ...(r.registrationId ? { registrationId: r.registrationId } : {}),
      attempts: r.attempts,
      dead: this.isDead(r),
      changedAt: r.changedAt,
      ...(this.isDead(r) ? {} : { nextAttemptAt: new Date(r.nextAttemptAt).toISOString() }),
      ...(r.lastError ? { lastError: r.lastError } : {}),
    };
  }
}

function rowOf(group: string, registrationId: string, e: Record<string, unknown> & { etag: string }): OutboxRow {
  return {
    kind: kindOf(group, registrationId),
    courseId: group,
    registrationId,
    etag: e.etag,
    created: e.created === true,
    status: e.status === true,
    attendance: e.attendance === true,
    member: e.member === true,
    changedAt: String(e.changedAt ?? ""),
    attempts: Number(e.attempts ?? 0),
    nextAttemptAt: Number(e.nextAttemptAt ?? 0),
    lastError: (e.lastError as string | undefined) ?? undefined,
  };
}
