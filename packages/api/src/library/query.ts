import type { Db } from "@commonplace/db";
import { collectLibrary, type LibraryEntry } from "./collect.ts";
import { compileQuery, matchEntry, type EntryMatch } from "./match.ts";
import type { z } from "zod";
import type { LibraryEntryView, LibraryFilters, LibraryView, libraryInput } from "./schemas.ts";

// The library page's query: collect (PostgreSQL, the caller's rows only) → match text → facets → sort → page.

type Facet = "list" | "tag" | "status" | "year" | "venue" | "kind";
const FACETS: Facet[] = ["list", "tag", "status", "year", "venue", "kind"];

interface Row {
  entry: LibraryEntry;
  paper: { id: string; title: string; year: number | null; venue: string | null; abstract: string | null; authors: string[]; authorCount: number };
  match: EntryMatch | null;
}

/** The values an entry has for a facet (an entry can be in several lists, carry several tags and statuses). */
function valuesOf(row: Row, facet: Facet): [value: string, label: string][] {
  const { entry, paper } = row;
  switch (facet) {
    case "list":
      return entry.items.map((i) => [i.listId, i.listTitle]);
    case "tag":
      return entry.tags.map((t) => [t, t]);
    case "status":
      return [...new Set(entry.items.map((i) => i.status))].map((s) => [s, s]);
    case "year":
      return paper.year ? [[String(paper.year), String(paper.year)]] : [];
    case "venue":
      return paper.venue ? [[paper.venue, paper.venue]] : [];
    case "kind":
      return [...entry.kinds].map((k) => [k, k]);
  }
}

function wanted(filters: LibraryFilters): Partial<Record<Facet, string>> {
  return {
    list: filters.listId,
    tag: filters.tag,
    status: filters.status,
    year: filters.year !== undefined ? String(filters.year) : undefined,
    venue: filters.venue,
    kind: filters.kind,
  };
}

function passes(row: Row, want: Partial<Record<Facet, string>>, except?: Facet): boolean {
  return FACETS.every((f) => f === except || want[f] === undefined || valuesOf(row, f).some(([v]) => v === want[f]));
}

async function loadRows(db: Db, userId: string, withAbstract: boolean): Promise<Row[]> {
  const entries = await collectLibrary(db, userId);
  const papers = await db.paper.findMany({
    where: { id: { in: entries.map((e) => e.paperId) } },
    select: {
      id: true,
      title: true,
      year: true,
      venue: true,
      abstract: withAbstract,
      authors: { orderBy: { position: "asc" }, take: 12, select: { author: { select: { name: true } } } },
      _count: { select: { authors: true } },
    },
  });
  const byId = new Map(papers.map((p) => [p.id, p]));
  return entries.flatMap((entry) => {
    const p = byId.get(entry.paperId);
    if (!p) return [];
    const paper = {
      id: p.id,
      title: p.title,
      year: p.year,
      venue: p.venue,
      abstract: p.abstract ?? null,
      authors: p.authors.map((a) => a.author.name),
      authorCount: p._count.authors,
    };
    return [{ entry, paper, match: null }];
  });
}

/** The rows matching `filters` (text and facets), best first; for the page and for bulk actions on "all matching". */
export async function matchingRows(db: Db, userId: string, filters: LibraryFilters): Promise<{ rows: Row[]; all: Row[]; text: boolean; size: number }> {
  const query = compileQuery(filters.q);
  const all = await loadRows(db, userId, query !== null);
  const textHits = query
    ? all.flatMap((row) => {
        const match = matchEntry(query, {
          title: row.paper.title,
          authors: row.paper.authors,
          abstract: row.paper.abstract,
          notes: row.entry.items.map((i) => i.note ?? "").filter(Boolean),
          annotations: row.entry.annotations,
          tags: row.entry.tags,
        });
        return match ? [{ ...row, match }] : [];
      })
    : all;
  const want = wanted(filters);
  return { rows: textHits.filter((r) => passes(r, want)), all: textHits, text: query !== null, size: all.length };
}

export async function queryLibrary(db: Db, userId: string, input: z.output<typeof libraryInput>): Promise<LibraryView> {
  const started = performance.now();
  const { rows, all, text, size } = await matchingRows(db, userId, input);
  const want = wanted(input);
  const facets = Object.fromEntries(
    FACETS.map((facet) => {
      const counts = new Map<string, { label: string; count: number }>();
      for (const row of all) {
        if (!passes(row, want, facet)) continue;
        for (const [value, label] of new Map(valuesOf(row, facet))) {
          const c = counts.get(value) ?? { label, count: 0 };
          c.count++;
          counts.set(value, c);
        }
      }
      const sorted = [...counts].map(([value, c]) => ({ value, label: c.label, count: c.count }));
      sorted.sort(facet === "year" ? (a, b) => Number(b.value) - Number(a.value) : (a, b) => b.count - a.count || a.label.localeCompare(b.label));
      return [facet, sorted.slice(0, 100)];
    }),
  ) as LibraryView["facets"];
  const sort = input.sort === "relevance" && !text ? "recent" : input.sort;
  const recent = (a: Row, b: Row) => b.entry.touchedAt.getTime() - a.entry.touchedAt.getTime();
  const sorters: Record<typeof sort, (a: Row, b: Row) => number> = {
    relevance: (a, b) => (b.match?.score ?? 0) - (a.match?.score ?? 0) || recent(a, b),
    recent,
    year: (a, b) => (b.paper.year ?? -Infinity) - (a.paper.year ?? -Infinity) || recent(a, b),
    title: (a, b) => a.paper.title.localeCompare(b.paper.title, "en", { sensitivity: "base" }),
  };
  rows.sort(sorters[sort]);
  const page = rows.slice(input.offset, input.offset + input.limit).map(toView);
  return {
    entries: page,
    total: rows.length,
    size,
    facets,
    matchingIds: rows.map((r) => r.paper.id),
    tookMs: Math.round(performance.now() - started),
  };
}

function toView(row: Row): LibraryEntryView {
  const { entry, paper, match } = row;
  return {
    paper: { id: paper.id, title: paper.title, authors: paper.authors.slice(0, 6), authorCount: paper.authorCount, year: paper.year, venue: paper.venue },
    kinds: [...entry.kinds],
    lists: entry.items.map((i) => ({ id: i.listId, title: i.listTitle, itemId: i.itemId, status: i.status })),
    tags: entry.tags,
    annotationCount: entry.annotations.length,
    matchedIn: match?.matchedIn ?? [],
    snippet: match?.snippet ?? null,
    touchedAt: entry.touchedAt,
  };
}
