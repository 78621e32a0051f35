// A directory channel tab as Teams stores it: the saved view in the content URL's query string.
import type { MemberFilters } from "@campus-westum/api/contract";
import { filtersFromParams, filtersToParams } from "../api/memberFilters";
import type { TabInstanceConfig } from "../teams";

function directoryUrl(params: URLSearchParams): string {
  const url = new URL(`${import.meta.env.BASE_URL}directory`, window.location.origin);
  url.search = params.toString();
  return url.toString();
}

export function directoryTabInstance(view: MemberFilters, displayName: string, entityId: string): TabInstanceConfig {
  return {
    // The tab opens on the saved view and knows it is a channel tab.
    contentUrl: directoryUrl(filtersToParams(view, new URLSearchParams({ context: "channel" }))),
    // "Open in browser": the same view as a plain shareable link.
    websiteUrl: directoryUrl(filtersToParams(view)),
    entityId,
    suggestedDisplayName: displayName.trim(),
  };
}

export function viewFromContentUrl(contentUrl: string): MemberFilters {
  try {
    return filtersFromParams(new URL(contentUrl, window.location.origin).searchParams);
  } catch {
    return {};
  }
}

export function newEntityId(): string {
  const random = typeof crypto.randomUUID === "function" ? crypto.randomUUID() : `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  return `directory-${random.slice(0, 12)}`;
}
