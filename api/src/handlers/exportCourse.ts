// GET /api/courses/{id}/export?format=csv|xlsx (coordinators): registrations with hours per session.
import * as z from "zod";
import { registrationTable } from "../domain/catalogue/exportTables.js";
import { download } from "../export/download.js";
import { parseQuery } from "../http/query.js";
import type { Handler } from "../http/route.js";
import { loadCourse } from "./catalogue/courseAccess.js";

const exportQuery = z.object({ format: z.enum(["csv", "xlsx"]).default("xlsx") });

export const exportCourse: Handler<"coordinator"> = async ({ request, services, caller, lang }) => {
  const { format } = parseQuery(request.query, exportQuery, [], lang);
  const { record: course } = await loadCourse(services, request, caller);
  const [{ ledger, registrations }, directory] = await Promise.all([services.registrations.list(course.id), services.directory.current()]);
  const table = registrationTable(course, registrations, ledger, (id) => directory.get(id)?.name ?? id, lang);
  return download([table], format, `${course.id}-anmalningar`, lang);
};
