// GET /api/courses/{id}/calendar.ics: every session of a course as one calendar file, with the
// place and the join link, so "add to calendar" is one download. Times are written in UTC, which
// every calendar shows in the reader's own zone. The file is written by export/ics.ts, which
// makes any stored text safe for it.
import { epochOf } from "../domain/catalogue/courseView.js";
import { toIcs, type CalendarEvent } from "../export/ics.js";
import { problems } from "../http/problem.js";
import { defineRoute } from "../http/route.js";
import { loadCourse } from "./catalogue/courseAccess.js";

export const courseCalendar = defineRoute({
  name: "courseCalendar",
  methods: ["GET"],
  route: "courses/{id}/calendar.ics",
  access: "user",
  async handle({ request, services, caller, lang }) {
    const { record: course } = await loadCourse(services, request, caller);
    if (course.sessions.length === 0) {
      throw problems.notFound({ sv: "Kursen har inga kurstillfällen än.", en: "The course has no sessions yet." });
    }
    const sites = course.receivingSites.map((s) => `${s.memberName}: ${s.room}`).join("; ");
    const organiser = `${lang === "sv" ? "Arrangör" : "Organiser"}: ${course.providerName}`;
    const events: CalendarEvent[] = course.sessions.map((session, i) => {
      const join = session.onlineUrl ? `\n\n${lang === "sv" ? "Anslut" : "Join"}: ${session.onlineUrl}` : "";
      return {
        uid: `${course.id}-${session.id}@campus-westum`,
        summary: course.sessions.length > 1 ? `${course.title} (${i + 1}/${course.sessions.length})` : course.title,
        description: `${course.description}${join}\n\n${organiser}`,
        start: epochOf(session.start),
        end: epochOf(session.end),
        location: session.place ?? (sites || session.onlineUrl),
        ...(session.onlineUrl ? { url: session.onlineUrl } : {}),
        status: course.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
      };
    });
    return {
      status: 200,
      headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": `attachment; filename="${course.id}.ics"` },
      body: toIcs(events, "-//Campus Westum//Kurskatalog//SV", services.now()),
    };
  },
});
