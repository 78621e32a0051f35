// An event's kind and recurrence in the reader's language. A recurring event follows the fika's
// rules (api/src/contract/networkEvents.ts, decision 0014), so it reads in the fika view's words:
// "Andra tisdagen varje månad kl. 14:00". The hour is the first occurrence's Stockholm wall time,
// which the rule keeps in summer and winter alike.
import type { NetworkEvent, NetworkEventKind } from "@campus-westum/api/contract";
import { formatDateTime, type MessageId, type Translate } from "../i18n";
import { patternOfRule } from "../fika/recurrencePattern";
import { describeRecurrence } from "../fika/recurrenceWords";

const KINDS: Record<NetworkEventKind, MessageId> = {
  "tech-network": "events.kind.tech-network",
  conference: "events.kind.conference",
  other: "events.kind.other",
};

export const eventKindMessage = (kind: NetworkEventKind): MessageId => KINDS[kind] ?? "events.kind.other";

/** The rule in words, or null for an event that happens once. Needs the fika messages loaded. */
export function describeEventRecurrence(event: Pick<NetworkEvent, "rrule" | "start">, t: Translate): string | null {
  if (!event.rrule) return null;
  const wallTime = formatDateTime(event.start, "sv", { hour: "2-digit", minute: "2-digit" });
  return describeRecurrence(patternOfRule(event.rrule), wallTime, t);
}
