// Which change of a tech-network event the bot announces (contract NetworkEventChange): a new
// or re-activated event, a new time or join link, a cancellation. Only while the event still has
// an occurrence ahead: a past meeting that is edited, removed or switched off is nobody's news.
// A title or description edit alone is stored without a record (not worth a message to everyone).
import type { NetworkEvent, NetworkEventChange } from "../contract/index.js";
import { upcomingOf } from "./networkEventTimes.js";

export type ChangeFacts = Omit<NetworkEventChange, "id" | "at">;

const TIMING = ["start", "durationMinutes", "rrule", "joinUrl"] as const;
const FIELDS = ["title", "kind", "end", "description", "active", ...TIMING] as const;

export const sameTiming = (a: NetworkEvent, b: Omit<NetworkEvent, "updatedAt">) => TIMING.every((f) => a[f] === b[f]);
/** Whether anything stored differs (updatedAt aside). */
export const sameEvent = (a: NetworkEvent, b: Omit<NetworkEvent, "updatedAt">) => FIELDS.every((f) => a[f] === b[f]);

/**
 * The change to announce when `before` (stored; undefined: new) becomes `after` (read from the
 * list; undefined: the row is gone), at `nowMs`; undefined when there is nothing to announce.
 */
export function changeOf(before: NetworkEvent | undefined, after: NetworkEvent | undefined, nowMs: number): ChangeFacts | undefined {
  const wasOn = before?.active === true;
  if (!after || !after.active) {
    if (!wasOn) return undefined;
    const upcoming = upcomingOf(before, nowMs);
    if (!upcoming) return undefined;
    return { type: "network-event-cancelled", event: after ?? before, ...upcoming, reason: after ? "inactive" : "removed" };
  }
  const upcoming = upcomingOf(after, nowMs);
  if (!upcoming) return undefined;
  if (!wasOn) return { type: "network-event-published", event: after, ...upcoming };
  if (sameTiming(before, after)) return undefined;
  const was = upcomingOf(before, nowMs)?.next ?? { start: before.start, end: before.end };
  const { start, end, durationMinutes, rrule, joinUrl } = before;
  return { type: "network-event-changed", event: after, ...upcoming, before: { start, end, durationMinutes, ...(rrule ? { rrule } : {}), ...(joinUrl ? { joinUrl } : {}), next: was } };
}
