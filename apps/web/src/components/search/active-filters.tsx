"use client";

import { X } from "lucide-react";
import { activeFilterCount, sourceLabel, withoutFilters, yearRangeLabel, type SearchState } from "./search-state";

type Chip = { key: string; kind: string; label: string; remove: (s: SearchState) => SearchState };

function chipsOf(state: SearchState): Chip[] {
  const chips: Chip[] = [];
  if (state.yearFrom !== null || state.yearTo !== null) {
    chips.push({ key: "year", kind: "Year", label: yearRangeLabel(state.yearFrom, state.yearTo), remove: (s) => ({ ...s, yearFrom: null, yearTo: null }) });
  }
  for (const c of state.categories) {
    chips.push({ key: `c:${c}`, kind: "Category", label: c, remove: (s) => ({ ...s, categories: s.categories.filter((v) => v !== c) }) });
  }
  for (const a of state.authors) {
    chips.push({ key: `a:${a}`, kind: "Author", label: a, remove: (s) => ({ ...s, authors: s.authors.filter((v) => v !== a) }) });
  }
  if (state.source) chips.push({ key: "source", kind: "Source", label: sourceLabel(state.source), remove: (s) => ({ ...s, source: null }) });
  if (state.tag) chips.push({ key: "tag", kind: "My tag", label: state.tag, remove: (s) => ({ ...s, tag: null }) });
  return chips;
}

/** The filters in force, as removable chips. */
export function ActiveFilters({ state, onChange }: { state: SearchState; onChange: (next: SearchState) => void }) {
  const chips = chipsOf(state);
  if (chips.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-1.5" data-testid="active-filters">
      <span className="sr-only">Active filters:</span>
      <ul className="contents">
        {chips.map((chip) => (
          <li key={chip.key}>
            <button
              type="button"
              onClick={() => onChange({ ...chip.remove(state), page: 1 })}
              aria-label={`Remove filter ${chip.kind}: ${chip.label}`}
              className="group inline-flex h-7 max-w-72 items-center gap-1.5 rounded-full border border-accent/25 bg-accent-soft pr-1.5 pl-2.5 text-xs text-accent-soft-ink transition-colors hover:border-accent/50"
            >
              <span className="text-accent-soft-ink/70">{chip.kind}</span>
              <span className="truncate font-medium">{chip.label}</span>
              <span className="inline-flex size-4 items-center justify-center rounded-full transition-colors group-hover:bg-accent/15">
                <X aria-hidden className="size-3" />
              </span>
            </button>
          </li>
        ))}
      </ul>
      {activeFilterCount(state) > 1 ? (
        <button
          type="button"
          onClick={() => onChange(withoutFilters(state))}
          className="h-7 rounded-full px-2 text-xs font-medium text-ink-muted underline-offset-4 hover:text-ink hover:underline"
        >
          Clear all
        </button>
      ) : null}
    </div>
  );
}
