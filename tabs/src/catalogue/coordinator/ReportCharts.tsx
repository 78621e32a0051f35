// Hours per member, per project and per month as bar charts. A few SVG bars drawn with the
// theme's colours instead of @fluentui/react-charts (d3 and ~100 KB gzip for three bar charts);
// loaded lazily, only in the report view. The tables below carry the same numbers for screen
// readers, so each chart is one labelled image.
import type { ParticipationReport } from "@campus-westum/api/contract";
import { useLocale } from "../../i18n";
import { formatHours, monthName } from "../courseDates";
import styles from "./ReportCharts.module.css";

interface Bar {
  label: string;
  value: number;
}

export default function ReportCharts({ report }: { report: ParticipationReport }) {
  const { locale, t } = useLocale();
  return (
    <div className={styles.charts}>
      <BarChart title={t("report.chartMembers")} bars={report.members.map((m) => ({ label: m.memberName, value: m.hours }))} />
      <BarChart title={t("report.chartProjects")} bars={report.projects.map((p) => ({ label: p.project ?? t("report.noProject"), value: p.hours }))} />
      <BarChart title={t("report.chartMonths")} bars={report.months.map((m) => ({ label: monthName(m.month, locale), value: m.hours }))} />
    </div>
  );
}

const ROW = 28;
const LABEL_WIDTH = 180;
const CHART_WIDTH = 520;

function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const { locale } = useLocale();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const plot = CHART_WIDTH - LABEL_WIDTH - 60;
  const summary = bars.map((b) => `${b.label}: ${formatHours(b.value, locale)}`).join(", ");
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>{title}</figcaption>
      <svg role="img" aria-label={`${title}. ${summary}`} viewBox={`0 0 ${CHART_WIDTH} ${bars.length * ROW + 4}`} className={styles.svg}>
        {bars.map((bar, i) => (
          <g key={bar.label} transform={`translate(0 ${i * ROW + 2})`}>
            <text x={LABEL_WIDTH - 8} y={ROW / 2} className={styles.label} textAnchor="end" dominantBaseline="middle">
              {bar.label.length > 26 ? `${bar.label.slice(0, 25)}…` : bar.label}
            </text>
            <rect x={LABEL_WIDTH} y={4} height={ROW - 8} width={Math.max(1, (bar.value / max) * plot)} className={styles.bar} rx={2} />
            <text x={LABEL_WIDTH + (bar.value / max) * plot + 6} y={ROW / 2} className={styles.value} dominantBaseline="middle">
              {formatHours(bar.value, locale)}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
