// The member directory: search as you type, facet filters with counts, active-filter chips, the
// results with "show more", and a member's detail in a drawer. The filters live in the URL. As a
// channel tab (context=channel) it opens on the saved view and names it.
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from "react";
import type { MemberFilters } from "@campus-westum/api/contract";
import { Button } from "@fluentui/react-components";
import { hasAnyFilter } from "../api/memberFilters";
import { useLocale } from "../i18n";
import { PageTitle } from "../shared/PageTitle";
import { SearchLayout } from "../shared/SearchLayout";
import page from "../shared/page.module.css";
import { useDocumentTitle } from "../shell/useDocumentTitle";
import { ActiveFilters } from "./ActiveFilters";
import { describeView } from "./describeView";
import { FacetPanel } from "./FacetPanel";
import { sameFilters, withText } from "./filterEdits";
import { isChannelTab, readFiltersFromUrl, writeFiltersToUrl } from "./filtersInUrl";
import { MemberCard } from "./MemberCard";
import { MemberSearchField } from "./MemberSearchField";
import { useDebouncedValue } from "./useDebouncedValue";
import { useMemberSearch } from "./useMemberSearch";

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

  const [selected, setSelected] = useState<{ id: string; name: string } | null>(null);
  const [detailOpen, setDetailOpen] = useState(false);
  const detailOpener = useRef<HTMLElement | null>(null);

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
    <div className={page.page}>
      <div className={page.intro}>
        <div className={page.titleRow}>
          <PageTitle>{title}</PageTitle>
          {channelTab && !sameFilters(filters, savedView) && (
            <Button size="small" onClick={() => applyFilters(savedView)}>
              {t("directory.resetSavedView")}
            </Button>
          )}
        </div>
        <p className={page.lead}>{t("directory.lead")}</p>
      </div>

      <MemberSearchField value={text} onChange={setText} />
      <ActiveFilters filters={filters} onChange={applyFilters} onClear={clearFilters} />

      <SearchLayout
        search={search}
        kind="results"
        /* Until the first answer there are no counts to show; the results say "loading". */
        filters={search.result && <FacetPanel facets={search.result.facets} filters={filters} onChange={applyFilters} />}
        activeFilterCount={activeCount}
        onClear={hasAnyFilter(filters) ? clearFilters : undefined}
        renderItem={(member) => <MemberCard member={member} onOpen={openMember} />}
      />

      {selected && (
        <Suspense fallback={null}>
          <MemberDetail memberId={selected.id} name={selected.name} open={detailOpen} onClose={closeMember} />
        </Suspense>
      )}
    </div>
  );
}
