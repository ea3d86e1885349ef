import type { z } from "zod";
import type { Db } from "@commonplace/db";
import { countFacets, passes, wanted } from "./facets.ts";
import { compileQuery, matchEntry, snippetOf, type CompiledQuery } from "./match.ts";
import { authorsOf, loadRows, type Authors, type Row } from "./rows.ts";
import type { LibraryEntryView, LibraryFilters, LibraryView, libraryInput } from "./schemas.ts";

// The library page's query: collect (PostgreSQL, the caller's rows only) → match text → facets → sort → page.

/** The rows matching `filters` (text and facets), unsorted; for the page and for bulk actions on "all matching". */
export async function matchingRows(
  db: Db,
  userId: string,
  filters: LibraryFilters,
): Promise<{ rows: Row[]; all: Row[]; query: CompiledQuery | null; size: number; authors: Map<string, Authors> | null }> {
  const query = compileQuery(filters.q);
  const all = await loadRows(db, userId, query !== null);
  const authors = query
    ? await authorsOf(
        db,
        all.map((r) => r.paper.id),
      )
    : null;
  const textHits = query
    ? all.flatMap((row) => {
        const match = matchEntry(query, {
          title: row.paper.title,
          authors: authors!.get(row.paper.id)?.names ?? [],
          abstract: row.paper.abstract,
          notes: row.entry.items.map((i) => i.note ?? "").filter(Boolean),
          annotations: row.entry.annotations,
          tags: row.entry.tags,
        });
        return match ? [{ ...row, match }] : [];
      })
    : all;
  const want = wanted(filters);
  return { rows: textHits.filter((r) => passes(r, want)), all: textHits, query, size: all.length, authors };
}

export async function queryLibrary(db: Db, userId: string, input: z.output<typeof libraryInput>): Promise<LibraryView> {
  const started = performance.now();
  const { rows, all, query, size, authors } = await matchingRows(db, userId, input);
  const facets = countFacets(all, wanted(input));
  const sort = input.sort === "relevance" && !query ? "recent" : input.sort;
  const recent = (a: Row, b: Row) => b.entry.touchedAt.getTime() - a.entry.touchedAt.getTime();
  const sorters: Record<typeof sort, (a: Row, b: Row) => number> = {
    relevance: (a, b) => (b.match?.score ?? 0) - (a.match?.score ?? 0) || recent(a, b),
    recent,
    year: (a, b) => (b.paper.year ?? -Infinity) - (a.paper.year ?? -Infinity) || recent(a, b),
    title: (a, b) => a.paper.title.localeCompare(b.paper.title, "en", { sensitivity: "base" }),
  };
  rows.sort(sorters[sort]);
  const page = rows.slice(input.offset, input.offset + input.limit);
  const pageAuthors =
    authors ??
    (await authorsOf(
      db,
      page.map((r) => r.paper.id),
    ));
  return {
    entries: page.map((row) => toView(row, pageAuthors.get(row.paper.id) ?? { names: [], count: 0 }, query)),
    total: rows.length,
    size,
    facets,
    matchingIds: rows.map((r) => r.paper.id),
    tookMs: Math.round(performance.now() - started),
  };
}

function toView(row: Row, authors: Authors, query: CompiledQuery | null): LibraryEntryView {
  const { entry, paper, match } = row;
  return {
    paper: { id: paper.id, title: paper.title, authors: authors.names.slice(0, 6), authorCount: authors.count, year: paper.year, venue: paper.venue },
    kinds: [...entry.kinds],
    lists: entry.items.map((i) => ({ id: i.listId, title: i.listTitle, itemId: i.itemId, status: i.status })),
    tags: entry.tags,
    annotationCount: entry.annotations.length,
    matchedIn: match?.matchedIn ?? [],
    snippet: query && match ? snippetOf(query, match.snippetSource) : null,
    touchedAt: entry.touchedAt,
  };
}
