// A round's results as bar charts (shared/BarChart.tsx): members that asked for each area, expected
// participants per area and per sub-region. Lazy, only in the results; the tables beside carry the
// same numbers for screen readers.
import type { NeedsResults } from "@campus-westum/api/contract";
import { areaLabel, formatNumber, subRegionLabel, useLocale } from "../i18n";
import { BarChart } from "../shared/BarChart";
import charts from "../catalogue/coordinator/ReportCharts.module.css";

export default function NeedsCharts({ results }: { results: NeedsResults }) {
  const { locale, t } = useLocale();
  const n = (value: number) => formatNumber(value, locale);
  const areas = results.byArea.filter((a) => a.total.members > 0);
  return (
    <div className={charts.charts}>
      <BarChart title={t("needs.results.chartAreaMembers")} format={n} bars={areas.map((a) => ({ label: areaLabel(a.area, locale), value: a.total.members }))} />
      <BarChart
        title={t("needs.results.chartAreaParticipants")}
        format={n}
        bars={areas.map((a) => ({ label: areaLabel(a.area, locale), value: a.total.participants }))}
      />
      <BarChart
        title={t("needs.results.chartSubRegions")}
        format={n}
        bars={results.bySubRegion.map((r) => ({ label: subRegionLabel(r.subRegion, locale), value: r.total.participants }))}
      />
    </div>
  );
}
