// What a person's calendar feed lists, read from the store on each fetch: the sessions of every
// course she is registered or waitlisted on (tentative, marked in the title), cancelled courses
// as cancelled events (so a subscribed calendar strikes them), and the dates of every active
// digital fika series from a month back to half a year ahead, and the tech network's events
// (networkEventCalendar.ts: the same UIDs as an event's signed file, cancelled ones as CANCELLED).
// Fika and events are open to the whole network, so every feed lists them (docs/decisions/0015):
// one query of one small partition per fetch, no scan of the bot's conversations.
import { occurrencesBetween } from "@campus-westum/bot";
import { fikaStoreOf } from "../bot/fikaServices.js";
import type { CalendarEvent } from "../export/ics.js";
import type { Lang } from "../http/language.js";
import type { Services } from "../services.js";
import { NetworkEventStore } from "../store/networkEventStore.js";
import { courseEvents } from "./courseEvents.js";
import { networkEventCalendarEvents } from "./networkEventCalendar.js";

const DAY_MS = 86_400_000;
const FIKA_FROM_DAYS = 31;
const FIKA_TO_DAYS = 183;

export async function personalFeedEvents(services: Services, personId: string, lang: Lang): Promise<CalendarEvent[]> {
  const [courses, fika, events] = await Promise.all([courseSessions(services, personId, lang), fikaDates(services, lang), networkEventDates(services, lang)]);
  return [...courses, ...fika, ...events].sort((a, b) => a.start - b.start);
}

async function networkEventDates(services: Services, lang: Lang): Promise<CalendarEvent[]> {
  const now = services.now();
  return (await new NetworkEventStore(services.tables).list()).flatMap((event) => networkEventCalendarEvents(event, lang, now));
}

async function courseSessions(services: Services, personId: string, lang: Lang): Promise<CalendarEvent[]> {
  const active = (await services.registrations.ofPerson(personId)).filter((r) => r.status !== "cancelled");
  const perCourse = await Promise.all(
    active.map(async (registration) => {
      const stored = await services.courses.get(registration.courseId);
      if (!stored || stored.record.status === "draft") return [];
      if (registration.status === "registered") return courseEvents(stored.record, lang);
      const waitlisted = lang === "sv" ? "Väntelista" : "Waiting list";
      return courseEvents(stored.record, lang, "TENTATIVE").map((event) => ({ ...event, summary: `${waitlisted}: ${event.summary}` }));
    }),
  );
  return perCourse.flat();
}

async function fikaDates(services: Services, lang: Lang): Promise<CalendarEvent[]> {
  const now = services.now();
  const series = (await fikaStoreOf(services).listSeries()).filter((s) => s.active);
  return series.flatMap((s) =>
    occurrencesBetween(s, now - FIKA_FROM_DAYS * DAY_MS, now + FIKA_TO_DAYS * DAY_MS).map((start) => ({
      uid: `${s.id}-${start}@campus-westum`,
      summary: s.title,
      description: `${lang === "sv" ? "Anslut" : "Join"}: ${s.joinUrl}`,
      start,
      end: start + s.durationMinutes * 60_000,
      location: "Microsoft Teams",
      url: s.joinUrl,
      status: "CONFIRMED" as const,
    })),
  );
}
