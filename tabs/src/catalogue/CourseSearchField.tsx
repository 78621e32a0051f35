// The free-text search over courses, in a search landmark. Results follow as you type.
import { useId, type FormEvent } from "react";
import { SearchBox } from "@fluentui/react-components";
import { useT } from "../i18n";
import styles from "../shared/searchField.module.css";

export function CourseSearchField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const t = useT();
  const id = useId();
  const keepOnPage = (event: FormEvent) => event.preventDefault();
  return (
    <form role="search" aria-label={t("courseSearch.landmark")} className={styles.form} onSubmit={keepOnPage}>
      <label htmlFor={id} className={styles.label}>
        {t("courseSearch.label")}
      </label>
      <SearchBox
        id={id}
        value={value}
        placeholder={t("courseSearch.placeholder")}
        onChange={(_, data) => onChange(data.value)}
        dismiss={{ "aria-label": t("search.clear") }}
        autoComplete="off"
      />
    </form>
  );
}
