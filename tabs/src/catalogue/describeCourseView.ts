// Words for a saved catalogue view: the channel tab's "Sparad vy: IT · Digitalt" heading and the
// configuration page's suggested tab name ("Utbildningar – Skaraborg", "Område: IT").
import type { CourseFilters } from "@campus-westum/api/contract";
import { areaLabel, subRegionLabel, type Locale, type Translate } from "../i18n";
import { courseFormatLabel } from "./courseLabels";

const MAX_TAB_NAME_LENGTH = 100;

export function describeCourseView(filters: CourseFilters, locale: Locale, t: Translate, providerName: (id: string) => string = (id) => id): string | null {
  const list = (values: string[] | undefined, label: (id: string) => string = (v) => v) => (values ?? []).map(label).join(", ");
  const parts = [
    list(filters.subRegion, (id) => subRegionLabel(id, locale)),
    filters.area?.length ? t("view.area", { areas: list(filters.area, (id) => areaLabel(id, locale)) }) : "",
    list(filters.format, (id) => courseFormatLabel(id, locale)),
    filters.provider?.length ? t("catalogueView.provider", { providers: list(filters.provider, providerName) }) : "",
    list(filters.project),
    filters.from || filters.to ? t("catalogueView.dates", { from: filters.from ?? "…", to: filters.to ?? "…" }) : "",
    filters.hasFreeSeats ? t("catalogueView.freeSeats") : "",
    filters.q ? t("view.text", { q: filters.q }) : "",
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(" · ") : null;
}

export function suggestCatalogueTabName(filters: CourseFilters, locale: Locale, t: Translate, providerName?: (id: string) => string): string {
  const description = describeCourseView(filters, locale, t, providerName);
  const placeLed = Boolean(filters.subRegion?.length);
  const name =
    description === null ? t("catalogueView.allTab")
    : placeLed ? t("catalogueView.coursesIn", { place: description })
    : description;
  return name.length > MAX_TAB_NAME_LENGTH ? `${name.slice(0, MAX_TAB_NAME_LENGTH - 1)}…` : name;
}
