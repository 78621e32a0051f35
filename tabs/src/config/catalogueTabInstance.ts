// A catalogue channel tab as Teams stores it: the saved view in the content URL's query string.
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

/** Which feature a saved channel tab shows, read from its content URL's path. */
export function tabKindOf(contentUrl: string): "directory" | "catalogue" {
  try {
    return new URL(contentUrl, window.location.origin).pathname.endsWith("/catalogue") ? "catalogue" : "directory";
  } catch {
    return "directory";
  }
}

export function newCatalogueEntityId(): string {
  const random = typeof crypto.randomUUID === "function" ? crypto.randomUUID() : `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  return `catalogue-${random.slice(0, 12)}`;
}
