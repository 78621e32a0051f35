// What the bot reads of the tech network's events: the change records (the outbox the sync
// writes with each stored event), the events as stored now, their occurrences, and each event's
// signed calendar link (decision 0015). One adapter over the API's event store, so the pump and
// the reminders see the same events the tab lists.
import type { NetworkEventView } from "@campus-westum/bot";
import type { NetworkEvent, NetworkEventChange, NetworkEventOccurrence } from "../contract/networkEvents.js";
import { signedNetworkEventCalendarUrl } from "../calendar/calendarLinks.js";
import { networkEventOccurrences, occurrenceAt } from "../domain/networkEventTimes.js";
import type { Services } from "../services.js";
import { NetworkEventStore } from "../store/networkEventStore.js";

export interface NetworkEventSource {
  /** Change records after `afterId` (exclusive), oldest first. */
  changesSince(afterId: string, limit: number): Promise<NetworkEventChange[]>;
  get(id: string): Promise<NetworkEvent | undefined>;
  all(): Promise<NetworkEvent[]>;
  /** The event's occurrences that start in [fromMs, toMs). */
  occurrences(event: NetworkEvent, fromMs: number, toMs: number): NetworkEventOccurrence[];
  /** Where a browser downloads the event as iCalendar without signing in. */
  calendarUrl(eventId: string): string;
}

/** One occurrence of an event as the bot's cards show it. */
export function viewOf(event: NetworkEvent, occurrence: NetworkEventOccurrence, later: string[] = []): NetworkEventView {
  return { id: event.id, title: event.title, kind: event.kind, start: occurrence.start, end: occurrence.end, joinUrl: event.joinUrl, description: event.description, later };
}

/** Occurrences a reminder window of about a day can hold, even for a daily rule: a bound, not a filter. */
const OCCURRENCES_MAX = 10;

/** The source over the API's stores: the sync's event store, the rule expansion, the signed calendar links. */
export function networkEventsOf(services: Services): NetworkEventSource {
  const store = new NetworkEventStore(services.tables);
  return {
    changesSince: (afterId, limit) => store.changesSince(afterId, limit),
    get: (id) => store.get(id),
    all: () => store.list(),
    occurrences: (event, fromMs, toMs) => networkEventOccurrences(event, fromMs, toMs, OCCURRENCES_MAX).filter((start) => start >= fromMs).map((start) => occurrenceAt(start, event.durationMinutes)),
    calendarUrl: (eventId) => signedNetworkEventCalendarUrl(services, eventId),
  };
}
