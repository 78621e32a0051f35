// The catalogue's views as tabs (WAI-ARIA tabs pattern: one tab stop, arrow keys move between
// tabs, Home/End jump). Drawn with the theme's variables instead of Fluent's TabList, which
// brings ~12 KB gzip of shared context and motion code into the catalogue's first download.
import { useRef, type KeyboardEvent } from "react";
import { cx } from "../shared/cx";
import styles from "./ViewTabs.module.css";

export interface ViewTab<T extends string> {
  value: T;
  label: string;
}

interface Props<T extends string> {
  label: string;
  tabs: ViewTab<T>[];
  selected: T;
  onSelect: (value: T) => void;
  /** The id of the element the selected tab controls. */
  panelId: string;
}

export function ViewTabs<T extends string>({ label, tabs, selected, onSelect, panelId }: Props<T>) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const next =
      event.key === "ArrowRight" ? (index === last ? 0 : index + 1)
      : event.key === "ArrowLeft" ? (index === 0 ? last : index - 1)
      : event.key === "Home" ? 0
      : event.key === "End" ? last
      : null;
    if (next === null) return;
    event.preventDefault();
    refs.current[next]?.focus();
    onSelect(tabs[next]!.value);
  };
  return (
    <div role="tablist" aria-label={label} className={styles.list}>
      {tabs.map((tab, index) => {
        const active = tab.value === selected;
        return (
          <button
            key={tab.value}
            ref={(element) => {
              refs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${panelId}-tab-${tab.value}`}
            aria-selected={active}
            aria-controls={active ? panelId : undefined}
            tabIndex={active ? 0 : -1}
            className={cx(styles.tab, active && styles.active)}
            onClick={() => onSelect(tab.value)}
            onKeyDown={(event) => move(event, index)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
