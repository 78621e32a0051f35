// The tech network's events as a function of the events list ("Händelser"): every row that is not
// a digital fika (fikaProjection.ts has those) becomes a stored NetworkEvent, checked by
// domain/networkEventSchema.ts. A row that does not read is rejected with the column at fault (the
// sync health view lists it) and the event keeps its last valid version. When an event appears,
// changes its time or join link, or is cancelled (Active = No, or its row removed), the change
// record the bot announces is written in the same transaction as the event (networkEventStore.ts).
// The list is read-only for the app (nothing is written back), so a stored event simply follows its row.
import type { z } from "zod";
import type { NetworkEvent, NetworkEventChange, SyncRejectedRow } from "../../contract/index.js";
import { changeOf, sameEvent } from "../../domain/networkEventChanges.js";
import { readNetworkEvent, type NetworkEventRow } from "../../domain/networkEventSchema.js";
import { newEventId } from "../../store/eventStore.js";
import type { NetworkEventStore, StoredNetworkEvent } from "../../store/networkEventStore.js";
import { eventItems } from "../mapping/catalogueItems.js";
import { schemaRejection } from "../mapping/rejection.js";
import type { SyncState } from "./syncState.js";

export interface NetworkEventOutcome {
  saved: number;
  changes: number;
  rejected: SyncRejectedRow[];
}

export async function projectNetworkEvents(state: SyncState, deps: { events: NetworkEventStore; now: () => number }): Promise<NetworkEventOutcome> {
  const outcome: NetworkEventOutcome = { saved: 0, changes: 0, rejected: [] };
  const stored = await deps.events.stored();
  const seen = new Map<string, string>();
  for (const row of await state.mirrorRows("events")) {
    if (row.deleted || !row.data) continue;
    const item = JSON.parse(row.data) as NetworkEventRow;
    if (item.type === "Digital fika") continue;
    const duplicateOf = seen.get(item.id);
    if (duplicateOf) {
      const problem = { sv: `Händelse-id "${item.id}" används redan av rad ${duplicateOf}.`, en: `Event id "${item.id}" is already used by item ${duplicateOf}.` };
      outcome.rejected.push({ list: "events", itemId: row.itemId, reason: `EventKey ${item.id} is already used by item ${duplicateOf}`, column: "EventKey", problem });
      continue;
    }
    seen.set(item.id, row.itemId);
    const read = readNetworkEvent(item);
    if (!read.ok) {
      outcome.rejected.push(rejectedEvent(row.itemId, item, read.issues));
      continue;
    }
    await follow(stored.get(item.id), read.event, deps, outcome);
  }
  for (const [id, before] of stored) if (!seen.has(id) && !before.removed) await follow(before, undefined, deps, outcome);
  return outcome;
}

/** Brings one stored event to what its row says now (undefined: the row is gone), with its change record. */
async function follow(before: StoredNetworkEvent | undefined, after: Omit<NetworkEvent, "updatedAt"> | undefined, deps: { events: NetworkEventStore; now: () => number }, outcome: NetworkEventOutcome): Promise<void> {
  const now = deps.now();
  const current = before && !before.removed ? before.event : undefined;
  if (after && current && sameEvent(current, after)) return;
  const next = after ? { ...after, updatedAt: new Date(now).toISOString() } : undefined;
  const facts = changeOf(current, next, now);
  const change: NetworkEventChange | undefined = facts && { id: newEventId(now), at: new Date(now).toISOString(), ...facts };
  // A lost race (another instance wrote first) writes nothing; that instance's write stands.
  const written = next ? await deps.events.save(next, before, change) : await deps.events.remove(before!, change);
  if (!written) return;
  outcome.saved++;
  if (change) outcome.changes++;
}

/** A row the schema refuses, in a coordinator's words; a stored event keeps its last valid version. */
function rejectedEvent(itemId: string, item: NetworkEventRow, issues: readonly z.core.$ZodIssue[]): SyncRejectedRow {
  return { list: "events", itemId, ...schemaRejection("events", eventItems.fields, issues, item) };
}
