// GET /api/courses/{id}/calendar.ics: every session of a course as one calendar file, with the
// place and the join link, so "add to calendar" is one download. Times are written in UTC, which
// every calendar shows in the reader's own zone.
import { createEvents, type EventAttributes } from "ics";
import { epochOf } from "../domain/catalogue/courseView.js";
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
    const events: EventAttributes[] = course.sessions.map((session, i) => {
      const join = session.onlineUrl ? `\n\n${lang === "sv" ? "Anslut" : "Join"}: ${session.onlineUrl}` : "";
      return {
        uid: `${course.id}-${session.id}@campus-westum`,
        title: course.sessions.length > 1 ? `${course.title} (${i + 1}/${course.sessions.length})` : course.title,
        description: `${course.description}${join}`,
        start: epochOf(session.start),
        startInputType: "utc",
        startOutputType: "utc",
        end: epochOf(session.end),
        endInputType: "utc",
        endOutputType: "utc",
        location: session.place ?? (sites || session.onlineUrl),
        ...(session.onlineUrl ? { url: session.onlineUrl } : {}),
        organizer: { name: course.providerName },
        status: course.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
        productId: "campus-westum/catalogue",
      };
    });
    const { error, value } = createEvents(events);
    if (error || !value) throw error ?? new Error("no calendar produced");
    return {
      status: 200,
      headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": `attachment; filename="${course.id}.ics"` },
      body: value,
    };
  },
});
