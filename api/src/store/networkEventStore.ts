// The tech network's events in Azure Tables (table "networkEvents", one partition "network"):
//   RowKey "event-<id>"         the event as the sync last stored it (contract NetworkEvent); an
//                               event whose row left the list stays as a tombstone (removed: true),
//                               so even its removal is a write under an ETag
//   RowKey "change-<change id>" a change for the bot to announce (contract NetworkEventChange)
// An event and its change record are written in one transaction (a transactional outbox, as
// eventStore.ts for courses), under the ETag the sync read: two instances syncing at once cannot
// both write a change, the second one's transaction fails (412, or 409 for a new event) and
// writes nothing. A few hundred events fit one partition with room to spare.
import type { TableClient, TransactionAction } from "@azure/data-tables";
import { odata } from "@azure/data-tables";
import type { NetworkEvent, NetworkEventChange } from "../contract/index.js";
import { isConflict, isPreconditionFailed } from "../bot/tableErrors.js";
import type { Tables } from "./tables.js";

const PARTITION = "network";
const EVENT = "event-";
const CHANGE = "change-";
const eventKey = (id: string) => `${EVENT}${id}`;

/** An event with the ETag of its row, for a write that must not overwrite another's. */
export interface StoredNetworkEvent {
  event: NetworkEvent;
  etag: string;
  /** Its list row is gone: not listed, announced or reminded of. */
  removed: boolean;
}

interface Row {
  data: string;
  removed?: boolean;
}

export class NetworkEventStore {
  constructor(private readonly tables: Tables) {}

  private table(): Promise<TableClient> {
    return this.tables.table("networkEvents");
  }

  /** Every stored event (tombstones too) with its row's ETag, by id. */
  async stored(): Promise<Map<string, StoredNetworkEvent>> {
    const table = await this.table();
    const found = new Map<string, StoredNetworkEvent>();
    const filter = odata`PartitionKey eq ${PARTITION} and RowKey gt ${EVENT} and RowKey lt ${"event."}`;
    for await (const row of table.listEntities<Row>({ queryOptions: { filter } })) {
      const event = JSON.parse(row.data) as NetworkEvent;
      found.set(event.id, { event, etag: row.etag, removed: row.removed === true });
    }
    return found;
  }

  async list(): Promise<NetworkEvent[]> {
    return [...(await this.stored()).values()].filter((s) => !s.removed).map((s) => s.event);
  }

  async get(id: string): Promise<NetworkEvent | undefined> {
    const table = await this.table();
    try {
      const row = await table.getEntity<Row>(PARTITION, eventKey(id));
      return row.removed ? undefined : (JSON.parse(row.data) as NetworkEvent);
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 404) return undefined;
      throw error;
    }
  }

  /**
   * Stores `event` (new when `before` is undefined, else over the row read) with its change
   * record, if any, in one transaction. False: another writer changed the row first; nothing written.
   */
  save(event: NetworkEvent, before: StoredNetworkEvent | undefined, change?: NetworkEventChange): Promise<boolean> {
    return this.write({ data: JSON.stringify(event) }, event.id, before, change);
  }

  /** Marks a stored event removed (its row left the list) with its change record, if any; false as for save. */
  remove(before: StoredNetworkEvent, change?: NetworkEventChange): Promise<boolean> {
    return this.write({ data: JSON.stringify(before.event), removed: true }, before.event.id, before, change);
  }

  /** Change records after `afterId` (exclusive), oldest first, at most `limit`. */
  async changesSince(afterId = "", limit = 500): Promise<NetworkEventChange[]> {
    const table = await this.table();
    const filter = odata`PartitionKey eq ${PARTITION} and RowKey gt ${`${CHANGE}${afterId}`} and RowKey lt ${"change."}`;
    const changes: NetworkEventChange[] = [];
    for await (const row of table.listEntities<Row>({ queryOptions: { filter } })) {
      changes.push(JSON.parse(row.data) as NetworkEventChange);
      if (changes.length >= limit) break;
    }
    return changes;
  }

  private async write(fields: Row, id: string, before: StoredNetworkEvent | undefined, change: NetworkEventChange | undefined): Promise<boolean> {
    const row = { partitionKey: PARTITION, rowKey: eventKey(id), ...fields };
    const write: TransactionAction = before ? ["update", row, "Replace", { etag: before.etag }] : ["create", row];
    const table = await this.table();
    try {
      await table.submitTransaction([write, ...changeActions(change)]);
      return true;
    } catch (error) {
      if (isConflict(error) || isPreconditionFailed(error)) return false;
      throw error;
    }
  }
}

const changeActions = (change: NetworkEventChange | undefined): TransactionAction[] =>
  change ? [["create", { partitionKey: PARTITION, rowKey: `${CHANGE}${change.id}`, data: JSON.stringify(change) }]] : [];
