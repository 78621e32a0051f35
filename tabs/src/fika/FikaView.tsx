// Coordinators' "Digital fika" view in the catalogue: the fika series (GET /api/fika/series) with
// their rules in words and next dates, and a form to create or change one. Series stored before the
// rules were strict, which no longer read as valid, come first: they send nothing until corrected.
// Loaded lazily with its own messages, only when a coordinator opens the view.
import { lazy, Suspense, useId, useRef, useState } from "react";
import type { FikaSeries, FikaSeriesView, InvalidFikaSeries } from "@campus-westum/api/contract";
import { Button } from "@fluentui/react-components";
import { Add20Regular } from "@fluentui/react-icons";
import { useFikaApi } from "../api/useFikaApi";
import { stockholmToday } from "../catalogue/courseDates";
import { useLoad } from "../catalogue/useLoad";
import { useLocale } from "../i18n";
import { EmptyState } from "../shared/EmptyState";
import { ErrorState } from "../shared/ErrorState";
import { LoadingState } from "../shared/LoadingState";
import card from "../shared/card.module.css";
import view from "../shared/viewSection.module.css";
import { FikaSeriesCard } from "./FikaSeriesCard";
import { InvalidSeriesCard } from "./InvalidSeriesCard";
import { seriesToCorrect } from "./seriesForm";
import styles from "./FikaView.module.css";

/** The form is its own chunk: most visits only look at the dates. */
const FikaSeriesForm = lazy(() => import("./FikaSeriesForm"));

/** Running series first, then by title. */
function ordered(list: FikaSeriesView[]): FikaSeriesView[] {
  return [...list].sort((a, b) => Number(b.active) - Number(a.active) || a.title.localeCompare(b.title, "sv"));
}

export default function FikaView() {
  const { t } = useLocale();
  const api = useFikaApi();
  const [load, retry, replace] = useLoad((signal) => api.listFikaSeries(signal).then((list) => ({ series: ordered(list.series), invalid: list.invalid })), [api]);
  const invalidHeadingId = useId();
  const headingId = useId();
  /** The form: a new series (null) or the one being changed; kept mounted once closed so the drawer can close itself. */
  const [form, setForm] = useState<{ series: FikaSeries | null; key: number; open: boolean } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const opener = useRef<HTMLElement | null>(null);

  const openForm = (series: FikaSeries | null) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setSaved(null);
    setForm((f) => ({ series, key: (f?.key ?? 0) + 1, open: true }));
  };
  // Focus goes back to what opened the form (a new series' card replaces nothing: the add button).
  const closeForm = () => {
    setForm((f) => f && { ...f, open: false });
    setTimeout(() => opener.current?.focus());
  };
  const onSaved = (series: FikaSeriesView) => {
    closeForm();
    setSaved(t("fika.saved", { title: series.title }));
    const { series: others, invalid } = load.status === "ready" ? load.value : { series: [], invalid: [] };
    // A corrected series leaves the invalid ones and joins the others.
    replace({ series: ordered([...others.filter((s) => s.id !== series.id), series]), invalid: invalid.filter((s) => s.id !== series.id) });
  };

  return (
    <section className={view.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={view.heading}>
        {t("fika.heading")}
      </h2>
      <p className={view.lead}>{t("fika.lead")}</p>
      <div className={view.toolbar}>
        <Button icon={<Add20Regular />} onClick={() => openForm(null)}>
          {t("fika.newSeries")}
        </Button>
        <p role="status" className={view.saved}>
          {saved ?? ""}
        </p>
      </div>
      {load.status === "loading" ? (
        <LoadingState label={t("fika.loading")} />
      ) : load.status === "error" ? (
        <ErrorState title={t("fika.failed")} error={load.error} onRetry={retry} />
      ) : (
        <>
          {load.value.invalid.length > 0 && (
            <section aria-labelledby={invalidHeadingId}>
              <h3 id={invalidHeadingId} className={styles.subheading}>
                {t("fika.invalid.heading", { count: load.value.invalid.length })}
              </h3>
              <ul className={card.grid}>
                {load.value.invalid.map((series) => (
                  <li key={series.id}>
                    <InvalidSeriesCard series={series} onCorrect={(invalid: InvalidFikaSeries) => openForm(seriesToCorrect(invalid, { today: stockholmToday() }))} />
                  </li>
                ))}
              </ul>
            </section>
          )}
          {load.value.series.length === 0 ? (
            load.value.invalid.length === 0 && <EmptyState title={t("fika.emptyTitle")} text={t("fika.emptyText")} />
          ) : (
            <ul className={card.grid}>
              {load.value.series.map((series) => (
                <li key={series.id}>
                  <FikaSeriesCard series={series} onEdit={openForm} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {form && (
        <Suspense fallback={null}>
          <FikaSeriesForm key={form.key} open={form.open} series={form.series} onClose={closeForm} onSaved={onSaved} />
        </Suspense>
      )}
    </section>
  );
}
