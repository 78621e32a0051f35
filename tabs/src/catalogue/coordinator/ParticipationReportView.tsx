// The participation report for grant reporting (GET /api/reports/participation): a period, and
// optionally one project or member; totals, tables per member, project, month and participant,
// charts (loaded on demand), and the same report as CSV or XLSX.
import { lazy, Suspense, useId, useState } from "react";
import type { ParticipationReport } from "@campus-westum/api/contract";
import { Button, Field, Input, Select } from "@fluentui/react-components";
import type { ReportQuery } from "../../api/catalogueClient";
import { useCatalogueApi } from "../../api/useCatalogueApi";
import { formatNumber, subRegionLabel, useLocale } from "../../i18n";
import { EmptyState } from "../../shared/EmptyState";
import { ErrorState } from "../../shared/ErrorState";
import { ExportButtons } from "../../shared/ExportButtons";
import { LoadingState } from "../../shared/LoadingState";
import { formatHours, monthName, stockholmToday } from "../courseDates";
import type { MemberName } from "../memberNames";
import { useLoad } from "../useLoad";
import { allProjectOptions, useProjects } from "../useProjects";
import { ReportTable } from "./ReportTable";
import view from "../../shared/viewSection.module.css";
import styles from "./ParticipationReportView.module.css";

const ReportCharts = lazy(() => import("./ReportCharts"));

export default function ParticipationReportView({ memberNames }: { memberNames: MemberName[] }) {
  const { t } = useLocale();
  const api = useCatalogueApi();
  const today = stockholmToday();
  const [draft, setDraft] = useState<ReportQuery>({ from: `${today.slice(0, 4)}-01-01`, to: today });
  const [query, setQuery] = useState<ReportQuery>(draft);
  const [report, retry] = useLoad((signal) => api.participationReport(query, signal), [api, query.from, query.to, query.project, query.member]);
  const projects = useProjects();
  const headingId = useId();
  const invalidRange = !draft.from || !draft.to || draft.from > draft.to;

  return (
    <section className={view.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={view.heading}>
        {t("report.heading")}
      </h2>
      <form
        className={styles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!invalidRange) setQuery({ ...draft });
        }}
      >
        <Field label={t("report.from")} required>
          <Input type="date" value={draft.from} onChange={(_, d) => setDraft({ ...draft, from: d.value })} />
        </Field>
        <Field label={t("report.to")} required validationMessage={invalidRange ? t("report.badRange") : undefined}>
          <Input type="date" value={draft.to} onChange={(_, d) => setDraft({ ...draft, to: d.value })} />
        </Field>
        <Field label={t("courseFacets.project")}>
          <Select value={draft.project ?? ""} onChange={(_, d) => setDraft({ ...draft, project: d.value || undefined })}>
            <option value="">{t("report.allProjects")}</option>
            {allProjectOptions(projects.status === "ready" ? projects.value : [], t, draft.project).map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("report.member")}>
          <Select value={draft.member ?? ""} onChange={(_, d) => setDraft({ ...draft, member: d.value || undefined })}>
            <option value="">{t("report.allMembers")}</option>
            {memberNames.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" appearance="primary" className={styles.submit}>
          {t("report.show")}
        </Button>
      </form>

      {report.status === "loading" && <LoadingState label={t("report.loading")} />}
      {report.status === "error" && <ErrorState title={t("report.failed")} error={report.error} onRetry={retry} />}
      {report.status === "ready" && <ReportContent report={report.value} query={query} />}
    </section>
  );
}

function ReportContent({ report, query }: { report: ParticipationReport; query: ReportQuery }) {
  const { locale, t } = useLocale();
  const api = useCatalogueApi();
  const hours = (h: number) => formatHours(h, locale);
  const n = (v: number) => formatNumber(v, locale);
  const { totals } = report;
  if (totals.registered === 0) return <EmptyState title={t("report.emptyTitle")} text={t("report.emptyText")} />;
  return (
    <div className={styles.content}>
      <ExportButtons fetchFile={(format) => api.exportParticipationReport(query, format)} />
      <dl className={styles.totals} aria-label={t("report.totals")}>
        <div><dt>{t("report.courses")}</dt><dd>{n(totals.courses)}</dd></div>
        <div><dt>{t("report.registered")}</dt><dd>{n(totals.registered)}</dd></div>
        <div><dt>{t("report.attended")}</dt><dd>{n(totals.attended)}</dd></div>
        <div><dt>{t("report.hours")}</dt><dd>{hours(totals.hours)}</dd></div>
        <div><dt>{t("report.average")}</dt><dd>{hours(totals.averageHoursPerAttendee)}</dd></div>
        <div><dt>{t("report.max")}</dt><dd>{hours(totals.maxHoursOfOneParticipant)}</dd></div>
      </dl>
      <Suspense fallback={<LoadingState label={t("report.chartsLoading")} />}>
        <ReportCharts report={report} />
      </Suspense>
      <ReportTable
        caption={t("report.perMember")}
        columns={[t("report.memberColumn"), t("report.participants"), t("report.hours")]}
        rows={report.members.map((m) => [m.memberName, n(m.participants), hours(m.hours)])}
        totals={[t("report.total"), n(report.members.reduce((s, m) => s + m.participants, 0)), hours(totals.hours)]}
      />
      <ReportTable
        caption={t("report.perSubRegion")}
        columns={[t("report.subRegion"), t("report.participants"), t("report.hours")]}
        rows={report.subRegions.map((r) => [subRegionLabel(r.subRegion, locale), n(r.participants), hours(r.hours)])}
      />
      <p className={styles.note}>{t("report.subRegionNote")}</p>
      <ReportTable
        caption={t("report.perProject")}
        columns={[t("courseFacets.project"), t("report.participants"), t("report.hours")]}
        rows={report.projects.map((p) => [p.project ?? t("report.noProject"), n(p.participants), hours(p.hours)])}
        totals={[t("report.total"), "", hours(totals.hours)]}
      />
      <ReportTable
        caption={t("report.perMonth")}
        columns={[t("report.month"), t("report.participants"), t("report.hours")]}
        rows={report.months.map((m) => [monthName(m.month, locale), n(m.participants), hours(m.hours)])}
        totals={[t("report.total"), "", hours(totals.hours)]}
      />
      <ReportTable
        caption={t("report.perParticipant")}
        columns={[t("attendance.person"), t("report.memberColumn"), t("report.courses"), t("report.sessions"), t("report.hours")]}
        rows={report.participants.map((p) => [p.name, p.memberName, n(p.courses), n(p.sessions), hours(p.hours)])}
        totals={[t("report.total"), "", "", "", hours(totals.hours)]}
        textColumns={2}
      />
    </div>
  );
}
