// The member directory: search as you type, facet filters with counts, active-filter chips, the
// results with "show more", and a member's detail in a drawer. The filters live in the URL. As a
// channel tab (context=channel) it opens on the saved view and names it.
import { lazy, Suspense, useEffect, useId, useMemo, useRef, useState } from "react";
import type { MemberFilters } from "@campus-westum/api/contract";
import { Button, Spinner } from "@fluentui/react-components";
import { hasAnyFilter } from "../api/memberFilters";
import { useLocale } from "../i18n";
import { EmptyState } from "../shared/EmptyState";
import { ErrorState } from "../shared/ErrorState";
import { LoadingState } from "../shared/LoadingState";
import { PageTitle } from "../shared/PageTitle";
import { cx } from "../shared/cx";
import hidden from "../shared/visuallyHidden.module.css";
import { useDocumentTitle } from "../shell/useDocumentTitle";
import { ActiveFilters } from "./ActiveFilters";
import { describeView } from "./describeView";
import { FacetPanel } from "./FacetPanel";
import { sameFilters, withText } from "./filterEdits";
import { isChannelTab, readFiltersFromUrl, writeFiltersToUrl } from "./filtersInUrl";
import { MemberList } from "./MemberList";
import { MemberSearchField } from "./MemberSearchField";
import { useDebouncedValue } from "./useDebouncedValue";
import { useMemberSearch } from "./useMemberSearch";
import styles from "./DirectoryPage.module.css";

const MemberDetail = lazy(() => import("./MemberDetail"));

const SEARCH_DEBOUNCE_MS = 150;

export default function DirectoryPage() {
  const { locale, t } = useLocale();
  const [savedView] = useState(readFiltersFromUrl);
  const [channelTab] = useState(isChannelTab);

  // The text box answers at once; the search follows 150 ms after the last keystroke.
  const [text, setText] = useState(savedView.q ?? "");
  const [otherFilters, setOtherFilters] = useState<MemberFilters>(() => withText(savedView, ""));
  const debouncedText = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  const filters = useMemo(() => withText(otherFilters, debouncedText), [otherFilters, debouncedText]);
  const search = useMemberSearch(filters);

  const [filtersOpen, setFiltersOpen] = useState(false);
  const [selected, setSelected] = useState<{ id: string; name: string } | null>(null);
  const [detailOpen, setDetailOpen] = useState(false);
  const detailOpener = useRef<HTMLElement | null>(null);
  const filtersHeadingId = useId();
  const filtersPanelId = useId();
  const resultsHeadingId = useId();

  useEffect(() => writeFiltersToUrl(filters), [filters]);

  const title = channelTab ? t("directory.savedView", { view: describeView(savedView, locale, t) ?? t("view.allMembers") }) : t("directory.title");
  useDocumentTitle(title);

  const applyFilters = (next: MemberFilters) => {
    setOtherFilters(withText(next, ""));
    // Only an edit of the text itself (a removed "Sökord" chip, a reset view) changes the box.
    // A facet click carries the debounced text and must not undo what was typed since.
    if ((next.q ?? "") !== (filters.q ?? "")) setText(next.q ?? "");
  };
  const clearFilters = () => applyFilters({});
  const openMember = (id: string) => {
    detailOpener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setSelected({ id, name: search.items.find((m) => m.id === id)?.name ?? "" });
    setDetailOpen(true);
  };
  // Focus goes back to the button that opened the detail (Fluent's own restorer would add ~10 KB).
  const closeMember = () => {
    setDetailOpen(false);
    setTimeout(() => detailOpener.current?.focus());
  };
  const activeCount = Object.values(filters).flat().length;

  return (
    <div className={styles.page}>
      <div className={styles.intro}>
        <div className={styles.titleRow}>
          <PageTitle>{title}</PageTitle>
          {channelTab && !sameFilters(filters, savedView) && (
            <Button size="small" onClick={() => applyFilters(savedView)}>
              {t("directory.resetSavedView")}
            </Button>
          )}
        </div>
        <p className={styles.lead}>{t("directory.lead")}</p>
      </div>

      <MemberSearchField value={text} onChange={setText} />
      <ActiveFilters filters={filters} onChange={applyFilters} onClear={clearFilters} />

      <div className={styles.layout}>
        <section className={styles.filters} aria-labelledby={filtersHeadingId}>
          <h2 id={filtersHeadingId} className={styles.filtersHeading}>
            {t("facets.heading")}
          </h2>
          <Button
            className={styles.filtersToggle}
            aria-expanded={filtersOpen}
            aria-controls={filtersPanelId}
            onClick={() => setFiltersOpen(!filtersOpen)}
          >
            {activeCount > 0 ? t("facets.toggleWithCount", { count: activeCount }) : t("facets.toggle")}
          </Button>
          <div id={filtersPanelId} className={cx(!filtersOpen && styles.filtersClosed)}>
            {/* Until the first answer there are no counts to show; the results say "loading". */}
            {search.result && <FacetPanel facets={search.result.facets} filters={filters} onChange={applyFilters} />}
          </div>
        </section>

        <section className={styles.results} aria-labelledby={resultsHeadingId}>
          <h2 id={resultsHeadingId} className={hidden.hidden}>
            {t("results.heading")}
          </h2>
          <div className={styles.status}>
            <p className={styles.count} role="status">
              {search.result && !search.error ? t("results.count", { count: search.result.total }) : ""}
            </p>
            {search.loading && search.result && <Spinner size="extra-tiny" label={t("results.updating")} />}
          </div>
          {search.error ? (
            <ErrorState title={t("results.failed")} error={search.error} onRetry={search.retry} />
          ) : !search.result ? (
            <LoadingState label={t("results.loading")} />
          ) : search.result.total === 0 ? (
            <EmptyState
              title={t("results.emptyTitle")}
              text={t("results.emptyText")}
              action={hasAnyFilter(filters) ? <Button appearance="primary" onClick={clearFilters}>{t("filters.clear")}</Button> : undefined}
            />
          ) : (
            <MemberList
              items={search.items}
              busy={search.loading}
              total={search.result.total}
              hasMore={search.hasMore}
              loadingMore={search.loadingMore}
              loadMoreError={search.loadMoreError}
              onLoadMore={search.loadMore}
              onOpen={openMember}
            />
          )}
        </section>
      </div>

      {selected && (
        <Suspense fallback={null}>
          <MemberDetail memberId={selected.id} name={selected.name} open={detailOpen} onClose={closeMember} />
        </Suspense>
      )}
    </div>
  );
}
