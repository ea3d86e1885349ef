/*
 * What the search page says and does when a search fails. The API's stable error code (`data.appCode`) picks the
 * words; a failure that passes on its own (503: the index is still being built, Meilisearch is restarting; or no
 * answer at all) is asked again after the Retry-After the API sent, until it answers, while the page says so. A
 * refused search (invalid input, 429 with its own wait) is not asked again by itself.
 */

type SearchError = { data?: { appCode?: string | null; httpStatus?: number | null; retryAfter?: number | null } | null } | null | undefined;

const DEFAULT_RETRY_SECONDS = 10;

/** The alert's title. */
export function searchErrorTitle(error: unknown): string {
  const code = (error as SearchError)?.data?.appCode;
  if (code === "search_unavailable") return "Search is temporarily unavailable.";
  if (code === "search_not_ready") return "Search is getting ready.";
  if (code === "rate_limited") return "Too many searches right now.";
  if (code === "invalid_input" || code === "invalid_text") return "This search cannot be run.";
  return "Search failed.";
}

/** Milliseconds until the page asks again by itself, or null when it should not (the person decides). */
export function searchRetryMs(error: unknown): number | null {
  const data = (error as SearchError)?.data;
  // No data: the request never got an answer (the server restarting, the network away).
  const status = data ? (data.httpStatus ?? 500) : 503;
  if (status !== 503) return null;
  const seconds = data?.retryAfter ?? DEFAULT_RETRY_SECONDS;
  return Math.min(60, Math.max(1, seconds)) * 1000;
}

/** The results line above the list while there is no result to show. */
export function searchStatusText(error: unknown): string {
  return searchRetryMs(error) === null ? "Search failed" : "Trying again shortly…";
}
