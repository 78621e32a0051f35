// GET /api/courses/{id}/registrations (coordinators): everyone on the course, in arrival order.
import { toRegistration } from "../domain/catalogue/registrationRecord.js";
import { json, type Handler } from "../http/route.js";
import { loadCourse } from "./catalogue/courseAccess.js";

export const listRegistrations: Handler<"coordinator"> = async ({ request, services, caller }) => {
  const { record: course } = await loadCourse(services, request, caller);
  const { ledger, registrations } = await services.registrations.list(course.id);
  return json(registrations.sort((a, b) => a.id.localeCompare(b.id)).map((r) => toRegistration(r, ledger)));
};
