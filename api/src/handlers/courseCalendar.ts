// GET /api/courses/{id}/calendar.ics: every session of a course as one calendar file, with the
// place and the join link, so "add to calendar" is one download from the tab (bearer token).
// Cards link to the signed route instead (signedCourseCalendar.ts), which a browser opens without
// one. The file is written by export/ics.ts, which makes any stored text safe for it.
import { courseCalendarResponse } from "../calendar/courseCalendarFile.js";
import type { Handler } from "../http/route.js";
import { loadCourse } from "./catalogue/courseAccess.js";

export const courseCalendar: Handler<"user"> = async ({ request, services, caller, lang }) => {
  const { record: course } = await loadCourse(services, request, caller);
  return courseCalendarResponse(course, lang, services.now());
};
