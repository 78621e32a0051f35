// A course's sessions as calendar events, with the place and the join link, for every calendar
// the app writes: the course's file (tab and signed card link) and the personal feed. Times are
// written in UTC, which every calendar shows in the reader's own zone.
import { epochOf } from "../domain/catalogue/courseView.js";
import type { CourseRecord } from "../domain/catalogue/courseSchema.js";
import type { CalendarEvent } from "../export/ics.js";
import type { Lang } from "../http/language.js";

export const COURSE_CALENDAR_PRODUCT = "-//Campus Westum//Kurskatalog//SV";

/** One event per session; `status` overrides the course's own (a waitlisted person's are tentative). */
export function courseEvents(course: CourseRecord, lang: Lang, status?: CalendarEvent["status"]): CalendarEvent[] {
  const sites = course.receivingSites.map((s) => `${s.memberName}: ${s.room}`).join("; ");
  const organiser = `${lang === "sv" ? "Arrangör" : "Organiser"}: ${course.providerName}`;
  return course.sessions.map((session, i) => {
    const join = session.onlineUrl ? `\n\n${lang === "sv" ? "Anslut" : "Join"}: ${session.onlineUrl}` : "";
    return {
      // The same UID in every file, so a calendar that has the session from one updates it from another.
      uid: `${course.id}-${session.id}@campus-westum`,
      summary: course.sessions.length > 1 ? `${course.title} (${i + 1}/${course.sessions.length})` : course.title,
      description: `${course.description}${join}\n\n${organiser}`,
      start: epochOf(session.start),
      end: epochOf(session.end),
      location: session.place ?? (sites || session.onlineUrl),
      ...(session.onlineUrl ? { url: session.onlineUrl } : {}),
      status: course.status === "cancelled" ? "CANCELLED" : (status ?? "CONFIRMED"),
    };
  });
}
