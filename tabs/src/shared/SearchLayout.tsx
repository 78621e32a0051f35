// A search page's body, alike in the directory and the catalogue: the filters beside the results
// (folded behind a button in narrow tabs), the count that screen readers hear as it changes, and
// the results: loading, failed, nothing found (with "clear filters" when any are chosen), or the
// list with "show more".
import { useId, useState, type ReactNode } from "react";
import { Button, Spinner } from "@fluentui/react-components";
import { formatNumber, useLocale } from "../i18n";
import { cx } from "./cx";
import { EmptyState } from "./EmptyState";
import { ErrorState } from "./ErrorState";
import { LoadingState } from "./LoadingState";
import type { PagedSearch } from "./pagedSearch";
import hidden from "./visuallyHidden.module.css";
import styles from "./SearchLayout.module.css";

/** Whose results, and so whose words: the members' are "results.count", "results.failed", …, the courses' "courses.count", …. */
export type ResultKind = "results" | "courses";

interface Props<T> {
  search: PagedSearch<T>;
  kind: ResultKind;
  /** The filter panel. */
  filters: ReactNode;
  /** How many filter values are chosen, shown on the button that unfolds the filters. */
  activeFilterCount: number;
  /** Offered when nothing matches; undefined when no filter is chosen. */
  onClear: (() => void) | undefined;
  renderItem: (item: T) => ReactNode;
}

export function SearchLayout<T extends { id: string }>({ search, kind, filters, activeFilterCount, onClear, renderItem }: Props<T>) {
  const { locale, t } = useLocale();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersHeadingId = useId();
  const filtersPanelId = useId();
  const resultsHeadingId = useId();
  const { result } = search;

  return (
    <div className={styles.layout}>
      <section className={styles.filters} aria-labelledby={filtersHeadingId}>
        <h2 id={filtersHeadingId} className={styles.filtersHeading}>
          {t("facets.heading")}
        </h2>
        <Button className={styles.filtersToggle} aria-expanded={filtersOpen} aria-controls={filtersPanelId} onClick={() => setFiltersOpen(!filtersOpen)}>
          {activeFilterCount > 0 ? t("facets.toggleWithCount", { count: activeFilterCount }) : t("facets.toggle")}
        </Button>
        <div id={filtersPanelId} className={cx(!filtersOpen && styles.filtersClosed)}>
          {filters}
        </div>
      </section>

      <section className={styles.results} aria-labelledby={resultsHeadingId}>
        <h2 id={resultsHeadingId} className={hidden.hidden}>
          {t("results.heading")}
        </h2>
        <div className={styles.status}>
          <p className={styles.count} role="status">
            {result && !search.error ? t(`${kind}.count`, { count: result.total }) : ""}
          </p>
          {search.loading && result && <Spinner size="extra-tiny" label={t("results.updating")} />}
        </div>
        {search.error ? (
          <ErrorState title={t(`${kind}.failed`)} error={search.error} onRetry={search.retry} />
        ) : !result ? (
          <LoadingState label={t(`${kind}.loading`)} />
        ) : result.total === 0 ? (
          <EmptyState
            title={t(`${kind}.emptyTitle`)}
            text={t(`${kind}.emptyText`)}
            action={onClear && <Button appearance="primary" onClick={onClear}>{t("filters.clear")}</Button>}
          />
        ) : (
          <>
            <ul className={styles.list} aria-busy={search.loading}>
              {search.items.map((item) => (
                <li key={item.id}>{renderItem(item)}</li>
              ))}
            </ul>
            {search.hasMore && (
              <div className={styles.more}>
                <p className={styles.shown}>
                  {t("results.shownOf", { shown: formatNumber(search.items.length, locale), total: formatNumber(result.total, locale) })}
                </p>
                {search.loadMoreError ? (
                  <ErrorState title={t(`${kind}.loadMoreFailed`)} error={search.loadMoreError} onRetry={search.loadMore} />
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
  );
}
