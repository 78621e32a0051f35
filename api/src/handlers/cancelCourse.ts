// POST /api/courses/{id}/cancel (coordinators): cancels a course and announces it. Registrations
// stay as they are, so the people on it can be told; cancelling twice changes nothing.
import { cancelCourseSchema } from "../domain/catalogue/courseSchema.js";
import { toCourse } from "../domain/catalogue/courseView.js";
import { toStockholmIso } from "@campus-westum/bot/stockholmClock";
import { parseBody } from "../http/body.js";
import { json, type Handler } from "../http/route.js";
import { loadCourse } from "./catalogue/courseAccess.js";
import { courseEvent, saveCourseChange } from "./catalogue/saveCourse.js";

export const cancelCourse: Handler<"coordinator"> = async ({ request, services, caller, lang }) => {
  const stored = await loadCourse(services, request, caller);
  const { reason } = await parseBody(request, cancelCourseSchema, lang);
  const course = stored.record;
  if (course.status === "cancelled") return json(toCourse(course, await services.registrations.ledger(course.id)));
  const nowMs = services.now();
  const cancelled = { ...course, status: "cancelled" as const, updatedAt: toStockholmIso(nowMs), ...(reason ? { cancellationReason: reason } : {}) };
  await saveCourseChange(services, stored, cancelled, [courseEvent(cancelled, "course-cancelled", nowMs, reason ? { reason } : {})]);
  return json(toCourse(cancelled, await services.registrations.ledger(course.id)));
};
