// The delivery log in Azure Tables (table "deliveries"): one row per announcement and
// recipient, PartitionKey = announcement id, RowKey = the conversation id (base64url).
// A delivery is claimed before every send: created if new, else updated at the ETag it was read
// with, so two workers can never both hold it. The row's lease says until when a claim holds;
// a claim whose lease ran out while the row still said "sending" was cut short mid-send.
// Claims and results are written in batches (one transaction per announcement, up to 100
// rows): Tables then costs about one request per 30 deliveries instead of two per delivery.
// A batch that fails as a whole (one row conflicts) is redone row by row.
import type { TableClient, TransactionAction } from "@azure/data-tables";
import { FINAL_STATES, type ClaimResult, type DeliveryClaim, type DeliveryLedger, type DeliveryState, type Settlement } from "@campus-westum/bot";
import type { Tables } from "../store/tables.js";
import { isConflict, isPreconditionFailed, rowKeyOf } from "./tableErrors.js";

interface DeliveryRow {
  state: DeliveryState;
  attempts: number;
  leaseUntil: number;
  uncertain?: boolean;
  error?: string;
  activityId?: string;
  conversationId: string;
}

export class TablesDeliveryLedger implements DeliveryLedger {
  constructor(
    private readonly tables: Tables,
    private readonly now: () => number = Date.now,
  ) {}

  private table(): Promise<TableClient> {
    return this.tables.table("deliveries");
  }

  async claimMany(deliveries: { announcementId: string; conversationId: string }[], leaseMs: number): Promise<ClaimResult[]> {
    const table = await this.table();
    const results: ClaimResult[] = new Array(deliveries.length);
    for (const group of byAnnouncement(deliveries)) {
      const now = this.now();
      const rows = group.map(({ item }) => ({ partitionKey: item.announcementId, rowKey: rowKeyOf(item.conversationId), state: "sending", attempts: 0, leaseUntil: now + leaseMs, conversationId: item.conversationId }));
      try {
        const response = await table.submitTransaction(rows.map((row): TransactionAction => ["create", row]));
        group.forEach(({ item, index }, i) => (results[index] = claimed(item.announcementId, item.conversationId, 0, false, response.subResponses[i]?.etag)));
      } catch (error) {
        if (!isConflict(error) && statusOfBatch(error) !== 409) throw error;
        await Promise.all(group.map(async ({ item, index }) => (results[index] = await this.claim(item.announcementId, item.conversationId, leaseMs))));
      }
    }
    return results;
  }

  async settleMany(settlements: { claim: DeliveryClaim; settlement: Settlement }[]): Promise<boolean[]> {
    const table = await this.table();
    const results: boolean[] = new Array(settlements.length);
    const items = settlements.map((s) => ({ ...s, announcementId: s.claim.announcementId }));
    for (const group of byAnnouncement(items)) {
      try {
        await table.submitTransaction(group.map(({ item }): TransactionAction => ["update", settledRow(item.claim, item.settlement), "Merge", { etag: item.claim.version as string }]));
        for (const { index } of group) results[index] = true;
      } catch (error) {
        if (!isPreconditionFailed(error) && statusOfBatch(error) !== 412) throw error;
        await Promise.all(group.map(async ({ item, index }) => (results[index] = await this.settle(item.claim, item.settlement))));
      }
    }
    return results;
  }

  async claim(announcementId: string, conversationId: string, leaseMs: number): Promise<ClaimResult> {
    const table = await this.table();
    const keys = { partitionKey: announcementId, rowKey: rowKeyOf(conversationId) };
    const now = this.now();
    const fresh: DeliveryRow = { state: "sending", attempts: 0, leaseUntil: now + leaseMs, conversationId };
    try {
      const created = await table.createEntity({ ...keys, ...fresh });
      return claimed(announcementId, conversationId, 0, false, created.etag);
    } catch (error) {
      if (!isConflict(error)) throw error;
    }
    const row = await table.getEntity<DeliveryRow>(keys.partitionKey, keys.rowKey);
    if (FINAL_STATES.includes(row.state)) return { kind: "settled", state: row.state };
    if (row.state === "sending" && row.leaseUntil > now) return { kind: "busy", retryInMs: row.leaseUntil - now };
    const uncertain = row.state === "sending";
    try {
      const updated = await table.updateEntity({ ...keys, state: "sending", leaseUntil: now + leaseMs, uncertain }, "Merge", { etag: row.etag });
      return claimed(announcementId, conversationId, row.attempts, uncertain, updated.etag);
    } catch (error) {
      if (isPreconditionFailed(error)) return { kind: "busy", retryInMs: 1000 };
      throw error;
    }
  }

