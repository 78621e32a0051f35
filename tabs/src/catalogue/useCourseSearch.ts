// Searches courses for a filter set, as useMemberSearch does for members: a new search aborts the
// one in flight, the previous results stay on screen while the next load, "show more" appends.
import { useCallback, useEffect, useRef, useState } from "react";
import { DEFAULT_PAGE_SIZE, type CourseFilters, type CourseSearchResult, type CourseSummary } from "@campus-westum/api/contract";
import { courseFiltersFromParams, courseFiltersToParams } from "../api/courseFilters";
import { isAbortError } from "../api/ProblemError";
import { useCatalogueApi } from "../api/useCatalogueApi";
import type { PagedSearch } from "../shared/pagedSearch";

export type CourseSearch = PagedSearch<CourseSummary, CourseSearchResult>;

interface State {
  result: CourseSearchResult | null;
  items: CourseSummary[];
  loading: boolean;
  error: unknown;
  loadingMore: boolean;
  loadMoreError: unknown;
}

const INITIAL: State = { result: null, items: [], loading: true, error: null, loadingMore: false, loadMoreError: null };

/** `status` (coordinators only) is kept apart from the URL-held filters. */
export function useCourseSearch(filters: CourseFilters, pageSize = DEFAULT_PAGE_SIZE, status?: readonly string[]): CourseSearch {
  const api = useCatalogueApi();
  const filtersKey = courseFiltersToParams(filters).toString();
  const statusKey = status?.join(",") ?? "";
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<State>(INITIAL);
  const moreRequest = useRef<AbortController | null>(null);

  const request = useCallback(
    (page: number, signal: AbortSignal) => {
      const wanted = courseFiltersFromParams(new URLSearchParams(filtersKey));
      if (statusKey) wanted.status = statusKey.split(",");
      return api.searchCourses({ filters: wanted, page, pageSize }, signal);
    },
    [api, filtersKey, statusKey, pageSize],
  );

  useEffect(() => {
    const controller = new AbortController();
    moreRequest.current?.abort();
    setState((previous) => ({ ...previous, loading: true, error: null, loadingMore: false, loadMoreError: null }));
    request(1, controller.signal)
      .then((result) => setState({ ...INITIAL, result, items: result.items, loading: false }))
      .catch((error: unknown) => {
        if (!isAbortError(error)) setState((previous) => ({ ...previous, loading: false, error }));
      });
    return () => controller.abort();
  }, [request, attempt]);

  const { result, items, loadingMore } = state;
  const hasMore = result !== null && items.length < result.total;

  const loadMore = useCallback(() => {
    if (!result || loadingMore || !hasMore) return;
    const controller = new AbortController();
    moreRequest.current = controller;
    setState((previous) => ({ ...previous, loadingMore: true, loadMoreError: null }));
    request(result.page + 1, controller.signal)
      .then((next) =>
        setState((previous) => ({
          ...previous,
          result: next,
          items: [...previous.items, ...next.items.filter((c) => !previous.items.some((p) => p.id === c.id))],
          loadingMore: false,
        })),
      )
      .catch((error: unknown) => {
        if (!isAbortError(error)) setState((previous) => ({ ...previous, loadingMore: false, loadMoreError: error }));
      });
  }, [request, result, loadingMore, hasMore]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, hasMore, loadMore, retry };
}
