// GET /api/calendar/courses/{id}/calendar.ics?expires=…&signature=…: the course's calendar file
// for the "add to calendar" link in a bot card, which a browser opens without a token. The link
// is the credential (calendar/signedLink.ts): expired → 410, anything else not ours → 403, as a
// page for a browser. Drafts stay hidden (404), as from the tab for anyone but coordinators.
import { calendarLinkSignerOf } from "../calendar/calendarLinks.js";
import { courseCalendarResponse } from "../calendar/courseCalendarFile.js";
import { linkRefusal, refusalResponse } from "../calendar/linkRefusal.js";
import type { Handler } from "../http/route.js";
import { courseIdOf, loadCourse } from "./catalogue/courseAccess.js";

export const signedCourseCalendar: Handler<"anonymous"> = async ({ request, services, lang, correlationId }) => {
  const check = calendarLinkSignerOf(services).check(courseIdOf(request), request.query.get("expires"), request.query.get("signature"), services.now());
  if (check !== "valid") return refusalResponse(linkRefusal(check), request, lang, correlationId);
  const { record: course } = await loadCourse(services, request, undefined);
  return courseCalendarResponse(course, lang, services.now());
};
