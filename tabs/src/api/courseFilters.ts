// Course filters <-> query parameters, in the API's wire format (GET /api/courses). The address
// bar uses the same names, so a saved catalogue view and an API request read alike.
import type { CourseFilters } from "@campus-westum/api/contract";

export const COURSE_LIST_FILTERS = ["area", "format", "provider", "subRegion", "project"] as const;
export type CourseListFilterName = (typeof COURSE_LIST_FILTERS)[number];

/** Every parameter name the filters own (others in a URL, like lang, view or context, are left alone). */
export const COURSE_FILTER_PARAMS: readonly string[] = ["q", ...COURSE_LIST_FILTERS, "from", "to", "hasFreeSeats"];

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function courseFiltersToParams(filters: CourseFilters, params = new URLSearchParams()): URLSearchParams {
  const q = filters.q?.trim();
  if (q) params.set("q", q);
  for (const name of COURSE_LIST_FILTERS) {
    for (const value of filters[name] ?? []) params.append(name, value);
  }
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.hasFreeSeats === true) params.set("hasFreeSeats", "true");
  return params;
}

export function courseFiltersFromParams(params: URLSearchParams): CourseFilters {
  const filters: CourseFilters = {};
  const q = params.get("q")?.trim();
  if (q) filters.q = q;
  for (const name of COURSE_LIST_FILTERS) {
    const values = [...new Set(params.getAll(name).filter(Boolean))];
    if (values.length > 0) filters[name] = values;
  }
  const from = params.get("from");
  const to = params.get("to");
  if (from && DAY.test(from)) filters.from = from;
  if (to && DAY.test(to)) filters.to = to;
  if (params.get("hasFreeSeats") === "true") filters.hasFreeSeats = true;
  return filters;
}

export function hasAnyCourseFilter(filters: CourseFilters): boolean {
  return courseFiltersToParams(filters).size > 0;
}

/** Same filters, whatever the order they were chosen in. */
export function sameCourseFilters(a: CourseFilters, b: CourseFilters): boolean {
  const key = (filters: CourseFilters) => [...courseFiltersToParams(filters)].map(([k, v]) => `${k}=${v}`).sort().join("&");
  return key(a) === key(b);
}
