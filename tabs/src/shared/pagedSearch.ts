// What a search that pages gives a page (useMemberSearch, useCourseSearch): the answer so far,
// the items loaded so far, and the states of the search and of "show more".
export interface PagedSearch<T, R extends { total: number } = { total: number }> {
  /** The latest page's answer (total and facets), or null before the first answer. */
  result: R | null;
  /** All items loaded so far for the current filters. */
  items: T[];
  /** New results are on their way (the items shown are the previous ones). */
  loading: boolean;
  error: unknown;
  hasMore: boolean;
  loadingMore: boolean;
  loadMoreError: unknown;
  loadMore(): void;
  retry(): void;
}
