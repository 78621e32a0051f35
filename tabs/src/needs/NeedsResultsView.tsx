// A round's results for coordinators (GET /api/needs/rounds/{id}/results): answers so far, charts,
// tables per education area, sub-region and member, who has not answered with a Påminn button (POST
// .../remind), and the same results as XLSX or CSV for regional partners. Lazy: loaded when a
// coordinator first opens a round's results; the charts are a chunk of their own.
import { lazy, Suspense, useEffect, useId, useRef, useState } from "react";
import type { NeedsResults, NeedsRound } from "@campus-westum/api/contract";
import { Button, Spinner } from "@fluentui/react-components";
import { Alert20Regular } from "@fluentui/react-icons";
import { useNeedsApi } from "../api/useNeedsApi";
import { ReportTable } from "../catalogue/coordinator/ReportTable";
import { useLoad } from "../catalogue/useLoad";
import { areaLabel, formatDateTime, formatNumber, subRegionLabel, useLocale } from "../i18n";
import { EmptyState } from "../shared/EmptyState";
import { ErrorState } from "../shared/ErrorState";
import { ExportButtons } from "../shared/ExportButtons";
import { LoadingState } from "../shared/LoadingState";
import { NeedsMatchesPanel } from "./NeedsMatchesPanel";
import { needLine } from "./needsWords";
import report from "../catalogue/coordinator/ParticipationReportView.module.css";
import styles from "./NeedsResultsView.module.css";

const NeedsCharts = lazy(() => import("./NeedsCharts"));

export default function NeedsResultsView({ round }: { round: NeedsRound }) {
  const { t } = useLocale();
  const api = useNeedsApi();
  const [load, retry] = useLoad((signal) => api.results(round.id, signal), [api, round.id]);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened from a round's button: focus moves to the results so they are read from their heading.
  useEffect(() => heading.current?.focus(), []);

  return (
    <section className={styles.results} aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1} className={styles.heading}>
        {t("needs.results.heading", { title: round.title })}
      </h3>
      {load.status === "loading" && <LoadingState label={t("needs.results.loading")} />}
      {load.status === "error" && <ErrorState title={t("needs.results.failed")} error={load.error} onRetry={retry} />}
      {load.status === "ready" && <ResultsContent results={load.value} />}
    </section>
  );
}

function ResultsContent({ results }: { results: NeedsResults }) {
  const { locale, t } = useLocale();
  const api = useNeedsApi();
  const n = (v: number) => formatNumber(v, locale);
  const { round, total } = results;
  const perArea = results.byArea.filter((a) => a.total.members > 0);
  return (
    <div className={report.content}>
      <ExportButtons fetchFile={(format) => api.exportResults(round.id, format)} />
      <dl className={report.totals} aria-label={t("needs.results.totals")}>
        <div><dt>{t("needs.results.answered")}</dt><dd>{t("needs.round.answeredOf", { answered: n(round.answered), members: n(round.members) })}</dd></div>
        <div><dt>{t("needs.results.membersWithNeeds")}</dt><dd>{n(total.members)}</dd></div>
        <div><dt>{t("needs.results.participants")}</dt><dd>{n(total.participants)}</dd></div>
      </dl>
      {total.members === 0 ? (
        <EmptyState title={t("needs.results.emptyTitle")} text={t("needs.results.emptyText")} />
      ) : (
        <>
          <Suspense fallback={<LoadingState label={t("needs.results.chartsLoading")} />}>
            <NeedsCharts results={results} />
          </Suspense>
          <ReportTable
            caption={t("needs.results.perArea")}
            columns={[
              t("needs.field.area"),
              t("needs.results.studentsMembers"),
              t("needs.results.studentsParticipants"),
              t("needs.results.staffMembers"),
              t("needs.results.staffParticipants"),
              t("needs.results.totalMembers"),
              t("needs.results.totalParticipants"),
            ]}
            rows={perArea.map((a) => [
              areaLabel(a.area, locale),
              n(a.students.members),
              n(a.students.participants),
              n(a.staff.members),
              n(a.staff.participants),
              n(a.total.members),
              n(a.total.participants),
            ])}
            totals={[t("needs.results.total"), "", "", "", "", n(total.members), n(total.participants)]}
          />
          <p className={report.note}>{t("needs.results.areaNote")}</p>
        </>
      )}
      <ReportTable
        caption={t("needs.results.perSubRegion")}
        columns={[t("needs.results.subRegion"), t("needs.results.answered"), t("needs.results.totalMembers"), t("needs.results.totalParticipants")]}
        rows={results.bySubRegion.map((r) => [
          subRegionLabel(r.subRegion, locale),
          t("needs.round.answeredOf", { answered: n(r.answered), members: n(r.members) }),
          n(r.total.members),
          n(r.total.participants),
        ])}
      />
      <p className={report.note}>{t("needs.results.subRegionNote")}</p>
      <ReportTable
        caption={t("needs.results.perMember")}
        columns={[t("needs.results.member"), t("needs.results.subRegion"), t("needs.results.answeredAt"), t("needs.results.needs"), t("needs.field.comment")]}
        rows={results.byMember.map((m) => [
          m.memberName,
          m.subRegions.map((r) => subRegionLabel(r, locale)).join(", "),
          m.answeredAt ? formatDateTime(m.answeredAt, locale, { dateStyle: "medium" }) : "",
          m.needs.length === 0 ? t("needs.answer.noNeedsStated") : m.needs.map((need) => needLine(need, locale)).join("; "),
          m.comment ?? "",
        ])}
        textColumns={5}
      />
      <NotAnswered results={results} />
      <NeedsMatchesPanel round={results.round} />
    </div>
  );
}

/** Members without an answer and how many of their people got the card, with a reminder to all of them. */
function NotAnswered({ results }: { results: NeedsResults }) {
  const { t } = useLocale();
  const api = useNeedsApi();
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState("");
  const { round, notAnswered } = results;

  const remind = () => {
    setBusy(true);
    setError(null);
    setStatus("");
    api
      .remind(round.id)
      .then((sent) => setStatus(t("needs.results.reminded", { members: sent.members, people: sent.people })), setError)
      .finally(() => setBusy(false));
  };

  return (
    <section aria-labelledby={headingId} className={styles.notAnswered}>
      <h4 id={headingId} className={styles.subheading}>
        {t("needs.results.notAnswered", { count: notAnswered.length })}
      </h4>
      {notAnswered.length === 0 ? (
        <p className={styles.note}>{t("needs.results.everyoneAnswered")}</p>
      ) : (
        <>
          <ul className={styles.members}>
            {notAnswered.map((m) => (
              <li key={m.memberId}>
                {m.memberName} <span className={styles.muted}>({t("needs.results.recipients", { count: m.recipients })})</span>
              </li>
            ))}
          </ul>
          {round.status === "open" ? (
            <div className={styles.actions}>
              <Button icon={busy ? <Spinner size="tiny" aria-hidden /> : <Alert20Regular />} disabledFocusable={busy} onClick={remind}>
                {t("needs.results.remind")}
              </Button>
              <p role="status" className={styles.status}>
                {status}
              </p>
            </div>
          ) : (
            <p className={styles.note}>{t("needs.results.closedNoReminder")}</p>
          )}
          {error !== null && <ErrorState title={t("needs.results.remindFailed")} error={error} />}
        </>
      )}
    </section>
  );
}
