// What the bot is to send for the needs inventory (issue 13), as records it reads in order: a
// round was sent (the answer card to every recipient), a reminder (the card again to the
// recipients of the members named), and a request to the members that teach an area (who can
// give a course in it?). A record lives in its round's partition of the "needs" table and is
// written in the same transaction as the round's change that caused it (a transactional outbox,
// like the course events of eventStore.ts): no send without its record, no record of a change
// that failed. The bot's pump reads them with listSince and fans out once per record id.
import { odata, type TransactionAction } from "@azure/data-tables";
import * as z from "zod";
import { EDUCATION_AREAS, type EducationAreaId } from "../contract/index.js";
import { newEventId } from "./eventStore.js";
import type { Tables } from "./tables.js";

export const NEEDS_TABLE = "needs";
const NEEDS_EVENT_PREFIX = "event-";

export type NeedsEvent =
  /** The round was sent: the answer card to every contact with an e-mail, in one of the round's recipient roles, of every member. */
  | { type: "needs-round-sent"; id: string; roundId: string; at: string }
  /** The card again, to the recipients of these members (those that had not answered). `automatic`: the bot's timer, not a coordinator. */
  | { type: "needs-reminder"; id: string; roundId: string; at: string; memberIds: string[]; automatic?: boolean }
  /** Ask the contacts of these members (they teach the area) whether one of them can give a course in it. */
  | { type: "needs-provider-request"; id: string; roundId: string; at: string; area: EducationAreaId; memberIds: string[]; askedBy?: AskedBy };

/** The coordinator who asked, from her token: the card offers a chat with her. Older records have none. */
export interface AskedBy {
  name: string;
  email: string;
}

const areaIds = EDUCATION_AREAS.map((a) => a.id) as [EducationAreaId, ...EducationAreaId[]];
const needsEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("needs-round-sent"), id: z.string(), roundId: z.string(), at: z.string() }),
  z.object({ type: z.literal("needs-reminder"), id: z.string(), roundId: z.string(), at: z.string(), memberIds: z.array(z.string()), automatic: z.boolean().optional() }),
  z.object({
    type: z.literal("needs-provider-request"),
    id: z.string(),
    roundId: z.string(),
    at: z.string(),
    area: z.enum(areaIds),
    memberIds: z.array(z.string()),
    askedBy: z.object({ name: z.string(), email: z.string() }).optional(),
  }),
]);

/** Ids sort by time (see eventStore.ts): the pump's cursor is the last id it handled. */
export const newNeedsEventId = newEventId;

/** The transaction action that appends a record to its round's partition. */
export function needsEventAction(event: NeedsEvent): TransactionAction {
  return ["create", { partitionKey: event.roundId, rowKey: `${NEEDS_EVENT_PREFIX}${event.id}`, data: JSON.stringify(event) }];
}

export class NeedsEventStore {
  constructor(private readonly tables: Tables) {}

  /** Records after `afterId` (exclusive), oldest first. */
  async listSince(afterId = "", limit = 500): Promise<NeedsEvent[]> {
    const from = `${NEEDS_EVENT_PREFIX}${afterId}`;
    const filter = odata`RowKey gt ${from} and RowKey lt ${"event."}`;
    const table = await this.tables.table(NEEDS_TABLE);
    const events: NeedsEvent[] = [];
    for await (const row of table.listEntities<{ data: string }>({ queryOptions: { filter } })) {
      events.push(needsEventSchema.parse(JSON.parse(row.data)));
    }
    return events.sort((a, b) => a.id.localeCompare(b.id)).slice(0, limit);
  }
}
