// The rows the last sync could not read: list, row (the ID column coordinators see in SharePoint),
// the column at fault by its name in the list (its internal name after it) and what is wrong, in the UI's language (the API gives Swedish and English;
// a reason only the service worded is shown as it is, marked as English).
import { useId } from "react";
import type { SyncRejectedRow } from "@campus-westum/api/contract";
import { useLocale } from "../i18n";
import table from "../catalogue/coordinator/ReportTable.module.css";
import { siteName } from "./listLabels";
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
                      {r.listLabel ? siteName(r.listLabel, locale) : r.list}
                    </th>
                    <td>{r.itemId}</td>
                    <td>
                      {r.columnLabel ? (
                        <>
                          {siteName(r.columnLabel, locale)}
                          {/* The internal name, for whoever reads the list through Graph or Power Automate. */}
                          {r.column !== r.columnLabel.sv && <span className={styles.hint}> ({t("sync.internalName", { name: r.column ?? "" })})</span>}
                        </>
                      ) : (
                        (r.column ?? "–")
                      )}
                    </td>
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
