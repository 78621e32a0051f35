// For coordinators: a change of this course that the SharePoint lists refused because they had
// changed since (decision 0017). The list's version is kept; the refused values are shown beside
// it, field by field, so that the coordinator can redo what matters. role="note": read with the
// course, not announced as an error.
import type { SharePointConflict } from "@campus-westum/api/contract";
import { useLocale } from "../i18n";
import styles from "./SharePointConflictNotice.module.css";

export function SharePointConflictNotice({ conflict }: { conflict: SharePointConflict }) {
  const { locale, t } = useLocale();
  const when = new Date(conflict.at).toLocaleString(locale, { dateStyle: "medium", timeStyle: "short" });
  return (
    <section className={styles.root} role="note" aria-labelledby="sp-conflict-title">
      <h3 id="sp-conflict-title" className={styles.title}>{t("conflict.title")}</h3>
      <p className={styles.text}>{t(conflict.applied ? "conflict.applied" : "conflict.pending", { when })}</p>
      {conflict.items.map((item) => (
        <table key={`${item.list}-${item.itemId}`} className={styles.table}>
          <caption className={styles.caption}>{t("conflict.item", { list: item.list, itemId: item.itemId })}</caption>
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
                <th scope="row">{f.field}</th>
                <td>{f.list || t("conflict.empty")}</td>
                <td>{f.app || t("conflict.empty")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <p className={styles.text}>{t("conflict.redo")}</p>
    </section>
  );
}
