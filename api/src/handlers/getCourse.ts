// GET /api/courses/{id}: one course with its sessions and seats left per site.
import { toCourse } from "../domain/catalogue/courseView.js";
import { json, type Handler } from "../http/route.js";
import { loadCourse } from "./catalogue/courseAccess.js";

export const getCourse: Handler<"user"> = async ({ request, services, caller }) => {
  const { record } = await loadCourse(services, request, caller);
  return json(toCourse(record, await services.registrations.ledger(record.id)));
};
