// GET /api/courses/{id}: one course with its sessions and seats left per site, and the demand for
// its areas in the current needs round.
import { toCourse } from "../domain/catalogue/courseView.js";
import { json, type Handler } from "../http/route.js";
import { courseConflictFor } from "../sharepoint/outbox/courseConflict.js";
import { loadCourse } from "./catalogue/courseAccess.js";
import { courseDemandOf } from "./needs/courseDemandOf.js";

export const getCourse: Handler<"user"> = async ({ request, services, caller }) => {
  const { record } = await loadCourse(services, request, caller);
  const [ledger, demand] = await Promise.all([services.registrations.ledger(record.id), courseDemandOf(services, record)]);
  // Coordinators see a write-back the SharePoint lists refused, with both versions.
  return json({ ...toCourse(record, ledger), ...(demand ? { needsDemand: demand } : {}), ...(await courseConflictFor(services, record.id, caller.role)) });
};
