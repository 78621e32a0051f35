// When a tech-network event happens (contract/networkEvents.ts): once, at `start`, or on the days
// of its rule (the fika rules, docs/decisions/0014) at the Stockholm wall time of `start`, counted
// from the Stockholm date of `start`. Every expansion goes through the bot's bounded one
// (fikaRecurrence.ts): a window and a count, so no request or sync spends long on one event.
import { occurrencesBetween, stockholmWall, toStockholmIso, type Recurrence } from "@campus-westum/bot";
import { NETWORK_EVENT_LATER_MAX, type NetworkEvent, type NetworkEventOccurrence } from "../contract/index.js";

const MINUTE = 60_000;
const DAY = 86_400_000;
/** How far ahead a recurring event's next occurrence is looked for, and its later ones after it. */
const LOOKAHEAD_DAYS = 400;
const LATER_WITHIN_DAYS = 366;

export type EventTiming = Pick<NetworkEvent, "start" | "durationMinutes" | "rrule">;

const pad = (n: number) => String(n).padStart(2, "0");

/** The rule of a recurring event, counted from its start's Stockholm date and wall time. */
export function recurrenceOf(start: number, rrule: string): Recurrence {
  const wall = stockholmWall(start);
  return { rrule, firstDate: wall.date, time: `${pad(wall.hour)}:${pad(wall.minute)}` };
}

/** Starts (epoch ms) of the occurrences that end after `fromMs` and start before `toMs`, in order, at most `limit`. */
export function networkEventOccurrences(event: EventTiming, fromMs: number, toMs: number, limit: number): number[] {
  const start = Date.parse(event.start);
  const length = event.durationMinutes * MINUTE;
  if (!event.rrule) return start + length > fromMs && start < toMs && limit > 0 ? [start] : [];
  // An occurrence still under way at `fromMs` started up to its length before.
  return occurrencesBetween(recurrenceOf(start, event.rrule), fromMs - length + 1, toMs, limit);
}

export const occurrenceAt = (startMs: number, durationMinutes: number): NetworkEventOccurrence => ({
  start: toStockholmIso(startMs),
  end: toStockholmIso(startMs + durationMinutes * MINUTE),
});

/** The occurrence that ends after `fromMs` and the starts of a few after it, or undefined when none is left. */
export function upcomingOf(event: EventTiming, fromMs: number): { next: NetworkEventOccurrence; later: string[] } | undefined {
  const [first] = networkEventOccurrences(event, fromMs, event.rrule ? fromMs + LOOKAHEAD_DAYS * DAY : Infinity, 1);
  if (first === undefined) return undefined;
  const later = event.rrule ? networkEventOccurrences(event, first + 1, first + LATER_WITHIN_DAYS * DAY, NETWORK_EVENT_LATER_MAX + 1).filter((s) => s > first) : [];
  return { next: occurrenceAt(first, event.durationMinutes), later: later.slice(0, NETWORK_EVENT_LATER_MAX).map(toStockholmIso) };
}
