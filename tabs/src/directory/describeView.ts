// Words for a saved view: the channel tab's "Saved view: Skaraborg" heading and the configuration
// page's suggested tab name ("Medlemmar – Skaraborg", "Tekniknätverket", "Område: IT").
import type { MemberFilters } from "@campus-westum/api/contract";
import { areaLabel, roleLabel, subRegionLabel, type Locale, type Translate } from "../i18n";

const MAX_TAB_NAME_LENGTH = 100;

/** The view's filters in a few words ("Skaraborg · Område: IT"), or null for all members. */
export function describeView(filters: MemberFilters, locale: Locale, t: Translate): string | null {
  const list = (values: string[] | undefined, label: (id: string) => string = (v) => v) =>
    (values ?? []).map(label).join(", ");
  const parts = [
    list(filters.subRegion, (id) => subRegionLabel(id, locale)),
    list(filters.municipality),
    filters.area?.length ? t("view.area", { areas: list(filters.area, (id) => areaLabel(id, locale)) }) : "",
    filters.system?.length ? t("view.system", { systems: list(filters.system) }) : "",
    filters.role?.length ? t("view.role", { roles: list(filters.role, (id) => roleLabel(id, locale)) }) : "",
    filters.techNetwork === true ? t("view.techNetwork") : filters.techNetwork === false ? t("view.notTechNetwork") : "",
    filters.q ? t("view.text", { q: filters.q }) : "",
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(" · ") : null;
}

/** The tab name the configuration page proposes for a view. */
export function suggestTabName(filters: MemberFilters, locale: Locale, t: Translate): string {
  const description = describeView(filters, locale, t);
  // A view that starts with a place reads as "Members – Skaraborg"; others name themselves
  // ("Tech network", "Area: IT").
  const placeLed = Boolean(filters.subRegion?.length || filters.municipality?.length);
  const name =
    description === null ? t("view.allMembersTab")
    : placeLed ? t("view.membersIn", { place: description })
    : description;
  return name.length > MAX_TAB_NAME_LENGTH ? `${name.slice(0, MAX_TAB_NAME_LENGTH - 1)}…` : name;
}
