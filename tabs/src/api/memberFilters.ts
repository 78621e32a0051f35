// Member filters <-> query parameters, in the API's wire format. The address bar uses the same
// names, so a shared view URL and an API request read alike.
import type { MemberFilters } from "@campus-westum/api/contract";

export const LIST_FILTERS = ["subRegion", "municipality", "area", "system", "role"] as const;
export type ListFilterName = (typeof LIST_FILTERS)[number];

/** Every parameter name the filters own (others in a URL, like lang or context, are left alone). */
export const FILTER_PARAMS: readonly string[] = ["q", ...LIST_FILTERS, "techNetwork"];

export function filtersToParams(filters: MemberFilters, params = new URLSearchParams()): URLSearchParams {
  const q = filters.q?.trim();
  if (q) params.set("q", q);
  for (const name of LIST_FILTERS) {
    for (const value of filters[name] ?? []) params.append(name, value);
  }
  if (filters.techNetwork !== undefined) params.set("techNetwork", String(filters.techNetwork));
  return params;
}

export function filtersFromParams(params: URLSearchParams): MemberFilters {
  const filters: MemberFilters = {};
  const q = params.get("q")?.trim();
  if (q) filters.q = q;
  for (const name of LIST_FILTERS) {
    const values = unique(params.getAll(name).filter(Boolean));
    if (values.length > 0) filters[name] = values;
  }
  const techNetwork = params.get("techNetwork");
  if (techNetwork === "true" || techNetwork === "false") filters.techNetwork = techNetwork === "true";
  return filters;
}

export function hasAnyFilter(filters: MemberFilters): boolean {
  return filtersToParams(filters).size > 0;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
