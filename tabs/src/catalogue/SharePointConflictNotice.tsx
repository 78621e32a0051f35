// For coordinators: a change of a course (or of a fika series, or of a course's registrations:
// shown the same way) that the SharePoint lists refused because they had changed since (decision 0017). The
// list's version is kept; the refused values are shown beside it, field by field, so that the
// coordinator can redo what matters. role="note": read with the course, not announced as an error.
import { useId } from "react";
import type { SharePointConflict } from "@campus-westum/api/contract";
import { useLocale, type MessageId } from "../i18n";
import styles from "./SharePointConflictNotice.module.css";

/** What the notice is called, says is now shown and what to save again: a course's, a series' or a course's registrations'. */
const WORDS: Record<"course" | "series" | "registrations", { title: MessageId; pending: MessageId; applied: MessageId; redo: MessageId }> = {
  course: { title: "conflict.title", pending: "conflict.pending", applied: "conflict.applied", redo: "conflict.redo" },
  series: { title: "conflict.title", pending: "conflict.pending", applied: "fika.conflict.applied", redo: "fika.conflict.redo" },
  registrations: { title: "conflict.registrations.title", pending: "conflict.registrations.text", applied: "conflict.registrations.text", redo: "conflict.registrations.redo" },
};

export function SharePointConflictNotice({ conflict, of = "course" }: { conflict: SharePointConflict; of?: keyof typeof WORDS }) {
  const { locale, t } = useLocale();
  const titleId = useId();
  // Inside a fika series' card, whose title is a h3.
  const Heading = of === "series" ? "h4" : "h3";
  const when = new Date(conflict.at).toLocaleString(locale, { dateStyle: "medium", timeStyle: "short" });
  const words = WORDS[of];
  return (
    <section className={styles.root} role="note" aria-labelledby={titleId}>
      <Heading id={titleId} className={styles.title}>{t(words.title)}</Heading>
      <p className={styles.text}>{t(conflict.applied ? words.applied : words.pending, { when })}</p>
      {conflict.items.map((item) => (
        <table key={`${item.list}-${item.itemId}`} className={styles.table}>
          <caption className={styles.caption}>
            {item.title ? t("conflict.itemTitled", { list: item.list, itemId: item.itemId, title: item.title }) : t("conflict.item", { list: item.list, itemId: item.itemId })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("conflict.field")}</th>
              <th scope="col">{t("conflict.listVersion")}</th>
              <th scope="col">{t("conflict.yourVersion")}</th>
            </tr>
          </thead>
          <tbody>
            {item.fields.map((f) => (
              <tr key={f.field}>
                <th scope="row">{f.label ? f.label[locale === "en" ? "en" : "sv"] : f.field}</th>
                <td>{f.list || t("conflict.empty")}</td>
                <td>{f.app || t("conflict.empty")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <p className={styles.text}>{t(words.redo)}</p>
    </section>
  );
}
