// What the catalogue keeps in the address bar (replaceState): the filters (so a view can be shared
// and a channel tab opens on its saved view), the open view (courses, mine, events, needs, manage, report, announcements, fika, sync) and
// the open course. Other parameters (lang, as, theme, context) are left as they are.
import type { CourseFilters } from "@campus-westum/api/contract";
import { COURSE_FILTER_PARAMS, courseFiltersFromParams, courseFiltersToParams } from "../api/courseFilters";
import { currentParams, replaceParams } from "../shared/urlParams";

export const CATALOGUE_VIEWS = ["courses", "mine", "events", "needs", "manage", "report", "announcements", "fika", "sync"] as const;
export type CatalogueView = (typeof CATALOGUE_VIEWS)[number];

export function readCourseFiltersFromUrl(): CourseFilters {
  return courseFiltersFromParams(currentParams());
}

export function writeCourseFiltersToUrl(filters: CourseFilters): void {
  const params = currentParams();
  for (const name of COURSE_FILTER_PARAMS) params.delete(name);
  replaceParams(courseFiltersToParams(filters, params));
}

export function readViewFromUrl(): CatalogueView {
  const view = currentParams().get("view");
  return CATALOGUE_VIEWS.find((v) => v === view) ?? "courses";
}

/** A single-valued parameter (view, course): set, or removed when null / the default. */
export function writeParam(name: "view" | "course", value: string | null): void {
  const params = currentParams();
  if (value === null || (name === "view" && value === "courses")) params.delete(name);
  else params.set(name, value);
  replaceParams(params);
}

export function readCourseIdFromUrl(): string | null {
  return currentParams().get("course");
}
