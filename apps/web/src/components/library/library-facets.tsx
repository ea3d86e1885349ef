"use client";

import { cn } from "@commonplace/ui";
import { KIND_LABELS, STATUS_LABELS, type LibraryKind, type LibraryState, type Status } from "./library-state";

type Count = { value: string; label: string; count: number };
export type LibraryFacetCounts = { list: Count[]; tag: Count[]; status: Count[]; year: Count[]; venue: Count[]; kind: Count[] };

const FIELD = { list: "listId", tag: "tag", status: "status", year: "year", venue: "venue", kind: "kind" } as const;
type Facet = keyof typeof FIELD;

const TITLES: Record<Facet, string> = { kind: "In my library because", list: "List", tag: "My tags", status: "Status", year: "Year", venue: "Venue" };
const ORDER: Facet[] = ["kind", "tag", "list", "status", "year", "venue"];

function labelOf(facet: Facet, c: Count): string {
  if (facet === "kind") return KIND_LABELS[c.value as LibraryKind] ?? c.label;
  if (facet === "status") return STATUS_LABELS[c.value as Status] ?? c.label;
  return c.label;
}

function selected(state: LibraryState, facet: Facet): string | null {
  const v = state[FIELD[facet]];
  return v === null ? null : String(v);
}

/** One value per facet may be chosen; counts come with the other filters applied, so every shown value narrows. */
export function LibraryFacets({ state, facets, onChange }: { state: LibraryState; facets: LibraryFacetCounts; onChange: (next: LibraryState) => void }) {
  function toggle(facet: Facet, value: string) {
    const on = selected(state, facet) === value;
    const next = on ? null : facet === "year" ? Number(value) : value;
    onChange({ ...state, [FIELD[facet]]: next, page: 1 } as LibraryState);
  }
  return (
    <div className="grid gap-6" data-testid="library-facets">
      {ORDER.map((facet) =>
        facets[facet].length === 0 ? null : (
          <section key={facet} aria-labelledby={`lib-facet-${facet}`}>
            <h3 id={`lib-facet-${facet}`} className="text-xs font-semibold tracking-wide text-ink-muted uppercase">
              {TITLES[facet]}
            </h3>
            <ul className="mt-2 grid gap-0.5">
              {facets[facet].slice(0, 12).map((c) => {
                const on = selected(state, facet) === c.value;
                return (
                  <li key={c.value}>
                    <button
                      type="button"
                      aria-pressed={on}
                      onClick={() => toggle(facet, c.value)}
                      className={cn(
                        "flex w-full items-start justify-between gap-2 rounded-md px-2 py-1 text-left text-[13px] hover:bg-paper-sunken",
                        on ? "bg-accent-soft font-medium text-accent-soft-ink" : "text-ink",
                      )}
                    >
                      <span className="min-w-0 break-words">{labelOf(facet, c)}</span>
                      <span className="shrink-0 tabular-nums text-ink-subtle">{c.count}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        ),
      )}
    </div>
  );
}
