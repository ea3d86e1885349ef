/*
 * The search page's state lives in the URL (shareable, back/forward work). This module is the one
 * mapping between query-string parameters, the page's state and the `papers.search` input.
 *   ?q=…&sort=newest&page=2&from=2019&to=2024&category=cs.CL&category=cs.LG&author=…&source=…&tag=… (one of my tags)
 */
export const SORTS = ["relevance", "newest", "upvotes"] as const;
export type SearchSort = (typeof SORTS)[number];

export const PAGE_SIZE = 20;
/** The API pages at most 1000 results deep. */
export const MAX_PAGE = Math.floor(1000 / PAGE_SIZE) + 1;

export type SearchState = {
  q: string;
  yearFrom: number | null;
  yearTo: number | null;
  categories: string[];
  authors: string[];
  source: string | null;
  /** One of my own tags (signed in): only papers I tagged with it. */
  tag: string | null;
  sort: SearchSort;
  page: number;
};

export const emptySearchState: SearchState = {
  q: "",
  yearFrom: null,
  yearTo: null,
  categories: [],
  authors: [],
  source: null,
  tag: null,
  sort: "relevance",
  page: 1,
};

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

function all(params: ParamSource, key: string): string[] {
  const values = params instanceof URLSearchParams ? params.getAll(key) : [params[key] ?? []].flat();
  return values.map((v) => v.trim()).filter((v) => v.length > 0 && v.length <= 300);
}

function year(value: string | undefined): number | null {
  if (!value || !/^\d{1,4}$/.test(value)) return null;
  return Number(value);
}

function unique(values: string[]): string[] {
  return [...new Set(values)].slice(0, 50);
}

export function parseSearchState(params: ParamSource): SearchState {
  const sort = all(params, "sort")[0];
  const page = Number(all(params, "page")[0] ?? "1");
  let yearFrom = year(all(params, "from")[0]);
  let yearTo = year(all(params, "to")[0]);
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) [yearFrom, yearTo] = [yearTo, yearFrom];
  return {
    q: (all(params, "q")[0] ?? "").slice(0, 2000),
    yearFrom,
    yearTo,
    categories: unique(all(params, "category")),
    authors: unique(all(params, "author")),
    source: all(params, "source")[0] ?? null,
    tag: all(params, "tag")[0]?.slice(0, 200) ?? null,
    sort: (SORTS as readonly string[]).includes(sort ?? "") ? (sort as SearchSort) : "relevance",
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  };
}

/** The query string for a state, without defaults, in a stable order (so equal states give equal URLs). */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set("q", state.q.trim());
  if (state.yearFrom !== null) params.set("from", String(state.yearFrom));
  if (state.yearTo !== null) params.set("to", String(state.yearTo));
  for (const c of state.categories) params.append("category", c);
  for (const a of state.authors) params.append("author", a);
  if (state.source) params.set("source", state.source);
  if (state.tag) params.set("tag", state.tag);
  if (state.sort !== "relevance") params.set("sort", state.sort);
  if (state.page > 1) params.set("page", String(state.page));
  return params.toString();
}

export function searchHref(state: SearchState): string {
  const qs = searchQueryString(state);
  return qs ? `/search?${qs}` : "/search";
}

const SIDEBAR_FACETS = ["year", "categories", "authors", "source"] as const;

/** The `papers.search` input for a state. */
export function searchInput(state: SearchState) {
  return {
    q: state.q.trim(),
    filters: {
      ...(state.yearFrom !== null ? { yearFrom: state.yearFrom } : {}),
      ...(state.yearTo !== null ? { yearTo: state.yearTo } : {}),
      ...(state.categories.length ? { categories: state.categories } : {}),
      ...(state.authors.length ? { authors: state.authors } : {}),
      ...(state.source ? { source: state.source } : {}),
    },
    ...(state.tag ? { tag: state.tag } : {}),
    sort: state.sort,
    // The facet sidebar shows all four (the API counts only the cheap ones unless asked).
    facets: [...SIDEBAR_FACETS],
    limit: PAGE_SIZE,
    offset: (state.page - 1) * PAGE_SIZE,
  };
}

export function activeFilterCount(state: SearchState): number {
  return (
    (state.yearFrom !== null || state.yearTo !== null ? 1 : 0) + state.categories.length + state.authors.length + (state.source ? 1 : 0) + (state.tag ? 1 : 0)
  );
}

export function withoutFilters(state: SearchState): SearchState {
  return { ...state, yearFrom: null, yearTo: null, categories: [], authors: [], source: null, tag: null, page: 1 };
}

/** Human names for the `source` facet (how a paper first arrived). */
export const SOURCE_LABELS: Record<string, string> = {
  digest: "Daily digest",
  "arxiv-atom": "arXiv",
  "arxiv-jsonl": "arXiv snapshot",
  identifier: "Identifier lookup",
  bibtex: "BibTeX",
  ris: "RIS",
  "csl-json": "CSL-JSON",
  pdf: "PDF upload",
};

export function sourceLabel(source: string): string {
  return SOURCE_LABELS[source] ?? source;
}

export function yearRangeLabel(from: number | null, to: number | null): string {
  if (from !== null && to !== null) return from === to ? String(from) : `${from}–${to}`;
  if (from !== null) return `${from} or later`;
  if (to !== null) return `${to} or earlier`;
  return "";
}
