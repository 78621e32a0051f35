// The delivery log in Azure Tables (table "deliveries"): one row per announcement and
// recipient, PartitionKey = announcement id, RowKey = the conversation id (base64url).
// A delivery is claimed before every send: created if new, else updated at the ETag it was read
// with, so two workers can never both hold it. The row's lease says until when a claim holds;
// a claim whose lease ran out while the row still said "sending" was cut short mid-send.
import type { TableClient } from "@azure/data-tables";
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
    const row = {
      partitionKey: claim.announcementId,
      rowKey: rowKeyOf(claim.conversationId),
      state: settlement.state,
      attempts: settlement.attempts,
      leaseUntil: 0,
      ...("error" in settlement ? { error: settlement.error.slice(0, 1000) } : {}),
      ...("activityId" in settlement ? { activityId: settlement.activityId } : {}),
    };
    try {
      await table.updateEntity(row, "Merge", { etag: claim.version as string });
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
}

const claimed = (announcementId: string, conversationId: string, attempts: number, uncertain: boolean, etag: string | undefined): ClaimResult => ({
  kind: "claimed",
  claim: { announcementId, conversationId, attempts, uncertain, version: etag },
});
