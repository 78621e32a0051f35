// The write-back to the lists: how many changes wait, fail or were stopped (dead-lettered after the
// API's attempt limit), the oldest waiting change, and each failure with SharePoint's last error and
// "Försök igen", which gives it fresh attempts (POST /api/sync/write-backs/retry). The answer is
// the new status; a status line says what happened, and focus stays on the list's heading.
import { useId, useRef, useState } from "react";
import type { OutboxStatus, SyncStatus, WriteBackFailure } from "@campus-westum/api/contract";
import { Button } from "@fluentui/react-components";
import { problemDetailOf } from "../api/ProblemError";
import { useSyncApi } from "../api/useSyncApi";
import { formatDateTime, formatNumber, useLocale, type Translate } from "../i18n";
import table from "../catalogue/coordinator/ReportTable.module.css";
import styles from "./SyncHealthView.module.css";

/** What failed, in words: "Anmälan: Anna Andersson till Excel för nybörjare". */
const KIND_MESSAGES = { course: "sync.kind.course", fika: "sync.kind.fika", needs: "sync.kind.needs" } as const;

export function describeFailure(f: WriteBackFailure, t: Translate): string {
  const title = f.title ?? t("sync.unknownTitle");
  if (f.kind === "registration") return t("sync.kind.registration", { person: f.personName ?? f.registrationId ?? "", title });
  return t(KIND_MESSAGES[f.kind], { title });
}

export function WriteBackPanel({ outbox, onStatus }: { outbox: OutboxStatus; onStatus: (status: SyncStatus) => void }) {
  const { locale, t } = useLocale();
  const api = useSyncApi();
  const [busy, setBusy] = useState<string | null>(null);
  const [said, setSaid] = useState("");
  const headingId = useId();
  const failuresHeading = useRef<HTMLHeadingElement>(null);
  const n = (v: number) => formatNumber(v, locale);

  const retry = (f: WriteBackFailure) => {
    const key = `${f.group}/${f.registrationId ?? ""}`;
    setBusy(key);
    setSaid("");
    api
      .retryWriteBack({ group: f.group, ...(f.registrationId ? { registrationId: f.registrationId } : {}) })
      .then((status) => {
        setSaid(t("sync.retried", { what: describeFailure(f, t) }));
        onStatus(status);
        // The row leaves the table: focus goes to its heading rather than to the page's start.
        setTimeout(() => failuresHeading.current?.focus());
      })
      .catch((error: unknown) => setSaid(`${t("sync.retryFailed")}: ${problemDetailOf(error) ?? t("error.network")}`))
      .finally(() => setBusy(null));
  };

  return (
    <section className={styles.part} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.subheading}>
        {t("sync.outbox")}
      </h3>
      <dl className={styles.counts}>
        <div><dt>{t("sync.pending")}</dt><dd>{n(outbox.pending)}</dd></div>
        <div><dt>{t("sync.failing")}</dt><dd>{n(outbox.failing)}</dd></div>
        <div><dt>{t("sync.dead", { max: outbox.maxAttempts })}</dt><dd className={outbox.dead > 0 ? styles.bad : undefined}>{n(outbox.dead)}</dd></div>
        {outbox.oldestChangeAt && <div><dt>{t("sync.oldest")}</dt><dd>{formatDateTime(outbox.oldestChangeAt, locale)}</dd></div>}
      </dl>
      <p role="status" className={styles.note}>
        {said}
      </p>
      {outbox.pending === 0 && <p className={styles.note}>{t("sync.outboxEmpty")}</p>}
      {outbox.failures.length > 0 && (
        <div className={table.scroller}>
          <table className={table.table}>
            <caption className={table.caption}>
              <span ref={failuresHeading} tabIndex={-1}>
                {t("sync.failures")}
              </span>
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("sync.what")}</th>
                <th scope="col" className={table.number}>{t("sync.attempts")}</th>
                <th scope="col">{t("sync.state")}</th>
                <th scope="col">{t("sync.lastError")}</th>
                <th scope="col">{t("sync.retry")}</th>
              </tr>
            </thead>
            <tbody>
              {outbox.failures.map((f) => {
                const key = `${f.group}/${f.registrationId ?? ""}`;
                const what = describeFailure(f, t);
                return (
                  <tr key={key}>
                    <th scope="row" className={table.rowHeader}>{what}</th>
                    <td className={table.number}>{n(f.attempts)}</td>
                    <td>
                      {f.dead ? (
                        <span className={styles.bad}>{t("sync.deadState")}</span>
                      ) : (
                        t("sync.nextAttempt", { time: formatDateTime(f.nextAttemptAt ?? f.changedAt, locale, { timeStyle: "short" }) })
                      )}
                    </td>
                    <td className={styles.error} lang="en">{f.lastError ?? "–"}</td>
                    <td>
                      <Button size="small" aria-label={t("sync.retryLabel", { what })} disabledFocusable={busy !== null} onClick={() => retry(f)}>
                        {t("sync.retry")}
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {outbox.failures.some((f) => f.kind === "course" || f.kind === "fika") && <p className={styles.note}>{t("sync.heldListEdits")}</p>}
    </section>
  );
}
