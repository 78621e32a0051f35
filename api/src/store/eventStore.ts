// Course events for the bot to announce: every publish, change of time or place, and
// cancellation. An event row lives in its course's partition of the courses table and is
// written in the same transaction as the change it describes (a transactional outbox), so no
// change goes unannounced and no announcement describes a change that failed. A promotion from
// a waitlist is the registration store's: its event row lives in the course's partition of the
// registrations table, written in the seat transaction that gives the seat. The bot reads both
// tables' events in order with listSince.
import { odata, type TransactionAction } from "@azure/data-tables";
import { randomBytes } from "node:crypto";
import * as z from "zod";
import type { CourseEvent } from "../contract/index.js";
import type { Tables } from "./tables.js";

export const EVENT_PREFIX = "event-";

const eventSchema = z.object({
  id: z.string(),
  courseId: z.string(),
  type: z.enum(["course-published", "course-changed", "course-cancelled", "registration-promoted"]),
  at: z.string(),
  title: z.string(),
  changes: z.array(z.any()).optional(),
  reason: z.string().optional(),
  registrationIds: z.array(z.string()).optional(),
});

/** The tables that hold event rows: course changes, and promotions from the waitlists. */
const EVENT_TABLES = ["courses", "registrations"] as const;

/** Event ids sort by time: UTC milliseconds, zero-padded, then a random tail against ties. */
export const newEventId = (nowMs: number): string => `${String(nowMs).padStart(15, "0")}-${randomBytes(4).toString("hex")}`;

/** The transaction action that appends an event to its course's partition. */
export function eventAction(event: CourseEvent): TransactionAction {
  return ["create", { partitionKey: event.courseId, rowKey: `${EVENT_PREFIX}${event.id}`, data: JSON.stringify(event) }];
}

export class EventStore {
  constructor(private readonly tables: Tables) {}

  /** Events after `afterId` (exclusive), oldest first. */
  async listSince(afterId = "", limit = 500): Promise<CourseEvent[]> {
    const from = `${EVENT_PREFIX}${afterId}`;
    const filter = odata`RowKey gt ${from} and RowKey lt ${"event."}`;
    const events: CourseEvent[] = [];
    for (const name of EVENT_TABLES) {
      const table = await this.tables.table(name);
      for await (const row of table.listEntities<{ data: string }>({ queryOptions: { filter } })) {
        events.push(eventSchema.parse(JSON.parse(row.data)) as CourseEvent);
      }
    }
    return events.sort((a, b) => a.id.localeCompare(b.id)).slice(0, limit);
  }
}
