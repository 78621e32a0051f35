// A catalogue channel tab as Teams stores it: the saved view in the content URL's query string
// (courses by their filters, or the events view).
import type { CourseFilters } from "@campus-westum/api/contract";
import { courseFiltersFromParams, courseFiltersToParams } from "../api/courseFilters";
import type { TabInstanceConfig } from "../teams";

function catalogueUrl(params: URLSearchParams): string {
  const url = new URL(`${import.meta.env.BASE_URL}catalogue`, window.location.origin);
  url.search = params.toString();
  return url.toString();
}

export function catalogueTabInstance(view: CourseFilters, displayName: string, entityId: string): TabInstanceConfig {
  return {
    contentUrl: catalogueUrl(courseFiltersToParams(view, new URLSearchParams({ context: "channel" }))),
    websiteUrl: catalogueUrl(courseFiltersToParams(view)),
    entityId,
    suggestedDisplayName: displayName.trim(),
  };
}

export function courseViewFromContentUrl(contentUrl: string): CourseFilters {
  try {
    return courseFiltersFromParams(new URL(contentUrl, window.location.origin).searchParams);
  } catch {
    return {};
  }
}

/** A channel tab on the catalogue's events view (the tech network's meetings): no filters to save. */
export function eventsTabInstance(displayName: string, entityId: string): TabInstanceConfig {
  return {
    contentUrl: catalogueUrl(new URLSearchParams({ view: "events", context: "channel" })),
    websiteUrl: catalogueUrl(new URLSearchParams({ view: "events" })),
    entityId,
    suggestedDisplayName: displayName.trim(),
  };
}

/** Which feature a saved channel tab shows, read from its content URL's path (and view). */
export function tabKindOf(contentUrl: string): "directory" | "catalogue" | "events" {
  try {
    const url = new URL(contentUrl, window.location.origin);
    if (!url.pathname.endsWith("/catalogue")) return "directory";
    return url.searchParams.get("view") === "events" ? "events" : "catalogue";
  } catch {
    return "directory";
  }
}

export function newCatalogueEntityId(): string {
  const random = typeof crypto.randomUUID === "function" ? crypto.randomUUID() : `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  return `catalogue-${random.slice(0, 12)}`;
}
