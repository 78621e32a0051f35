// Course search over the catalogue snapshot: free text, filters, date range, free seats, facet
// counts and paging. Pure. The catalogue is hundreds of courses, not thousands of members, so a
// plain scan is fast enough and simpler than the directory's bit sets.
import {
  COURSE_FACET_NAMES,
  COURSE_FORMATS,
  EDUCATION_AREAS,
  SUB_REGIONS,
  type CourseFacetName,
  type CourseFilters,
  type CourseSearchResult,
  type CourseSummary,
  type FacetValue,
} from "../../contract/index.js";
import { compareSwedish, matchesAllTokens, normalizeText, queryTokens } from "../normalize.js";
import type { CourseRecord } from "./courseSchema.js";
import { epochOf } from "./courseView.js";
import { addDays, startOfStockholmDay } from "@campus-westum/bot/stockholmClock";

export interface SearchableCourse {
  summary: CourseSummary;
  text: string;
}

const label = (list: readonly { id: string; sv: string; en: string }[], id: string) => {
  const entry = list.find((e) => e.id === id);
  return entry ? `${entry.sv} ${entry.en}` : id;
};

export function searchableCourse(course: CourseRecord, summary: CourseSummary): SearchableCourse {
  const text = normalizeText(
    [
      course.title,
      course.description,
      course.audience,
      course.providerName,
      ...course.providerSubRegions.map((r) => label(SUB_REGIONS, r)),
      label(COURSE_FORMATS, course.format),
      course.project ?? "",
      ...course.areas.map((a) => label(EDUCATION_AREAS, a)),
      ...course.receivingSites.map((s) => s.memberName),
    ].join(" "),
  );
  return { summary, text };
}

function facetValuesOf(c: CourseSummary): Record<CourseFacetName, readonly string[]> {
  return {
    area: c.areas,
    format: [c.format],
    provider: [c.providerMemberId],
    subRegion: c.providerSubRegions,
    project: c.project ? [c.project] : [],
    language: [c.language],
    status: [c.status],
  };
}

export function searchCourses(courses: readonly SearchableCourse[], filters: CourseFilters, page: number, pageSize: number, nowMs: number): CourseSearchResult {
  const tokens = queryTokens(filters.q ?? "");
  const fromMs = filters.from ? startOfStockholmDay(filters.from) : undefined;
  const toMs = filters.to ? startOfStockholmDay(addDays(filters.to, 1)) : undefined;
  const status = filters.status?.length ? filters.status : ["published"];

  /** Everything but the facets: text, dates and free seats. */
  const base = courses.filter(({ summary: c, text }) => {
    if (tokens.length > 0 && !matchesAllTokens(text, tokens)) return false;
    const first = c.firstStart ? epochOf(c.firstStart) : undefined;
    const last = c.lastEnd ? epochOf(c.lastEnd) : undefined;
    if (fromMs === undefined && toMs === undefined && last !== undefined && last < nowMs) return false;
    if (fromMs !== undefined && (last === undefined || last < fromMs)) return false;
    if (toMs !== undefined && (first === undefined || first >= toMs)) return false;
    if (filters.hasFreeSeats && !c.hasFreeSeats) return false;
    return true;
  });
  const selected = (facet: CourseFacetName): readonly string[] => (facet === "status" ? status : (filters[facet] ?? []));
  const passes = (c: CourseSummary, except?: CourseFacetName) => {
    const values = facetValuesOf(c);
    return COURSE_FACET_NAMES.every((facet) => {
      const chosen = selected(facet);
      return facet === except || chosen.length === 0 || values[facet].some((v) => chosen.includes(v));
    });
  };

  const hits = base.filter(({ summary }) => passes(summary)).map((c) => c.summary);
  const facets = {} as Record<CourseFacetName, FacetValue[]>;
  for (const facet of COURSE_FACET_NAMES) {
    const counts = new Map<string, number>(selected(facet).map((v) => [v, 0]));
    for (const { summary } of base) {
      if (!passes(summary, facet)) continue;
      for (const value of facetValuesOf(summary)[facet]) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    facets[facet] = [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || compareSwedish(a.value, b.value));
  }

  const startKey = (c: CourseSummary) => (c.firstStart ? epochOf(c.firstStart) : Number.MAX_SAFE_INTEGER);
  hits.sort((a, b) => startKey(a) - startKey(b) || compareSwedish(a.title, b.title));
  return { total: hits.length, page, pageSize, items: hits.slice((page - 1) * pageSize, page * pageSize), facets };
}
