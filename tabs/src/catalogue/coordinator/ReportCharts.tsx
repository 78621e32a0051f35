// Hours per member, per project and per month as bar charts (shared/BarChart.tsx); loaded lazily,
// only in the report view. The tables below carry the same numbers for screen readers.
import type { ParticipationReport } from "@campus-westum/api/contract";
import { useLocale } from "../../i18n";
import { BarChart } from "../../shared/BarChart";
import { formatHours, monthName } from "../courseDates";
import styles from "./ReportCharts.module.css";

export default function ReportCharts({ report }: { report: ParticipationReport }) {
  const { locale, t } = useLocale();
  const hours = (value: number) => formatHours(value, locale);
  return (
    <div className={styles.charts}>
      <BarChart title={t("report.chartMembers")} format={hours} bars={report.members.map((m) => ({ label: m.memberName, value: m.hours }))} />
      <BarChart title={t("report.chartProjects")} format={hours} bars={report.projects.map((p) => ({ label: p.project ?? t("report.noProject"), value: p.hours }))} />
      <BarChart title={t("report.chartMonths")} format={hours} bars={report.months.map((m) => ({ label: monthName(m.month, locale), value: m.hours }))} />
    </div>
  );
}
