/*
 * The library page's state lives in the URL (shareable; a tag chip elsewhere links to /library?tag=…). This module
 * is the one mapping between query-string parameters, the page's state and the `library.entries` input.
 */
export const LIBRARY_SORTS = ["relevance", "recent", "year", "title"] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number];
export const LIBRARY_KINDS = ["saved", "annotated", "uploaded", "imported", "tagged"] as const;
export type LibraryKind = (typeof LIBRARY_KINDS)[number];
export const STATUSES = ["TO_READ", "READING", "READ"] as const;
export type Status = (typeof STATUSES)[number];
export const LIBRARY_PAGE = 50;

export type LibraryState = {
  q: string;
  listId: string | null;
  tag: string | null;
  status: Status | null;
  year: number | null;
  venue: string | null;
  kind: LibraryKind | null;
  sort: LibrarySort;
  page: number;
};

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

function first(params: ParamSource, key: string): string | null {
  const raw = params instanceof URLSearchParams ? params.get(key) : [params[key] ?? []].flat()[0];
  const v = raw?.trim();
  return v && v.length <= 300 ? v : null;
}

const oneOf = <T extends string>(values: readonly T[], v: string | null): T | null => ((values as readonly string[]).includes(v ?? "") ? (v as T) : null);

export function parseLibraryState(params: ParamSource): LibraryState {
  const year = first(params, "year");
  const page = Number(first(params, "page") ?? "1");
  return {
    q: (first(params, "q") ?? "").slice(0, 500),
    listId: first(params, "list"),
    tag: first(params, "tag"),
    status: oneOf(STATUSES, first(params, "status")),
    year: year && /^\d{1,4}$/.test(year) ? Number(year) : null,
    venue: first(params, "venue"),
    kind: oneOf(LIBRARY_KINDS, first(params, "kind")),
    sort: oneOf(LIBRARY_SORTS, first(params, "sort")) ?? "relevance",
    page: Number.isInteger(page) && page >= 1 && page <= 200 ? page : 1,
  };
}

export function libraryHref(s: LibraryState): string {
  const p = new URLSearchParams();
  if (s.q.trim()) p.set("q", s.q.trim());
  if (s.listId) p.set("list", s.listId);
  if (s.tag) p.set("tag", s.tag);
  if (s.status) p.set("status", s.status);
  if (s.year !== null) p.set("year", String(s.year));
  if (s.venue) p.set("venue", s.venue);
  if (s.kind) p.set("kind", s.kind);
  if (s.sort !== "relevance") p.set("sort", s.sort);
  if (s.page > 1) p.set("page", String(s.page));
  const qs = p.toString();
  return qs ? `/library?${qs}` : "/library";
}

/** The filters `library.entries` and `library.export` share. */
export function libraryFilters(s: LibraryState) {
  return {
    q: s.q.trim(),
    ...(s.listId ? { listId: s.listId } : {}),
    ...(s.tag ? { tag: s.tag } : {}),
    ...(s.status ? { status: s.status } : {}),
    ...(s.year !== null ? { year: s.year } : {}),
    ...(s.venue ? { venue: s.venue } : {}),
    ...(s.kind ? { kind: s.kind } : {}),
  };
}

export function libraryInput(s: LibraryState) {
  return { ...libraryFilters(s), sort: s.sort, limit: LIBRARY_PAGE, offset: (s.page - 1) * LIBRARY_PAGE };
}

export const KIND_LABELS: Record<LibraryKind, string> = {
  saved: "Saved in a list",
  annotated: "Annotated",
  uploaded: "Uploaded PDF",
  imported: "Imported",
  tagged: "Tagged",
};

export const STATUS_LABELS: Record<Status, string> = { TO_READ: "To read", READING: "Reading", READ: "Read" };
