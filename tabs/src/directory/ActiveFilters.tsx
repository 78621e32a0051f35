// The chosen filters as dismissible chips, and "clear filters".
import type { MemberFilters } from "@campus-westum/api/contract";
import { Button } from "@fluentui/react-components";
import { Dismiss12Regular } from "@fluentui/react-icons";
import { LIST_FILTERS } from "../api/memberFilters";
import { facetValueLabel, useLocale } from "../i18n";
import styles from "./ActiveFilters.module.css";
import { removeValue, withTechNetwork, withText } from "./filterEdits";

interface Chip {
  key: string;
  label: string;
  remove: () => MemberFilters;
}

export function ActiveFilters({ filters, onChange, onClear }: { filters: MemberFilters; onChange: (f: MemberFilters) => void; onClear: () => void }) {
  const { locale, t } = useLocale();

  const chips: Chip[] = [];
  if (filters.q) chips.push({ key: "q", label: t("filters.text", { q: filters.q }), remove: () => withText(filters, "") });
  for (const name of LIST_FILTERS) {
    for (const value of filters[name] ?? []) {
      chips.push({ key: `${name}=${value}`, label: facetValueLabel(name, value, locale), remove: () => removeValue(filters, name, value) });
    }
  }
  if (filters.techNetwork !== undefined) {
    chips.push({ key: "techNetwork", label: t(filters.techNetwork ? "view.techNetwork" : "view.notTechNetwork"), remove: () => withTechNetwork(filters, false) });
  }
  if (chips.length === 0) return null;

  return (
    <ul className={styles.list} aria-label={t("filters.active")}>
      {chips.map((chip) => (
        <li key={chip.key}>
          <Button
            size="small"
            shape="circular"
            icon={<Dismiss12Regular />}
            iconPosition="after"
            aria-label={t("filters.remove", { label: chip.label })}
            onClick={() => onChange(chip.remove())}
          >
            {chip.label}
          </Button>
        </li>
      ))}
      <li>
        <Button size="small" appearance="subtle" onClick={onClear}>
          {t("filters.clear")}
        </Button>
      </li>
    </ul>
  );
}
