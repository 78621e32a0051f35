// GET /api/reports/participation?from&to[&project][&member][&format=csv|xlsx] (coordinators):
// hours per participant, member, project and month, with the totals a grant report needs.
import * as z from "zod";
import { memberId, projectName } from "../domain/catalogue/courseSchema.js";
import { epochOf } from "../domain/catalogue/courseView.js";
import { reportTables } from "../domain/catalogue/exportTables.js";
import { participationReport as buildReport } from "../domain/catalogue/participationReport.js";
import { addDays, startOfStockholmDay } from "@campus-westum/bot/stockholmClock";
import { calendarDate, checkPeriod } from "../domain/timeSchemas.js";
import { download } from "../export/download.js";
import { parseQuery } from "../http/query.js";
import { json, type Handler } from "../http/route.js";

/**
 * The longest report period: a grant project's three years. Each course with a session in the
 * period costs a read of its registrations, so the period bounds the work of one request.
 */
export const MAX_REPORT_DAYS = 3 * 366;

const reportQuery = z
  .object({
    from: calendarDate,
    to: calendarDate,
    project: projectName.optional(),
    member: memberId.optional(),
    format: z.enum(["json", "csv", "xlsx"]).default("json"),
  })
  .superRefine((q, ctx) => checkPeriod(ctx, q, MAX_REPORT_DAYS));

export const participationReport: Handler<"coordinator"> = async ({ request, services, lang }) => {
  const { format, ...query } = parseQuery(request.query, reportQuery, [], lang);
  const [catalogue, directory] = await Promise.all([services.catalogue.current(), services.directory.current()]);
  const fromMs = startOfStockholmDay(query.from);
  const toMs = startOfStockholmDay(addDays(query.to, 1));
  const inRange = [...catalogue.courses.values()].filter((c) => c.sessions.some((s) => epochOf(s.start) >= fromMs && epochOf(s.start) < toMs));
  const courses = await Promise.all(inRange.map(async (course) => ({ course, registrations: (await services.registrations.list(course.id)).registrations })));
  const report = buildReport(query, courses, { name: (id) => directory.get(id)?.name ?? id, subRegions: (id) => directory.get(id)?.subRegions ?? [] });
  if (format === "json") return json(report);
  return download(reportTables(report, lang), format, `deltagande-${query.from}-${query.to}`, lang);
};
