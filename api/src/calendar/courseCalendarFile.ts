// The answer both course calendar routes give: the course's sessions as one iCalendar file.
import type { HttpResponseInit } from "@azure/functions";
import type { CourseRecord } from "../domain/catalogue/courseSchema.js";
import { toIcs } from "../export/ics.js";
import type { Lang } from "../http/language.js";
import { problems } from "../http/problem.js";
import { COURSE_CALENDAR_PRODUCT, courseEvents } from "./courseEvents.js";

export function courseCalendarResponse(course: CourseRecord, lang: Lang, now: number): HttpResponseInit {
  if (course.sessions.length === 0) {
    throw problems.notFound({ sv: "Kursen har inga kurstillfällen än.", en: "The course has no sessions yet." });
  }
  return {
    status: 200,
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": `attachment; filename="${course.id}.ics"` },
    body: toIcs(courseEvents(course, lang), COURSE_CALENDAR_PRODUCT, now),
  };
}
