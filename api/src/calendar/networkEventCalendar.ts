// A tech-network event's occurrences as calendar events, for the event's signed file and the
// personal feed: a month back (so a calendar that has last month's meeting keeps it) to a year
// after now or after the event's first occurrence, whichever is later, at most MAX_OCCURRENCES. The same UID in every file for one occurrence, so a calendar that
// has it from one updates it from another; a cancelled event's occurrences come as CANCELLED.
import type { NetworkEvent } from "../contract/index.js";
import { networkEventOccurrences } from "../domain/networkEventTimes.js";
import type { CalendarEvent } from "../export/ics.js";
import type { Lang } from "../http/language.js";

export const EVENT_CALENDAR_PRODUCT = "-//Campus Westum//Evenemang//SV";
const DAY_MS = 86_400_000;
const FROM_DAYS = 31;
const TO_DAYS = 366;
/** A weekly meeting for a year and a bit. */
const MAX_OCCURRENCES = 60;

export function networkEventCalendarEvents(event: NetworkEvent, lang: Lang, nowMs: number): CalendarEvent[] {
  const join = event.joinUrl ? `${lang === "sv" ? "Anslut" : "Join"}: ${event.joinUrl}` : "";
  const description = [event.description, join].filter(Boolean).join("\n\n");
  const toMs = Math.max(nowMs, Date.parse(event.start)) + TO_DAYS * DAY_MS;
  return networkEventOccurrences(event, nowMs - FROM_DAYS * DAY_MS, toMs, MAX_OCCURRENCES).map((start) => ({
    uid: `${event.id}-${start}@campus-westum`,
    summary: event.title,
    ...(description ? { description } : {}),
    start,
    end: start + event.durationMinutes * 60_000,
    ...(event.joinUrl ? { location: "Microsoft Teams", url: event.joinUrl } : {}),
    status: event.active ? ("CONFIRMED" as const) : ("CANCELLED" as const),
  }));
}
