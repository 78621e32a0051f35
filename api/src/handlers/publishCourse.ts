// POST /api/courses/{id}/publish (coordinators): opens registration and announces the course.
// Publishing a published course changes nothing and announces nothing.
import { toCourse } from "../domain/catalogue/courseView.js";
import { toStockholmIso } from "@campus-westum/bot/stockholmClock";
import { problems } from "../http/problem.js";
import { json, type Handler } from "../http/route.js";
import { loadCourse } from "./catalogue/courseAccess.js";
import { cancelledCourseProblem, courseEvent, saveCourseChange } from "./catalogue/saveCourse.js";

export const publishCourse: Handler<"coordinator"> = async ({ request, services, caller }) => {
  const stored = await loadCourse(services, request, caller);
  const course = stored.record;
  if (course.status === "cancelled") throw cancelledCourseProblem();
  if (course.sessions.length === 0) {
    throw problems.conflict("no-sessions", { sv: "Kurstillfällen saknas", en: "No sessions" }, {
      sv: "Lägg till minst ett kurstillfälle innan kursen publiceras.",
      en: "Add at least one session before publishing the course.",
    });
  }
  if (course.status === "published") return json(toCourse(course, await services.registrations.ledger(course.id)));
  const nowMs = services.now();
  const published = { ...course, status: "published" as const, updatedAt: toStockholmIso(nowMs) };
  await saveCourseChange(services, stored, published, [courseEvent(published, "course-published", nowMs)]);
  return json(toCourse(published, await services.registrations.ledger(course.id)));
};
