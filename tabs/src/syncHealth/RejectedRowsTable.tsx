// The rows the last sync could not read: list, row (the ID column coordinators see in SharePoint),
// the column at fault and what is wrong, in the UI's language (the API gives Swedish and English;
// a reason only the service worded is shown as it is, marked as English).
import { useId } from "react";
import type { SyncRejectedRow } from "@campus-westum/api/contract";
import { useLocale } from "../i18n";
import table from "../catalogue/coordinator/ReportTable.module.css";
import { listLabel } from "./listLabels";
import styles from "./SyncHealthView.module.css";

export function RejectedRowsTable({ rows }: { rows: SyncRejectedRow[] }) {
  const { locale, t } = useLocale();
  const headingId = useId();
  return (
    <section className={styles.part} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.subheading}>
        {t("sync.rejected", { count: rows.length })}
      </h3>
      {rows.length === 0 ? (
        <p className={styles.note}>{t("sync.rejectedNone")}</p>
      ) : (
        <>
          <p className={styles.note}>{t("sync.rejectedLead")}</p>
          <div className={table.scroller}>
            <table className={table.table} aria-labelledby={headingId}>
              <thead>
                <tr>
                  <th scope="col">{t("sync.listColumn")}</th>
                  <th scope="col">{t("sync.row")}</th>
                  <th scope="col">{t("sync.column")}</th>
                  <th scope="col">{t("sync.problem")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={`${r.list}/${r.itemId}/${r.reason}`}>
                    <th scope="row" className={table.rowHeader}>
                      {listLabel(r.list, t)}
                    </th>
                    <td>{r.itemId}</td>
                    <td>{r.column ?? "–"}</td>
                    <td className={styles.error}>
                      {r.problem ? (
                        r.problem[locale === "en" ? "en" : "sv"]
                      ) : (
                        <>
                          <span lang="en">{r.reason}</span> {locale === "en" ? null : t("sync.problemInEnglish")}
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
