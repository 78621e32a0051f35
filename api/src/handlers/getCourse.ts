// GET /api/courses/{id}: one course with its sessions and seats left per site.
import { toCourse } from "../domain/catalogue/courseView.js";
import { json, type Handler } from "../http/route.js";
import { courseConflictFor } from "../sharepoint/outbox/courseConflict.js";
import { loadCourse } from "./catalogue/courseAccess.js";

export const getCourse: Handler<"user"> = async ({ request, services, caller }) => {
  const { record } = await loadCourse(services, request, caller);
  // Coordinators see a write-back the SharePoint lists refused, with both versions.
  return json({ ...toCourse(record, await services.registrations.ledger(record.id)), ...(await courseConflictFor(services, record.id, caller.role)) });
};
