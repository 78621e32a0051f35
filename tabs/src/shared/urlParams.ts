// Reading and rewriting the page's query string without adding history entries, so a view stays
// shareable and the back button still leaves the app.
export function currentParams(): URLSearchParams {
  return new URLSearchParams(window.location.search);
}

export function replaceParams(params: URLSearchParams): void {
  const query = params.toString();
  const url = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
  if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
    window.history.replaceState(window.history.state, "", url);
  }
}

/** Keeps an explicit ?name=value in the URL in step with a choice the user just made. */
export function updateParamIfPresent(name: string, value: string): void {
  const params = currentParams();
  if (!params.has(name)) return;
  params.set(name, value);
  replaceParams(params);
}
