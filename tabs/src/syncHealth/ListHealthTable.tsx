// Per SharePoint list: when the sync last read it without an error, how long ago, and whether it
// is up to date (stale past three sync intervals), or the error of its last run.
import type { ListHealth } from "@campus-westum/api/contract";
import { formatDateTime, useLocale } from "../i18n";
import table from "../catalogue/coordinator/ReportTable.module.css";
import { siteName } from "./listLabels";
import styles from "./SyncHealthView.module.css";

export function ListHealthTable({ lists }: { lists: ListHealth[] }) {
  const { locale, t } = useLocale();
  return (
    <div className={table.scroller}>
      <table className={table.table}>
        <caption className={table.caption}>{t("sync.lists")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("sync.listColumn")}</th>
            <th scope="col">{t("sync.lastSuccess")}</th>
            <th scope="col">{t("sync.age")}</th>
            <th scope="col">{t("sync.state")}</th>
          </tr>
        </thead>
        <tbody>
          {lists.map((l) => (
            <tr key={l.list}>
              <th scope="row" className={table.rowHeader}>
                {siteName(l.label, locale)}
              </th>
              <td>{l.lastSuccessAt ? formatDateTime(l.lastSuccessAt, locale) : t("sync.never")}</td>
              <td>{l.ageMinutes === undefined ? "–" : t("sync.ageMinutes", { minutes: l.ageMinutes })}</td>
              <td className={styles.error}>
                {l.error ? (
                  <span className={styles.bad}>{t("sync.listError", { error: l.error })}</span>
                ) : l.stale ? (
                  <span className={styles.bad}>{t("sync.stale")}</span>
                ) : (
                  t("sync.ok")
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
