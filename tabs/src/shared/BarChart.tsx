// A horizontal bar chart: a few SVG bars drawn with the theme's colours instead of
// @fluentui/react-charts (d3 and ~100 KB gzip for a few bar charts). One labelled image whose name
// carries every value; the reports put a table with the same numbers beside it for screen readers.
// Used by the lazily loaded report charts only (participation report, needs inventory).
import styles from "./BarChart.module.css";

export interface Bar {
  label: string;
  value: number;
}

const ROW = 28;
const LABEL_WIDTH = 180;
const CHART_WIDTH = 520;

export function BarChart({ title, bars, format }: { title: string; bars: Bar[]; format: (value: number) => string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const plot = CHART_WIDTH - LABEL_WIDTH - 60;
  const summary = bars.map((b) => `${b.label}: ${format(b.value)}`).join(", ");
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
              {format(bar.value)}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
