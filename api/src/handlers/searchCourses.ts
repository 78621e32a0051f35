// GET /api/courses: the catalogue with free text, filters, date range, free seats, facets and paging.
import * as z from "zod";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../contract/index.js";
import { searchCourses as search } from "../domain/catalogue/courseSearch.js";
import { courseFormat, courseLanguage, courseStatus, memberId, projectName } from "../domain/catalogue/courseSchema.js";
import { educationAreaId, subRegionId } from "../domain/directorySchema.js";
import { searchText } from "../domain/textSchemas.js";
import { calendarDate, checkPeriod } from "../domain/timeSchemas.js";
import { problems } from "../http/problem.js";
import { parseQuery } from "../http/query.js";
import { json, type Handler } from "../http/route.js";

const LIST_FIELDS = ["area", "format", "provider", "subRegion", "project", "language", "status"] as const;
const list = <T extends z.ZodType>(item: T) => z.array(item).max(50).optional();

const courseQuery = z
  .object({
    q: searchText.optional(),
    area: list(educationAreaId),
    format: list(courseFormat),
    provider: list(memberId),
    subRegion: list(subRegionId),
    project: list(projectName),
    language: list(courseLanguage),
    status: list(courseStatus),
    from: calendarDate.optional(),
    to: calendarDate.optional(),
    hasFreeSeats: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  })
  // A date range only filters: it costs nothing more when long, so only its order is checked.
  .superRefine((q, ctx) => checkPeriod(ctx, q, Infinity));

export const searchCourses: Handler<"user"> = async ({ request, services, caller, lang }) => {
  const { page, pageSize, ...filters } = parseQuery(request.query, courseQuery, LIST_FIELDS, lang);
  if (caller.role !== "coordinator" && filters.status?.some((s) => s !== "published")) throw problems.forbidden();
  const catalogue = await services.catalogue.current();
  const result = search(catalogue.searchable, filters, page, pageSize, services.now());
  // Staff never see drafts or cancelled courses, so neither do they see how many there are.
  if (caller.role !== "coordinator") result.facets.status = result.facets.status.filter((f) => f.value === "published");
  return json(result);
};
