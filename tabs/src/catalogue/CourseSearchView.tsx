// Upcoming courses: search as you type, filters with counts beside the results, course cards with
// "show more". The filters go to the URL, so the view can be shared or saved as a channel tab.
import { useEffect, useMemo, useState } from "react";
import type { CourseFilters } from "@campus-westum/api/contract";
import { Button } from "@fluentui/react-components";
import { hasAnyCourseFilter } from "../api/courseFilters";
import { useLocale } from "../i18n";
import { useDebouncedValue } from "../directory/useDebouncedValue";
import { SearchLayout } from "../shared/SearchLayout";
import { writeCourseFiltersToUrl } from "./catalogueUrl";
import { CourseCard } from "./CourseCard";
import { CourseFilterPanel } from "./CourseFilterPanel";
import { CourseSearchField } from "./CourseSearchField";
import { useCourseSearch } from "./useCourseSearch";

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
  const { t } = useLocale();
  // The text box answers at once; the search follows 150 ms after the last keystroke.
  const [text, setText] = useState(initial.q ?? "");
  const [chosen, setChosen] = useState<CourseFilters>(() => withText(initial, ""));
  const debouncedText = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  const filters = useMemo(() => withText(chosen, debouncedText), [chosen, debouncedText]);
  const search = useCourseSearch(filters);

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
      <SearchLayout
        search={search}
        kind="courses"
        filters={
          <>
            {search.result && <CourseFilterPanel facets={search.result.facets} filters={filters} providerName={providerName} onChange={apply} />}
            {hasAnyCourseFilter(filters) && (
              <Button appearance="subtle" size="small" onClick={clear}>
                {t("filters.clear")}
              </Button>
            )}
          </>
        }
        activeFilterCount={activeCount}
        onClear={hasAnyCourseFilter(filters) ? clear : undefined}
        renderItem={(course) => <CourseCard course={course} onOpen={onOpen} />}
      />
    </>
  );
}

function withText(filters: CourseFilters, q: string): CourseFilters {
  const { q: _dropped, ...rest } = filters;
  return q.trim() ? { ...rest, q } : rest;
}
