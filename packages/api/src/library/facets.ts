import type { LibraryFilters, LibraryView } from "./schemas.ts";
import type { Row } from "./rows.ts";

// Facets of a library query: list, tag, status, year, venue and why a paper is in the library. An entry can
// have several values (lists, tags, statuses). Each facet is counted with every other filter applied, so the
// values it shows all narrow the current result (and its own chosen value stays visible).

export type Facet = "list" | "tag" | "status" | "year" | "venue" | "kind";
const FACETS: Facet[] = ["list", "tag", "status", "year", "venue", "kind"];
export type Wanted = Partial<Record<Facet, string>>;

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

export function wanted(filters: LibraryFilters): Wanted {
  return {
    list: filters.listId,
    tag: filters.tag,
    status: filters.status,
    year: filters.year !== undefined ? String(filters.year) : undefined,
    venue: filters.venue,
    kind: filters.kind,
  };
}

export function passes(row: Row, want: Wanted, except?: Facet): boolean {
  return FACETS.every((f) => f === except || want[f] === undefined || valuesOf(row, f).some(([v]) => v === want[f]));
}

export function countFacets(rows: Row[], want: Wanted): LibraryView["facets"] {
  return Object.fromEntries(
    FACETS.map((facet) => {
      const counts = new Map<string, { label: string; count: number }>();
      for (const row of rows) {
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
}
