// Display names of the contract's ids (sub-regions, education areas, contact roles) in the UI
// language. Municipalities and digital systems are proper nouns and shown as they are.
import { CONTACT_ROLES, EDUCATION_AREAS, SUB_REGIONS, type FacetName } from "@campus-westum/api/contract";
import type { Locale } from "./locale";

type Labelled = readonly { id: string; sv: string; en: string }[];

function labelIn(list: Labelled, id: string, locale: Locale): string {
  return list.find((entry) => entry.id === id)?.[locale] ?? id;
}

export const subRegionLabel = (id: string, locale: Locale) => labelIn(SUB_REGIONS, id, locale);
export const areaLabel = (id: string, locale: Locale) => labelIn(EDUCATION_AREAS, id, locale);
export const roleLabel = (id: string, locale: Locale) => labelIn(CONTACT_ROLES, id, locale);

/** A facet value's label; techNetwork's "true"/"false" are worded by the caller's catalogue. */
export function facetValueLabel(facet: Exclude<FacetName, "techNetwork">, value: string, locale: Locale): string {
  if (facet === "subRegion") return subRegionLabel(value, locale);
  if (facet === "area") return areaLabel(value, locale);
  if (facet === "role") return roleLabel(value, locale);
  return value;
}
