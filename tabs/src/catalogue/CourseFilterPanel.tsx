// The catalogue's filters: one group per facet with the API's counts (area, format, sub-region,
// provider, project), a date range and "only courses with free seats".
import { useId } from "react";
import type { CourseFilters, CourseSearchResult, FacetValue } from "@campus-westum/api/contract";
import { Checkbox, Input } from "@fluentui/react-components";
import type { CourseListFilterName } from "../api/courseFilters";
import { areaLabel, subRegionLabel, useLocale, type Locale, type MessageId } from "../i18n";
import { courseFormatLabel } from "./courseLabels";
import { FacetGroup, type FacetOption } from "../directory/FacetGroup";
import styles from "./CourseFilterPanel.module.css";

const GROUPS: { name: CourseListFilterName; title: MessageId; initiallyOpen: boolean }[] = [
  { name: "area", title: "facets.area", initiallyOpen: true },
  { name: "format", title: "courseFacets.format", initiallyOpen: true },
  { name: "subRegion", title: "courseFacets.subRegion", initiallyOpen: false },
  { name: "provider", title: "courseFacets.provider", initiallyOpen: false },
  { name: "project", title: "courseFacets.project", initiallyOpen: false },
];

interface Props {
  facets: CourseSearchResult["facets"];
  filters: CourseFilters;
  providerName: (id: string) => string;
  onChange: (filters: CourseFilters) => void;
}

export function CourseFilterPanel({ facets, filters, providerName, onChange }: Props) {
  const { locale, t } = useLocale();
  const fromId = useId();
  const toId = useId();
  const label = (name: CourseListFilterName, value: string) => valueLabel(name, value, locale, providerName);
  const setDay = (name: "from" | "to", value: string) => {
    const { [name]: _old, ...rest } = filters;
    onChange(value ? { ...rest, [name]: value } : rest);
  };

  return (
    <div className={styles.panel}>
      <Checkbox
        checked={filters.hasFreeSeats === true}
        onChange={(_, data) => {
          const { hasFreeSeats: _old, ...rest } = filters;
          onChange(data.checked === true ? { ...rest, hasFreeSeats: true } : rest);
        }}
        label={t("courseFacets.freeSeats")}
      />
      <fieldset className={styles.dates}>
        <legend className={styles.legend}>{t("courseFacets.dates")}</legend>
        <label htmlFor={fromId}>{t("courseFacets.from")}</label>
        <Input id={fromId} type="date" value={filters.from ?? ""} max={filters.to} onChange={(_, data) => setDay("from", data.value)} />
        <label htmlFor={toId}>{t("courseFacets.to")}</label>
        <Input id={toId} type="date" value={filters.to ?? ""} min={filters.from} onChange={(_, data) => setDay("to", data.value)} />
      </fieldset>
      {GROUPS.map(({ name, title, initiallyOpen }) => {
        const options = optionsFor(facets[name] ?? [], filters[name] ?? [], (value) => label(name, value));
        if (options.length === 0) return null;
        return (
          <FacetGroup
            key={name}
            title={t(title)}
            initiallyOpen={initiallyOpen}
            options={options}
            onToggle={(value) => onChange(toggle(filters, name, value))}
          />
        );
      })}
    </div>
  );
}

function valueLabel(name: CourseListFilterName, value: string, locale: Locale, providerName: (id: string) => string): string {
  if (name === "area") return areaLabel(value, locale);
  if (name === "format") return courseFormatLabel(value, locale);
  if (name === "subRegion") return subRegionLabel(value, locale);
  if (name === "provider") return providerName(value);
  return value;
}

/** The API's values with counts, plus any chosen value it no longer lists (count 0). */
function optionsFor(values: FacetValue[], selected: string[], label: (value: string) => string): FacetOption[] {
  const listed = values.map(({ value, count }) => ({ value, count, label: label(value), selected: selected.includes(value) }));
  const missing = selected.filter((value) => !values.some((v) => v.value === value)).map((value) => ({ value, count: 0, label: label(value), selected: true }));
  return [...listed, ...missing];
}

function toggle(filters: CourseFilters, name: CourseListFilterName, value: string): CourseFilters {
  const current = filters[name] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const { [name]: _old, ...rest } = filters;
  return next.length > 0 ? { ...rest, [name]: next } : rest;
}
