// The directory's filters live in the address bar (replaceState), so a view can be shared as a
// link and a channel tab opens on its saved view. Other parameters (lang, as, theme, context) are
// left as they are.
import type { MemberFilters } from "@campus-westum/api/contract";
import { FILTER_PARAMS, filtersFromParams, filtersToParams } from "../api/memberFilters";
import { currentParams, replaceParams } from "../shared/urlParams";

export function readFiltersFromUrl(): MemberFilters {
  return filtersFromParams(currentParams());
}

export function writeFiltersToUrl(filters: MemberFilters): void {
  const params = currentParams();
  for (const name of FILTER_PARAMS) params.delete(name);
  replaceParams(filtersToParams(filters, params));
}

/** A channel tab's content URL carries context=channel (see the configuration page). */
export function isChannelTab(): boolean {
  return currentParams().get("context") === "channel";
}
