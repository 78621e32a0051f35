// The tech network's events (issue 11 item 6): the rows of the SharePoint list "Händelser" that are
// not digital fika: a tech-network meeting ("Tekniknätverket"), the yearly "Westumkonferensen" and
// "Annat". The sync projects each row into a stored NetworkEvent (api/src/sharepoint/sync/
// networkEventProjection.ts); a row it cannot read is rejected with a reason in the sync health
// view and the event keeps its last valid version.
//
// Times: `start` is the first (or only) occurrence, ISO with Stockholm's offset of that day
// ("2026-06-09T14:00:00+02:00"). A recurring event has `rrule`: the fika rules (weekly or monthly,
// docs/decisions/0014), counted from the Stockholm date of `start` at its Stockholm wall time, so
// "14:00" stays 14:00 in summer and winter. Every occurrence lasts `durationMinutes`.
// Occurrences are computed by networkEventOccurrences() in api/src/domain/networkEventTimes.ts
// (the bot's bounded expansion, bot/src/schedule/fikaRecurrence.ts).
//
// Routes and statuses (errors are problem+json, see ProblemDetails):
//   GET /api/events?from=…                        200 NetworkEventList (every signed-in user). `from` is an
//                                                 ISO instant or a date (Stockholm midnight); default now. Lists
//                                                 every event with an occurrence that ends after `from`,
//                                                 soonest first (cancelled ones too, active false); 400 invalid-input
//   GET /api/calendar/events/{id}/calendar.ics    200 text/calendar, no token: ?expires=…&signature=… signed as
//                                                 course links are (docs/decisions/0015); 403 link-invalid,
//                                                 410 link-expired, 404 not found or cancelled
// A card's calendar link: signedNetworkEventCalendarUrl(services, eventId) in api/src/calendar/calendarLinks.ts.
// The personal calendar feed (/api/calendar/feeds/{secret}/calendar.ics) also lists the network events:
// see docs/decisions/0015 for who sees which.

export const NETWORK_EVENT_KINDS = ["tech-network", "conference", "other"] as const;
/** tech-network = "Tekniknätverket", conference = "Westumkonferensen", other = "Annat". */
export type NetworkEventKind = (typeof NETWORK_EVENT_KINDS)[number];

/** Later occurrences a listing or a change record names at most (within a year). */
export const NETWORK_EVENT_LATER_MAX = 3;

/** An event as stored, after the sync read it from its list row. */
export interface NetworkEvent {
  /** The row's EventKey: lower-case letters, digits and "-", 1-63 characters. */
  id: string;
  /** One line, 1-200 characters. */
  title: string;
  kind: NetworkEventKind;
  /** The first (or only) occurrence's start: ISO with the Stockholm offset. */
  start: string;
  /** The first occurrence's end (start + durationMinutes). */
  end: string;
  /** 5-4320 (three days: a conference). */
  durationMinutes: number;
  /** RRULE parts for a recurring event ("FREQ=MONTHLY;BYDAY=+2TU"); absent for a single one. */
  rrule?: string;
  /** Where to join online; always https (a row with another scheme is rejected). */
  joinUrl?: string;
  /** Plain text, at most 8000 characters. */
  description?: string;
  /** false: cancelled (the row's Active is No); nothing is announced or reminded for it. */
  active: boolean;
  /** When the sync last stored a change of it (ISO, UTC). */
  updatedAt: string;
}

/** One occurrence: ISO with the Stockholm offset. */
export interface NetworkEventOccurrence {
  start: string;
  end: string;
}

/** An event as GET /api/events lists it. */
export interface ListedNetworkEvent extends NetworkEvent {
  /** The first occurrence that ends after the list's `from`. */
  next: NetworkEventOccurrence;
  /** Starts of the following occurrences: at most NETWORK_EVENT_LATER_MAX, within a year of `next`. */
  later: string[];
  /** The event's calendar file, signed: opens in a browser without a token (absent when cancelled). */
  calendarUrl?: string;
}

export interface NetworkEventList {
  /** The `from` used, ISO (UTC). */
  from: string;
  events: ListedNetworkEvent[];
}

/**
 * A change for the bot to announce (a transactional outbox, as CourseEvent): written in the same
 * Tables transaction as the stored event it describes, so no change goes unannounced and no
 * announcement describes a change that was not stored. Written only when the event has an
 * occurrence that ends after the change (before or after it): past events are not announced.
 *   network-event-published  a new active event, or a cancelled one made active again
 *   network-event-changed    its start, duration, rrule or joinUrl changed (title or description alone: no record)
 *   network-event-cancelled  Active set to No ("inactive"), or the row removed from the list or turned
 *                            into a digital fika ("removed"); `event` is its last version
 * Read in order with NetworkEventStore.changesSince(afterId, limit) (api/src/store/networkEventStore.ts),
 * the same cursor pattern as EventStore.listSince. Ids never repeat; they sort by the time written.
 */
export interface NetworkEventChange {
  /** Sorts by time: UTC milliseconds, zero-padded, a random tail ("001780000000000-1a2b3c4d"). */
  id: string;
  type: "network-event-published" | "network-event-changed" | "network-event-cancelled";
  /** When the sync wrote it (ISO, UTC). */
  at: string;
  /** The event after the change; for a cancellation its last version (active false when "inactive"). */
  event: NetworkEvent;
  /** The occurrence that was next when the change was written (after it; for cancelled: the one called off). */
  next: NetworkEventOccurrence;
  /** Starts of the occurrences after `next`: at most NETWORK_EVENT_LATER_MAX, within a year. */
  later: string[];
  /** For network-event-changed: what it was; `next` is the occurrence that was next before the change. */
  before?: Pick<NetworkEvent, "start" | "end" | "durationMinutes" | "rrule" | "joinUrl"> & { next: NetworkEventOccurrence };
  /** For network-event-cancelled. */
  reason?: "inactive" | "removed";
}
