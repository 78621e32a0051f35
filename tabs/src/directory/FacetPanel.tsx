// The filters beside the results: one group per facet, each value with the number of members it
// would give (counted by the API with every other filter applied).
import type { FacetName, FacetValue, MemberFilters, MemberSearchResult } from "@campus-westum/api/contract";
import { Checkbox } from "@fluentui/react-components";
import type { ListFilterName } from "../api/memberFilters";
import { facetValueLabel, formatNumber, useLocale, type MessageId } from "../i18n";
import { FacetGroup, type FacetOption } from "./FacetGroup";
import { toggleValue, withTechNetwork } from "./filterEdits";
import styles from "./FacetPanel.module.css";

const LIST_FACETS: { name: ListFilterName; title: MessageId; initiallyOpen: boolean }[] = [
  { name: "subRegion", title: "facets.subRegion", initiallyOpen: true },
  { name: "area", title: "facets.area", initiallyOpen: true },
  { name: "municipality", title: "facets.municipality", initiallyOpen: false },
  { name: "system", title: "facets.system", initiallyOpen: false },
  { name: "role", title: "facets.role", initiallyOpen: true },
];

interface Props {
  facets: MemberSearchResult["facets"];
  filters: MemberFilters;
  onChange: (filters: MemberFilters) => void;
}

export function FacetPanel({ facets, filters, onChange }: Props) {
  const { locale, t } = useLocale();
  const techNetworkCount = facets.techNetwork?.find((v) => v.value === "true")?.count ?? 0;

  return (
    <div className={styles.panel}>
      <Checkbox
        className={styles.techNetwork}
        checked={filters.techNetwork === true}
        onChange={(_, data) => onChange(withTechNetwork(filters, data.checked === true))}
        label={
          <>
            {t("facets.techNetworkOnly")}
            <span className={styles.count}>({formatNumber(techNetworkCount, locale)})</span>
          </>
        }
      />
      {LIST_FACETS.map(({ name, title, initiallyOpen }) => {
        const options = optionsFor(name, facets[name] ?? [], filters[name] ?? [], (value) => facetValueLabel(name, value, locale));
        // A facet with no values under the current filters has nothing to offer: leave it out.
        if (options.length === 0) return null;
        return (
          <FacetGroup
            key={name}
            title={t(title)}
            initiallyOpen={initiallyOpen}
            options={options}
            onToggle={(value) => onChange(toggleValue(filters, name, value))}
          />
        );
      })}
    </div>
  );
}

/** The API's values with their counts, plus any selected value the API no longer lists (count 0). */
function optionsFor(
  name: Exclude<FacetName, "techNetwork">,
  values: FacetValue[],
  selected: string[],
  label: (value: string) => string,
): FacetOption[] {
  const listed = values.map(({ value, count }) => ({ value, count, label: label(value), selected: selected.includes(value) }));
  const missing = selected
    .filter((value) => !values.some((v) => v.value === value))
    .map((value) => ({ value, count: 0, label: label(value), selected: true }));
  return name === "municipality" || name === "system"
    ? [...listed, ...missing].sort((a, b) => Number(b.selected) - Number(a.selected) || b.count - a.count || a.label.localeCompare(b.label, "sv"))
    : [...listed, ...missing];
}
