// The free-text search, in a search landmark. Results follow as you type (the page debounces).
import { useId, type FormEvent } from "react";
import { SearchBox } from "@fluentui/react-components";
import { useT } from "../i18n";
import styles from "../shared/searchField.module.css";

export function MemberSearchField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const t = useT();
  const id = useId();
  // Enter must not reload the page: results are already live.
  const keepOnPage = (event: FormEvent) => event.preventDefault();
  return (
    <form role="search" aria-label={t("search.landmark")} className={styles.form} onSubmit={keepOnPage}>
      <label htmlFor={id} className={styles.label}>
        {t("search.label")}
      </label>
      <SearchBox
        id={id}
        value={value}
        placeholder={t("search.placeholder")}
        onChange={(_, data) => onChange(data.value)}
        dismiss={{ "aria-label": t("search.clear") }}
        autoComplete="off"
      />
    </form>
  );
}
