// What the sync keeps in Azure Tables, so it survives restarts and is shared by instances:
//   spDelta   (PK "delta", RK list)        the stored delta link of each list
//   spMirror  (PK list, RK item id)        the last good validated value of every item, or its
//                                          rejection reason, and the item's current fields;
//                                          deleted items become tombstones that keep the
//                                          last good value (what a deleted row was: a deleted
//                                          course row is reported, a fika row pauses its series)
//   spDelta   (PK "report", RK "last")     the last run's report, for GET /api/sync/status
//   spDelta   (PK "report", RK "lists")    per list, when a run last read it without an error
// Every write is an upsert keyed by list and item id, so applying a change twice is harmless.
import { TableTransaction, type TableClient } from "@azure/data-tables";
import type { SyncRejectedRow, SyncRun } from "../../contract/index.js";
import type { ListKey } from "../listDefinition.js";
import type { Rejection } from "../mapping/rejection.js";
import { listAll, type Tables } from "../../store/tables.js";

export interface MirrorRow {
  itemId: string;
  /** JSON of the last value that validated; kept when a later edit does not validate. */
  data?: string;
  /** JSON of the item's fields as the list has them now: a delta may send only changed fields, merged onto these. */
  fields?: string;
  rejected?: string;
  /** The rejection's column and its problem in sv and en, when the mapping named them. */
  rejectedDetail?: Omit<Rejection, "reason">;
  deleted?: boolean;
}

export type MirrorWrite = { itemId: string } & ({ kind: "good"; data: string; fields: string } | ({ kind: "rejected"; fields: string } & Rejection) | { kind: "deleted" });

/** A mirror row's rejection as the status reports it; `lastValidUsed` adds that the last good version stays in use. */
export function rejectedRow(list: ListKey, row: MirrorRow, lastValidUsed: string): SyncRejectedRow {
  const detail = row.rejectedDetail ?? {};
  if (!row.data) return { list, itemId: row.itemId, reason: row.rejected!, ...detail };
  const problem = detail.problem && { sv: `${detail.problem.sv} Den senast giltiga versionen används.`, en: `${detail.problem.en} The last valid version is used.` };
  return { list, itemId: row.itemId, reason: `${row.rejected} (${lastValidUsed})`, ...detail, ...(problem ? { problem } : {}) };
}

/**
 * Delta links saved before the mirror kept each item's fields (format 1) are not used: the
 * list is enumerated once in full, so that every row has the fields a partial delta item
 * merges onto.
 */
const MIRROR_FORMAT = 2;

const TRANSACTION_LIMIT = 100;
/** Up to this many changed items, their stored fields are read one by one rather than with the whole list. */
const POINT_READS = 50;

export class SyncState {
  constructor(private readonly tables: Tables) {}

  private delta(): Promise<TableClient> {
    return this.tables.table("spDelta");
  }

  private mirror(): Promise<TableClient> {
    return this.tables.table("spMirror");
  }

  async deltaLink(list: ListKey): Promise<string | undefined> {
    try {
      const saved = await (await this.delta()).getEntity<{ link: string; format?: number }>("delta", list);
      return saved.format === MIRROR_FORMAT ? saved.link : undefined;
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 404) return undefined;
      throw error;
    }
  }

  async saveDeltaLink(list: ListKey, link: string | undefined): Promise<void> {
    const table = await this.delta();
    if (link) await table.upsertEntity({ partitionKey: "delta", rowKey: list, link, format: MIRROR_FORMAT }, "Replace");
    else await table.deleteEntity("delta", list).catch(() => undefined);
  }

  async mirrorRows(list: ListKey): Promise<MirrorRow[]> {
    const rows = await listAll<Omit<MirrorRow, "itemId" | "rejectedDetail"> & { rejectedDetail?: string }>(await this.mirror(), list);
    return rows.map((r) => ({
      itemId: r.rowKey,
      data: r.data ?? undefined,
      fields: r.fields ?? undefined,
      rejected: r.rejected ?? undefined,
      rejectedDetail: r.rejected && r.rejectedDetail ? (JSON.parse(r.rejectedDetail) as MirrorRow["rejectedDetail"]) : undefined,
      deleted: r.deleted ?? undefined,
    }));
  }

  /** The stored fields of these items: a few are read one by one, many with the list's rows. */
  async mirrorFields(list: ListKey, itemIds: string[]): Promise<Map<string, string | undefined>> {
    if (itemIds.length > POINT_READS) return new Map((await this.mirrorRows(list)).map((r) => [r.itemId, r.fields]));
    const table = await this.mirror();
    const read = async (id: string) => {
      try {
        return [id, (await table.getEntity<{ fields?: string }>(list, id)).fields] as const;
      } catch (error) {
        if ((error as { statusCode?: number }).statusCode === 404) return [id, undefined] as const;
        throw error;
      }
    };
    return new Map(await Promise.all(itemIds.map(read)));
  }

  /**
   * Applies changes in transactions of up to 100 (one partition per list). A rejected edit
   * merges only its reason, so the last good data stays; a good one replaces the row; a deletion
   * merges the tombstone mark, so the row still says what the item was.
   */
  async applyToMirror(list: ListKey, writes: MirrorWrite[]): Promise<void> {
    const table = await this.mirror();
    for (let i = 0; i < writes.length; i += TRANSACTION_LIMIT) {
      const transaction = new TableTransaction();
      for (const w of writes.slice(i, i + TRANSACTION_LIMIT)) {
        const keys = { partitionKey: list, rowKey: w.itemId };
        if (w.kind === "good") transaction.upsertEntity({ ...keys, data: w.data, fields: w.fields }, "Replace");
        // deleted: false, as the item exists again (restored from the recycle bin), if wrongly.
        else if (w.kind === "rejected") transaction.upsertEntity({ ...keys, rejected: w.reason, rejectedDetail: JSON.stringify({ column: w.column, problem: w.problem }), fields: w.fields, deleted: false }, "Merge");
        else transaction.upsertEntity({ ...keys, deleted: true }, "Merge");
      }
      await table.submitTransaction(transaction.actions);
    }
  }

  /** Saves the run and, for each list it read without an error, its finish as the list's last success. */
  async saveReport(run: SyncRun): Promise<void> {
    const successes = { ...(await this.lastSuccesses()) };
    for (const l of run.lists) if (!l.error && l.list !== "site") successes[l.list] = run.finishedAt;
    await (await this.delta()).submitTransaction([
      ["upsert", { partitionKey: "report", rowKey: "last", json: JSON.stringify(run) }, "Replace"],
      ["upsert", { partitionKey: "report", rowKey: "lists", json: JSON.stringify(successes) }, "Replace"],
    ]);
  }

  /** List key -> when a run last read it without an error. */
  async lastSuccesses(): Promise<Record<string, string>> {
    try {
      return JSON.parse((await (await this.delta()).getEntity<{ json: string }>("report", "lists")).json) as Record<string, string>;
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 404) return {};
      throw error;
    }
  }

  async lastReport(): Promise<SyncRun | undefined> {
    try {
      return JSON.parse((await (await this.delta()).getEntity<{ json: string }>("report", "last")).json) as SyncRun;
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 404) return undefined;
      throw error;
    }
  }
}
