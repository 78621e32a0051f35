// Pure edits of a filter set, as the facet panel and the filter chips make them.
import type { MemberFilters } from "@campus-westum/api/contract";
import type { ListFilterName } from "../api/memberFilters";
import { filtersToParams } from "../api/memberFilters";

export function toggleValue(filters: MemberFilters, name: ListFilterName, value: string): MemberFilters {
  const current = filters[name] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return withList(filters, name, next);
}

export function removeValue(filters: MemberFilters, name: ListFilterName, value: string): MemberFilters {
  return withList(filters, name, (filters[name] ?? []).filter((v) => v !== value));
}

export function withTechNetwork(filters: MemberFilters, onlyTechNetwork: boolean): MemberFilters {
  const { techNetwork: _dropped, ...rest } = filters;
  return onlyTechNetwork ? { ...rest, techNetwork: true } : rest;
}

export function withText(filters: MemberFilters, q: string): MemberFilters {
  const { q: _dropped, ...rest } = filters;
  return q.trim() ? { ...rest, q } : rest;
}

/** Same filters, whatever the order they were chosen in. */
export function sameFilters(a: MemberFilters, b: MemberFilters): boolean {
  const key = (filters: MemberFilters) => [...filtersToParams(filters)].map(([k, v]) => `${k}=${v}`).sort().join("&");
  return key(a) === key(b);
}

function withList(filters: MemberFilters, name: ListFilterName, values: string[]): MemberFilters {
  const { [name]: _dropped, ...rest } = filters;
  return values.length > 0 ? { ...rest, [name]: values } : rest;
}
