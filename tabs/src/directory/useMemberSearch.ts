// Searches members for a filter set: a new search aborts the one in flight, the previous results
// stay on screen while the next ones load, and "show more" appends the next page.
import { useCallback, useEffect, useRef, useState } from "react";
import { DEFAULT_PAGE_SIZE, type MemberFilters, type MemberSearchResult, type MemberSummary } from "@campus-westum/api/contract";
import { filtersFromParams, filtersToParams } from "../api/memberFilters";
import { isAbortError } from "../api/ProblemError";
import { useApi } from "../api/useApi";
import type { PagedSearch } from "../shared/pagedSearch";

export type MemberSearch = PagedSearch<MemberSummary, MemberSearchResult>;

interface State {
  result: MemberSearchResult | null;
  items: MemberSummary[];
  loading: boolean;
  error: unknown;
  loadingMore: boolean;
  loadMoreError: unknown;
}

const INITIAL: State = { result: null, items: [], loading: true, error: null, loadingMore: false, loadMoreError: null };

export function useMemberSearch(filters: MemberFilters, pageSize = DEFAULT_PAGE_SIZE): MemberSearch {
  const api = useApi();
  // Compare filters by value: a re-render with an equal filter object must not search again.
  const filtersKey = filtersToParams(filters).toString();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<State>(INITIAL);
  const moreRequest = useRef<AbortController | null>(null);

  useEffect(() => {
    const request = new AbortController();
    moreRequest.current?.abort();
    setState((previous) => ({ ...previous, loading: true, error: null, loadingMore: false, loadMoreError: null }));
    api
      .searchMembers({ filters: filtersFromParams(new URLSearchParams(filtersKey)), page: 1, pageSize }, request.signal)
      .then((result) => setState({ ...INITIAL, result, items: result.items, loading: false }))
      .catch((error: unknown) => {
        if (!isAbortError(error)) setState((previous) => ({ ...previous, loading: false, error }));
      });
    return () => request.abort();
  }, [api, filtersKey, pageSize, attempt]);

  const { result, items, loadingMore } = state;
  const hasMore = result !== null && items.length < result.total;

  const loadMore = useCallback(() => {
    if (!result || loadingMore || !hasMore) return;
    const request = new AbortController();
    moreRequest.current = request;
    setState((previous) => ({ ...previous, loadingMore: true, loadMoreError: null }));
    api
      .searchMembers({ filters: filtersFromParams(new URLSearchParams(filtersKey)), page: result.page + 1, pageSize }, request.signal)
      .then((next) =>
        setState((previous) => ({
          ...previous,
          result: next,
          items: [...previous.items, ...next.items.filter((m) => !previous.items.some((p) => p.id === m.id))],
          loadingMore: false,
        })),
      )
      .catch((error: unknown) => {
        if (!isAbortError(error)) setState((previous) => ({ ...previous, loadingMore: false, loadMoreError: error }));
      });
  }, [api, filtersKey, pageSize, result, loadingMore, hasMore]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  return { ...state, hasMore, loadMore, retry };
}
