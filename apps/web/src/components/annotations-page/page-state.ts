// The annotations page's filters, kept in the URL (shareable, back/forward), and their API input.

export const SCOPES = ["PRIVATE", "TEAM", "PUBLIC", "LIST"] as const;
export type PageScope = (typeof SCOPES)[number];
export const SCOPE_LABELS: Record<PageScope, string> = { PRIVATE: "Private", TEAM: "Team", PUBLIC: "Public", LIST: "On a list" };

export interface PageState {
  q: string;
  paperId: string;
  tag: string;
  author: string;
  scope: PageScope | "";
  from: string;
  to: string;
}

const KEYS = ["q", "paperId", "tag", "author", "scope", "from", "to"] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parsePageState(params: URLSearchParams): PageState {
  const get = (k: string) => (params.get(k) ?? "").slice(0, 200);
  const scope = get("scope").toUpperCase();
  return {
    q: get("q"),
    paperId: get("paper"),
    tag: get("tag"),
    author: get("person"),
    scope: (SCOPES as readonly string[]).includes(scope) ? (scope as PageScope) : "",
    from: DAY.test(get("from")) ? get("from") : "",
    to: DAY.test(get("to")) ? get("to") : "",
  };
}

const PARAM: Record<(typeof KEYS)[number], string> = { q: "q", paperId: "paper", tag: "tag", author: "person", scope: "scope", from: "from", to: "to" };

export function pageHref(pathname: string, state: PageState): string {
  const params = new URLSearchParams();
  for (const k of KEYS) if (state[k]) params.set(PARAM[k], k === "scope" ? state[k].toLowerCase() : state[k]);
  const qs = params.toString();
  return qs ? `${pathname}?${qs}` : pathname;
}

/** The API's filters (empty ones left out). */
export function pageFiltersOf(state: PageState, teamSlug?: string) {
  return {
    ...(teamSlug ? { teamSlug } : {}),
    ...(state.q.trim() ? { q: state.q.trim() } : {}),
    ...(state.paperId ? { paperId: state.paperId } : {}),
    ...(state.tag ? { tag: state.tag } : {}),
    ...(state.author ? { author: state.author } : {}),
    ...(state.scope ? { scope: state.scope } : {}),
    ...(state.from ? { from: state.from } : {}),
    ...(state.to ? { to: state.to } : {}),
  };
}

export const activeCount = (s: PageState) => [s.paperId, s.tag, s.author, s.scope, s.from, s.to].filter(Boolean).length;
