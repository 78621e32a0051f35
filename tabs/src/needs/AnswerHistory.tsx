// Who changed a member's answer and what, newest first (the API writes the summary in the caller's
// language). Folded away: most visits only need the answer itself.
import type { NeedsAnswer } from "@campus-westum/api/contract";
import { formatDateTime, useLocale } from "../i18n";
import styles from "./AnswerHistory.module.css";

export function AnswerHistory({ answer }: { answer: NeedsAnswer }) {
  const { locale, t } = useLocale();
  if (answer.history.length === 0) return <p className={styles.none}>{t("needs.history.none")}</p>;
  return (
    <details className={styles.history}>
      <summary>{t("needs.history.heading", { count: answer.history.length })}</summary>
      <ol className={styles.list}>
        {answer.history.map((change, i) => (
          <li key={i}>
            <span className={styles.when}>{formatDateTime(change.at, locale)}</span>{" "}
            {t(change.via === "card" ? "needs.history.byCard" : "needs.history.byTab", { name: change.by.name })}: {change.summary}
          </li>
        ))}
      </ol>
    </details>
  );
}
