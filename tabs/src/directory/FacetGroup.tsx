// One facet as a collapsible group of checkboxes with counts; long lists show the first few
// values and a "show all" toggle. Selected values are always shown.
import { useId, useState } from "react";
import { Button, Checkbox } from "@fluentui/react-components";
import { ChevronDown16Regular } from "@fluentui/react-icons";
import { formatNumber, useLocale } from "../i18n";
import { cx } from "../shared/cx";
import styles from "./FacetGroup.module.css";

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

const VISIBLE_WHEN_COLLAPSED = 6;

interface Props {
  title: string;
  options: FacetOption[];
  onToggle: (value: string) => void;
  initiallyOpen?: boolean;
}

export function FacetGroup({ title, options, onToggle, initiallyOpen = true }: Props) {
  const { locale, t } = useLocale();
  const [open, setOpen] = useState(initiallyOpen || options.some((o) => o.selected));
  const [showAll, setShowAll] = useState(false);
  const headingId = useId();
  const panelId = useId();

  const visible = showAll ? options : firstFewAndSelected(options);
  return (
    <section className={styles.group} aria-labelledby={headingId}>
      <h3 className={styles.heading} id={headingId}>
        <Button
          appearance="transparent"
          className={styles.toggle}
          icon={<ChevronDown16Regular className={cx(styles.chevron, !open && styles.chevronClosed)} />}
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          {title}
        </Button>
      </h3>
      {open && (
        <div id={panelId} role="group" aria-labelledby={headingId} className={styles.options}>
          {visible.map((option) => (
            <Checkbox
              key={option.value}
              checked={option.selected}
              onChange={() => onToggle(option.value)}
              label={
                <>
                  {option.label}
                  <span className={styles.count}>({formatNumber(option.count, locale)})</span>
                </>
              }
            />
          ))}
          {options.length > VISIBLE_WHEN_COLLAPSED && (
            <Button appearance="subtle" size="small" className={styles.showAll} onClick={() => setShowAll(!showAll)}>
              {showAll ? t("facets.showFewer") : t("facets.showAll", { count: options.length })}
            </Button>
          )}
        </div>
      )}
    </section>
  );
}

function firstFewAndSelected(options: FacetOption[]): FacetOption[] {
  return options.filter((option, index) => index < VISIBLE_WHEN_COLLAPSED || option.selected);
}
