// The write-back outbox in Azure Tables (docs/decisions/0007-sharepoint-through-graph.md):
//   registrations  (PK course id, RK "spout-<registration id>")  what of a registration must reach
//                  the Anmälningar list: flags created / status / attendance, merged by every change
//                  and written in the SAME transaction as the change (store/registrationWriteHook.ts),
//                  so no change is lost and no row describes a change that failed
//   spOutbox       (PK "pending", RK course id)  courses with rows to deliver, noted before the
//                  transaction (a marker without rows is harmless); workers lease a course here
//   spLinks        (PK course id, RK registration id)  the link to the list item: its id, the ETag
//                  after our last write and the values we wrote (for the 412 rule)
// One outbox row per registration, with a deterministic key: a second change before delivery
// merges into it, and delivery writes the registration's current values, so delivering twice
// gives the same list row. The row is deleted at the ETag it was read with: a change that
// arrived during delivery keeps it for the next pass.
import { odata, type TableClient, type TransactionAction } from "@azure/data-tables";
import type { OutboxStatus } from "../../contract/index.js";
import { isNotFound, statusOf } from "../../store/optimisticRetry.js";
import type { RegistrationWriteHook } from "../../store/registrationWriteHook.js";
import type { Tables } from "../../store/tables.js";

export const OUTBOX_PREFIX = "spout-";
const OUTBOX_END = "spout.";
const PENDING = "pending";

export interface OutboxRow {
  courseId: string;
  registrationId: string;
  etag: string;
  /** The list item must be created (or found by RegistrationKey) with every field. */
  created: boolean;
  status: boolean;
  attendance: boolean;
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
  ) {}

  private registrations(): Promise<TableClient> {
    return this.tables.table("registrations");
  }

  private outbox(): Promise<TableClient> {
    return this.tables.table("spOutbox");
  }

  private links(): Promise<TableClient> {
    return this.tables.table("spLinks");
  }

  async before(courseId: string): Promise<void> {
    // Merge: a worker's lease on the course stays; only its ETag changes.
    await (await this.outbox()).upsertEntity({ partitionKey: PENDING, rowKey: courseId, notedAt: this.now() }, "Merge");
  }

  alongside(courseId: string, actions: readonly TransactionAction[]): TransactionAction[] {
    const changes = new Map<string, { created?: boolean; status?: boolean; attendance?: boolean }>();
    for (const action of actions) {
      const [kind, entity] = action as [string, { rowKey?: string } & Record<string, unknown>];
      if (!entity?.rowKey?.startsWith("reg-") || kind === "delete") continue;
      const flags = changes.get(entity.rowKey.slice(4)) ?? {};
      if (kind === "create") Object.assign(flags, { created: true, status: true, attendance: true });
      if ("status" in entity) flags.status = true;
      if ("attendance" in entity) flags.attendance = true;
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
      { partitionKey: courseId, rowKey: `${OUTBOX_PREFIX}${id}`, created: true, status: true, attendance: true, ...(pending.has(id) ? {} : { changedAt: new Date(0).toISOString(), attempts: 0, nextAttemptAt: 0 }) },
      "Merge",
    ]);
    for (let i = 0; i < actions.length; i += 100) await table.submitTransaction(actions.slice(i, i + 100));
  }

  /** Registrations of a course whose write-back is pending. */
  async pendingIds(courseId: string): Promise<Set<string>> {
    return new Set((await this.rows(courseId)).map((r) => r.registrationId));
  }

  async rows(courseId: string): Promise<OutboxRow[]> {
    const table = await this.registrations();
    const filter = odata`PartitionKey eq ${courseId} and RowKey gt ${OUTBOX_PREFIX} and RowKey lt ${OUTBOX_END}`;
    const rows: OutboxRow[] = [];
    for await (const e of table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
      rows.push({
        courseId,
        registrationId: e.rowKey!.slice(OUTBOX_PREFIX.length),
        etag: e.etag,
        created: e.created === true,
        status: e.status === true,
        attendance: e.attendance === true,
        changedAt: String(e.changedAt ?? ""),
        attempts: Number(e.attempts ?? 0),
        nextAttemptAt: Number(e.nextAttemptAt ?? 0),
        lastError: (e.lastError as string | undefined) ?? undefined,
      });
    }
    return rows.sort((a, b) => a.registrationId.localeCompare(b.registrationId));
  }

  /** Delivered: removes the row unless a change arrived meanwhile (then it stays for the next pass). */
  async done(row: OutboxRow): Promise<boolean> {
    try {
      await (await this.registrations()).deleteEntity(row.courseId, `${OUTBOX_PREFIX}${row.registrationId}`, { etag: row.etag });
      return true;
    } catch (error) {
      if (statusOf(error) === 412 || isNotFound(error)) return false;
      throw error;
    }
  }

  /** Not delivered: tried again after a growing wait (2 s, 4 s, ... at most 15 minutes). */
  async failed(row: OutboxRow, reason: string): Promise<void> {
    const attempts = row.attempts + 1;
    const waitMs = Math.min(15 * 60_000, 1000 * 2 ** attempts);
    const entity = { partitionKey: row.courseId, rowKey: `${OUTBOX_PREFIX}${row.registrationId}`, attempts, nextAttemptAt: this.now() + waitMs, lastError: reason.slice(0, 1000) };
    await (await this.registrations()).updateEntity(entity, "Merge", { etag: row.etag }).catch((error) => {
      if (statusOf(error) !== 412 && !isNotFound(error)) throw error;
    });
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
      const e = await (await this.links()).getEntity<{ itemId: string; itemEtag?: string; written?: string }>(courseId, registrationId);
      return { itemId: e.itemId, etag: e.itemEtag ?? undefined, written: JSON.parse(e.written ?? "{}") };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async saveLink(courseId: string, registrationId: string, link: ItemLink): Promise<void> {
    const entity = { partitionKey: courseId, rowKey: registrationId, itemId: link.itemId, itemEtag: link.etag, written: JSON.stringify(link.written) };
    await (await this.links()).upsertEntity(entity, "Replace");
  }

  async status(): Promise<OutboxStatus> {
    const rows = (await Promise.all((await this.pendingCourses()).map((c) => this.rows(c.courseId)))).flat();
    const failing = rows.filter((r) => r.attempts > 0);
    const oldest = rows.map((r) => r.changedAt).sort()[0];
    const lastError = failing.sort((a, b) => b.nextAttemptAt - a.nextAttemptAt)[0]?.lastError;
    return { pending: rows.length, failing: failing.length, ...(oldest ? { oldestChangeAt: oldest } : {}), ...(lastError ? { lastError } : {}) };
  }
}
