// Upcoming courses: search as you type, filters with counts beside the results, course cards with
// "show more". The filters go to the URL, so the view can be shared or saved as a channel tab.
import { useEffect, useId, useMemo, useState } from "react";
import type { CourseFilters } from "@campus-westum/api/contract";
import { Button, Spinner } from "@fluentui/react-components";
import { hasAnyCourseFilter } from "../api/courseFilters";
import { formatNumber, useLocale } from "../i18n";
import { useDebouncedValue } from "../directory/useDebouncedValue";
import { EmptyState } from "../shared/EmptyState";
import { ErrorState } from "../shared/ErrorState";
import { LoadingState } from "../shared/LoadingState";
import { cx } from "../shared/cx";
import hidden from "../shared/visuallyHidden.module.css";
import { writeCourseFiltersToUrl } from "./catalogueUrl";
import { CourseCard } from "./CourseCard";
import { CourseFilterPanel } from "./CourseFilterPanel";
import { CourseSearchField } from "./CourseSearchField";
import { useCourseSearch } from "./useCourseSearch";
import styles from "./CourseSearchView.module.css";

const SEARCH_DEBOUNCE_MS = 150;

interface Props {
  /** Where the view starts (the saved view, or the URL's filters); remount it to start over. */
  initial: CourseFilters;
  /** The filters in effect, as they change (the page compares them with a saved view). */
  onFiltersChange: (filters: CourseFilters) => void;
  providerName: (id: string) => string;
  onOpen: (courseId: string, title: string) => void;
}

export function CourseSearchView({ initial, onFiltersChange, providerName, onOpen }: Props) {
  const { locale, t } = useLocale();
  // The text box answers at once; the search follows 150 ms after the last keystroke.
  const [text, setText] = useState(initial.q ?? "");
  const [chosen, setChosen] = useState<CourseFilters>(() => withText(initial, ""));
  const debouncedText = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  const filters = useMemo(() => withText(chosen, debouncedText), [chosen, debouncedText]);
  const search = useCourseSearch(filters);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersHeadingId = useId();
  const filtersPanelId = useId();
  const resultsHeadingId = useId();

  useEffect(() => {
    writeCourseFiltersToUrl(filters);
    onFiltersChange(filters);
  }, [filters, onFiltersChange]);

  // A filter click carries the debounced text and must not undo what was typed since.
  const apply = (next: CourseFilters) => setChosen(withText(next, ""));
  const clear = () => {
    setText("");
    setChosen({});
  };
  const activeCount = Object.entries(filters).filter(([name]) => name !== "q").flatMap(([, v]) => (Array.isArray(v) ? v : [v])).length;

  return (
    <>
      <CourseSearchField value={text} onChange={setText} />
      <div className={styles.layout}>
        <section className={styles.filters} aria-labelledby={filtersHeadingId}>
          <h2 id={filtersHeadingId} className={styles.filtersHeading}>
            {t("facets.heading")}
          </h2>
          <Button className={styles.filtersToggle} aria-expanded={filtersOpen} aria-controls={filtersPanelId} onClick={() => setFiltersOpen(!filtersOpen)}>
            {activeCount > 0 ? t("facets.toggleWithCount", { count: activeCount }) : t("facets.toggle")}
          </Button>
          <div id={filtersPanelId} className={cx(!filtersOpen && styles.filtersClosed)}>
            {search.result && <CourseFilterPanel facets={search.result.facets} filters={filters} providerName={providerName} onChange={apply} />}
            {hasAnyCourseFilter(filters) && (
              <Button appearance="subtle" size="small" onClick={clear}>
                {t("filters.clear")}
              </Button>
            )}
          </div>
        </section>

        <section className={styles.results} aria-labelledby={resultsHeadingId}>
          <h2 id={resultsHeadingId} className={hidden.hidden}>
            {t("results.heading")}
          </h2>
          <div className={styles.status}>
            <p className={styles.count} role="status">
              {search.result && !search.error ? t("courses.count", { count: search.result.total }) : ""}
            </p>
            {search.loading && search.result && <Spinner size="extra-tiny" label={t("results.updating")} />}
          </div>
          {search.error ? (
            <ErrorState title={t("courses.failed")} error={search.error} onRetry={search.retry} />
          ) : !search.result ? (
            <LoadingState label={t("courses.loading")} />
          ) : search.result.total === 0 ? (
            <EmptyState
              title={t("courses.emptyTitle")}
              text={t("courses.emptyText")}
              action={hasAnyCourseFilter(filters) ? <Button appearance="primary" onClick={clear}>{t("filters.clear")}</Button> : undefined}
            />
          ) : (
            <>
              <ul className={styles.list} aria-busy={search.loading}>
                {search.items.map((course) => (
                  <li key={course.id}>
                    <CourseCard course={course} onOpen={onOpen} />
                  </li>
                ))}
              </ul>
              {search.hasMore && (
                <div className={styles.more}>
                  <p className={styles.shown}>
                    {t("results.shownOf", { shown: formatNumber(search.items.length, locale), total: formatNumber(search.result.total, locale) })}
                  </p>
                  {search.loadMoreError ? (
                    <ErrorState title={t("courses.loadMoreFailed")} error={search.loadMoreError} onRetry={search.loadMore} />
                  ) : (
                    <Button onClick={search.loadMore} disabledFocusable={search.loadingMore} icon={search.loadingMore ? <Spinner size="tiny" aria-hidden /> : undefined}>
                      {t("results.showMore")}
                    </Button>
                  )}
                </div>
              )}
            </>
          )}
        </section>
      </div>
    </>
  );
}

function withText(filters: CourseFilters, q: string): CourseFilters {
  const { q: _dropped, ...rest } = filters;
  return q.trim() ? { ...rest, q } : rest;
}
