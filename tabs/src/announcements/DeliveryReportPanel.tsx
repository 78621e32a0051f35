// One announcement's delivery report: how many were delivered, are pending, failed, blocked or
// could not be reached; why what did not arrive did not (in words, with the service's own error
// for an administrator); and "Försök igen" for the failed ones, which the API queues again without
// sending twice to anyone who already has it. While deliveries are pending the report is asked for
// again every few seconds, and its one-line summary is a live region that screen readers read out.
import { useEffect, useId, useState } from "react";
import type { DeliveryReportView, DeliveryRetryResult } from "@campus-westum/api/contract";
import { Button } from "@fluentui/react-components";
import { ArrowRepeatAll20Regular, Warning20Regular } from "@fluentui/react-icons";
import { useAnnouncementsApi } from "../api/useAnnouncementsApi";
import { useLoad } from "../catalogue/useLoad";
import { useLocale } from "../i18n";
import { ErrorState } from "../shared/ErrorState";
import { LoadingState } from "../shared/LoadingState";
import { reasonMessage } from "./labels";
import styles from "./DeliveryReportPanel.module.css";

/** How often a report with pending deliveries is asked for again. */
const REFRESH_MS = 4000;

type Retry = { status: "idle" } | { status: "busy" } | { status: "done"; result: DeliveryRetryResult } | { status: "error"; error: unknown };

export function DeliveryReportPanel({ announcementId }: { announcementId: string }) {
  const { t } = useLocale();
  const api = useAnnouncementsApi();
  const [load, reload, replace] = useLoad((signal) => api.deliveryReport(announcementId, signal), [api, announcementId]);
  const [retry, setRetry] = useState<Retry>({ status: "idle" });
  const [polls, setPolls] = useState(0);
  const helpId = useId();
  const report = load.status === "ready" ? load.value : null;

  // Pending deliveries: fetched again in place (no loading state in between); a failed poll is tried again.
  useEffect(() => {
    if (!report || report.pending === 0) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api.deliveryReport(announcementId, controller.signal).then(replace, () => undefined).finally(() => setPolls((n) => n + 1));
    }, REFRESH_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [report, polls, api, announcementId, replace]);

  const retryFailed = () => {
    setRetry({ status: "busy" });
    api.retryFailed(announcementId).then(
      (result) => {
        replace(result.report);
        setRetry({ status: "done", result });
      },
      (error: unknown) => setRetry({ status: "error", error }),
    );
  };

  if (load.status === "loading") return <LoadingState label={t("delivery.loading")} />;
  if (load.status === "error") return <ErrorState title={t("delivery.failed")} error={load.error} onRetry={reload} />;
  const r = load.value;
  const unreachable = r.unreachable ?? 0;

  return (
    <div className={styles.report}>
      <p role="status" className={styles.summary}>
        {t("delivery.summary", { sent: r.sent, recipients: r.recipients, pending: r.pending, failed: r.failed, blocked: r.blocked, unreachable })}{" "}
        {r.pending > 0 ? t("delivery.inProgress") : t("delivery.done")}
      </p>
      <dl className={styles.counts}>
        <Count label={t("delivery.delivered")} value={r.sent} />
        <Count label={t("delivery.pending")} value={r.pending} />
        <Count label={t("delivery.failedCount")} value={r.failed} />
        <Count label={t("delivery.blocked")} value={r.blocked} />
        <Count label={t("delivery.unreachable")} value={unreachable} />
      </dl>
      {r.alarm && (
        <p className={styles.alarm}>
          <Warning20Regular aria-hidden className={styles.alarmIcon} />
          {t("delivery.alarm")}
        </p>
      )}
      <Reasons report={r} />
      {r.failed > 0 && (
        <div className={styles.retry}>
          <Button appearance="primary" icon={<ArrowRepeatAll20Regular />} disabledFocusable={retry.status === "busy"} aria-describedby={helpId} onClick={retryFailed}>
            {retry.status === "busy" ? t("delivery.retrying") : t("delivery.retry")}
          </Button>
          <p id={helpId} className={styles.help}>
            {t("delivery.retryHelp")}
          </p>
        </div>
      )}
      <p role="status" className={styles.help}>
        {retry.status === "done" &&
          [t("delivery.retried", { count: retry.result.requeued }), retry.result.notRetryable > 0 ? t("delivery.notRetryable", { count: retry.result.notRetryable }) : ""].join(" ").trim()}
      </p>
      {retry.status === "error" && <ErrorState title={t("delivery.retryFailed")} error={retry.error} />}
    </div>
  );
}

function Count({ label, value }: { label: string; value: number }) {
  return (
    <div className={styles.count}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function Reasons({ report }: { report: DeliveryReportView }) {
  const { t } = useLocale();
  const headingId = useId();
  if (report.reasons.length === 0) return null;
  return (
    <div>
      <h4 id={headingId} className={styles.reasonsHeading}>
        {t("delivery.reasonsHeading")}
      </h4>
      <ul className={styles.reasons} aria-labelledby={headingId}>
        {report.reasons.map((reason) => (
          <li key={`${reason.state} ${reason.code}`} className={styles.reason}>
            <span>
              {t("delivery.reasonLine", { state: t("delivery.reasonState", { state: reason.state }), count: reason.count, reason: t(reasonMessage(reason.code)) })}
            </span>
            {reason.example && (
              <details className={styles.technical}>
                <summary>{t("delivery.technical")}</summary>
                <code>{reason.example}</code>
              </details>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