  async settle(claim: DeliveryClaim, settlement: Settlement): Promise<boolean> {
    const table = await this.table();
    try {
      await table.updateEntity(settledRow(claim, settlement), "Merge", { etag: claim.version as string });
      return true;
    } catch (error) {
      if (isPreconditionFailed(error)) return false;
      throw error;
    }
  }

  /** Every record of one announcement: for the delivery report. */
  async records(announcementId: string): Promise<{ state: DeliveryState; attempts: number; error?: string; conversationId: string }[]> {
    const table = await this.table();
    const rows: { state: DeliveryState; attempts: number; error?: string; conversationId: string }[] = [];
    const filter = `PartitionKey eq '${announcementId.replace(/'/g, "''")}'`;
    for await (const row of table.listEntities<DeliveryRow>({ queryOptions: { filter, select: ["state", "attempts", "error", "conversationId"] } })) {
      rows.push({ state: row.state, attempts: row.attempts, error: row.error ?? undefined, conversationId: row.conversationId });
    }
    return rows;
  }

  /**
   * A coordinator's retry of failed deliveries: each row that is still failed (or that an earlier
   * retry reopened before `staleBefore` and left waiting: state "retrying" with `marker`, in case
   * it stopped before the queue) gets its change, at the ETag it was read with, so a row the worker
   * or another retry took meanwhile is left alone. "retrying" starts the attempts afresh. Returns
   * the conversation ids changed.
   */
  async reopenFailed(announcementId: string, changes: Map<string, { state: "retrying" | "blocked"; error: string }>, marker: string, staleBefore: Date): Promise<Set<string>> {
    const table = await this.table();
    const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
    const stale = `Timestamp lt datetime'${staleBefore.toISOString()}'`;
    const filter = `PartitionKey eq ${quote(announcementId)} and (state eq 'failed' or (state eq 'retrying' and error eq ${quote(marker)} and ${stale}))`;
    const rows: (DeliveryRow & { rowKey: string; etag: string })[] = [];
    for await (const row of table.listEntities<DeliveryRow>({ queryOptions: { filter } })) if (changes.has(row.conversationId)) rows.push(row as DeliveryRow & { rowKey: string; etag: string });
    const changed = new Set<string>();
    const update = (row: DeliveryRow & { rowKey: string }) => {
      const change = changes.get(row.conversationId)!;
      return { partitionKey: announcementId, rowKey: row.rowKey, ...change, attempts: change.state === "retrying" ? 0 : row.attempts, leaseUntil: 0 };
    };
    for (let i = 0; i < rows.length; i += 100) {
      const chunk = rows.slice(i, i + 100);
      try {
        await table.submitTransaction(chunk.map((row): TransactionAction => ["update", update(row), "Merge", { etag: row.etag }]));
        for (const row of chunk) changed.add(row.conversationId);
      } catch (error) {
        if (!isPreconditionFailed(error) && statusOfBatch(error) !== 412) throw error;
        for (const row of chunk) {
          try {
            await table.updateEntity(update(row), "Merge", { etag: row.etag });
            changed.add(row.conversationId);
          } catch (rowError) {
            if (!isPreconditionFailed(rowError)) throw rowError;
          }
        }
      }
    }
    return changed;
  }
}

const claimed = (announcementId: string, conversationId: string, attempts: number, uncertain: boolean, etag: string | undefined): ClaimResult => ({
  kind: "claimed",
  claim: { announcementId, conversationId, attempts, uncertain, version: etag },
});

function settledRow(claim: DeliveryClaim, settlement: Settlement) {
  return {
    partitionKey: claim.announcementId,
    rowKey: rowKeyOf(claim.conversationId),
    state: settlement.state,
    attempts: settlement.attempts,
    leaseUntil: 0,
    ...("error" in settlement ? { error: settlement.error.slice(0, 1000) } : {}),
    ...("activityId" in settlement ? { activityId: settlement.activityId } : {}),
  };
}

/** Items grouped by announcement (one partition) in chunks of at most 100 (a transaction's limit). */
function byAnnouncement<T extends { announcementId: string }>(items: T[]): { item: T; index: number }[][] {
  const groups = new Map<string, { item: T; index: number }[]>();
  items.forEach((item, index) => groups.set(item.announcementId, [...(groups.get(item.announcementId) ?? []), { item, index }]));
  return [...groups.values()].flatMap((g) => Array.from({ length: Math.ceil(g.length / 100) }, (_, i) => g.slice(i * 100, i * 100 + 100)));
}

/** A failed transaction reports the failing sub-request's status on the error (or in its message). */
function statusOfBatch(error: unknown): number | undefined {
  const text = String((error as Error)?.message ?? "");
  return /\b409\b|EntityAlreadyExists/.test(text) ? 409 : /\b412\b|UpdateConditionNotSatisfied/.test(text) ? 412 : undefined;
}
