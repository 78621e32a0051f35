// For the bot's tests of the tech network's events: rows of the SharePoint list "Händelser" as a
// coordinator writes them, stored the way the sync stores them (its projection over the list's
// mirror: the event and its change record in one transaction), so the bot reads what production
// writes. The mirror is the whole list: a row left out of it would count as removed.
import { projectNetworkEvents } from "../../../api/src/sharepoint/sync/networkEventProjection.js";
import type { SyncState } from "../../../api/src/sharepoint/sync/syncState.js";
import type { NetworkEventRow } from "../../../api/src/domain/networkEventSchema.js";
import type { Services } from "../../../api/src/services.js";
import { NetworkEventStore } from "../../../api/src/store/networkEventStore.js";

const TYPES = { "tech-network": "Tekniknätverket", conference: "Westumkonferensen", other: "Annat" } as const;

export interface EventRowInput {
  id: string;
  title: string;
  kind?: keyof typeof TYPES;
  /** ISO with the Stockholm offset, as the list's Start column holds it. */
  start: string;
  durationMinutes: number;
  recurrence?: string;
  joinUrl?: string;
  active?: boolean;
}

/** A list row: a tech-network meeting with a Teams join link unless told otherwise. */
export const networkEvent = ({ kind = "tech-network", active = true, ...row }: EventRowInput): EventRowInput => ({
  kind,
  active,
  joinUrl: `https://teams.microsoft.com/l/meetup-join/${row.id}`,
  ...row,
});

const lists = new WeakMap<Services, Map<string, NetworkEventRow>>();

/** Writes the row into the list (a new row or an edit of the one with its id) and runs the sync's projection. */
export async function storeNetworkEvent(services: Services, input: EventRowInput): Promise<void> {
  let rows = lists.get(services);
  if (!rows) lists.set(services, (rows = new Map()));
  const { kind = "tech-network", active = true, ...fields } = input;
  rows.set(input.id, { ...fields, type: TYPES[kind], active });
  const mirror = [...rows.entries()].map(([id, row]) => ({ itemId: `item-${id}`, data: JSON.stringify(row) }));
  const state = { mirrorRows: async () => mirror } as unknown as SyncState;
  const outcome = await projectNetworkEvents(state, { events: new NetworkEventStore(services.tables), now: services.now });
  if (outcome.rejected.length > 0) throw new Error(`rows rejected: ${JSON.stringify(outcome.rejected)}`);
}
