"use client";

import { useEffect, useState, type FormEvent } from "react";
import { ChevronDown } from "lucide-react";
import { Button, cn } from "@commonplace/ui";
import { sourceLabel, type SearchState } from "./search-state";

export type Facets = { year: Record<string, number>; categories: Record<string, number>; authors: Record<string, number>; source: Record<string, number> };

type FacetPanelProps = {
  state: SearchState;
  /** My own tags with counts (signed in): a filter to papers I tagged. */
  myTags?: { tag: string; count: number }[];
  facets: Facets | undefined;
  onChange: (next: SearchState) => void;
  className?: string;
};

/** Year range, categories, authors and source, each with the counts of the current result set. */
export function FacetPanel({ state, facets, onChange, className, myTags }: FacetPanelProps) {
  const set = (patch: Partial<SearchState>) => onChange({ ...state, ...patch, page: 1 });
  const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);
  const hasAny = Object.keys(facets?.year ?? {}).length + Object.keys(facets?.categories ?? {}).length + Object.keys(facets?.authors ?? {}).length > 0;

  return (
    <div className={cn("grid gap-6", className)} data-testid="facet-panel">
      {myTags?.length || state.tag ? (
        <ValueFacet
          title="My tags"
          counts={Object.fromEntries((myTags ?? []).map((t) => [t.tag, t.count]))}
          selected={state.tag ? [state.tag] : []}
          onToggle={(value) => set({ tag: state.tag === value ? null : value })}
        />
      ) : null}
      <YearFacet state={state} counts={facets?.year ?? {}} onRange={(yearFrom, yearTo) => set({ yearFrom, yearTo })} />
      <ValueFacet
        title="Category"
        counts={facets?.categories ?? {}}
        selected={state.categories}
        onToggle={(value) => set({ categories: toggle(state.categories, value) })}
        mono
      />
      <ValueFacet title="Author" counts={facets?.authors ?? {}} selected={state.authors} onToggle={(value) => set({ authors: toggle(state.authors, value) })} />
      <ValueFacet
        title="Source"
        counts={facets?.source ?? {}}
        selected={state.source ? [state.source] : []}
        onToggle={(value) => set({ source: state.source === value ? null : value })}
        label={sourceLabel}
      />
      {!hasAny && facets ? (
        <p className="text-[13px] leading-relaxed text-ink-subtle">Year, category and author filters appear when the matching papers carry that metadata.</p>
      ) : null}
    </div>
  );
}

function FacetSection({ title, children, count }: { title: string; children: React.ReactNode; count?: number }) {
  const [open, setOpen] = useState(true);
  const id = `facet-${title.toLowerCase()}`;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
          className="group flex w-full items-center justify-between gap-2 rounded-md py-1 text-left text-xs font-semibold tracking-wide text-ink-muted uppercase hover:text-ink"
        >
          <span>
            {title}
            {count ? <span className="ml-1.5 font-normal normal-case tabular-nums text-ink-subtle">{count}</span> : null}
          </span>
          <ChevronDown aria-hidden className={cn("size-3.5 transition-transform", !open && "-rotate-90")} />
        </button>
      </h3>
      <div id={id} hidden={!open} className="mt-2">
        {children}
      </div>
    </section>
  );
}

const VISIBLE = 8;

function ValueFacet({
  title,
  counts,
  selected,
  onToggle,
  label = (v) => v,
  mono = false,
}: {
  title: string;
  counts: Record<string, number>;
  selected: string[];
  onToggle: (value: string) => void;
  label?: (value: string) => string;
  mono?: boolean;
}) {
  const [expanded, setExpanded] = useState(false);
  // Selected values stay listed even when the current results no longer count them.
  const entries = Object.entries(counts);
  for (const value of selected) if (!(value in counts)) entries.push([value, 0]);
  if (entries.length === 0) return null;
  entries.sort((a, b) => Number(selected.includes(b[0])) - Number(selected.includes(a[0])) || b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = expanded ? entries : entries.slice(0, VISIBLE);

  return (
    <FacetSection title={title} count={selected.length || undefined}>
      <ul className="grid gap-px">
        {shown.map(([value, count]) => {
          const checked = selected.includes(value);
          return (
            <li key={value}>
              <label
                className={cn(
                  "group relative flex min-h-8 cursor-pointer items-center gap-2.5 overflow-hidden rounded-md px-2 text-sm transition-colors",
                  "hover:bg-paper-sunken has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ring",
                  checked ? "text-ink" : "text-ink-muted",
                )}
              >
                <input
                  type="checkbox"
                  checked={checked}
                  onChange={() => onToggle(value)}
                  className="relative size-3.5 shrink-0 rounded-sm accent-[var(--color-accent)]"
                />
                <span className={cn("relative min-w-0 flex-1 truncate", mono && "tracking-tight")} title={label(value)}>
                  {label(value)}
                </span>
                <span className="relative text-xs tabular-nums text-ink-subtle">{count > 0 ? count.toLocaleString() : "–"}</span>
              </label>
            </li>
          );
        })}
      </ul>
      {entries.length > VISIBLE ? (
        <Button variant="link" size="sm" className="mt-1 ml-2 text-[13px]" onClick={() => setExpanded(!expanded)}>
          {expanded ? "Show fewer" : `Show ${entries.length - VISIBLE} more`}
        </Button>
      ) : null}
    </FacetSection>
  );
}

function YearFacet({
  state,
  counts,
  onRange,
}: {
  state: SearchState;
  counts: Record<string, number>;
  onRange: (from: number | null, to: number | null) => void;
}) {
  const years = Object.entries(counts)
    .map(([y, n]) => [Number(y), n] as const)
    .filter(([y]) => Number.isInteger(y))
    .sort((a, b) => b[0] - a[0]);
  const ranged = state.yearFrom !== null || state.yearTo !== null;
  if (years.length === 0 && !ranged) return null;
  const max = Math.max(1, ...years.map(([, n]) => n));
  return (
    <FacetSection title="Year">
      <YearRangeForm from={state.yearFrom} to={state.yearTo} onRange={onRange} />
      {years.length > 1 ? (
        <div className="mt-3 flex h-10 items-end gap-px" aria-hidden>
          {[...years].reverse().map(([y, n]) => (
            <button
              key={y}
              type="button"
              tabIndex={-1}
              title={`${y}: ${n} paper${n === 1 ? "" : "s"}`}
              onClick={() => onRange(y, y)}
              className={cn(
                "min-w-1 flex-1 rounded-t-[2px] bg-line-strong transition-colors hover:bg-accent",
                state.yearFrom !== null && state.yearTo !== null && y >= state.yearFrom && y <= state.yearTo && "bg-accent/70",
              )}
              style={{ height: `${Math.max(12, (n / max) * 100)}%` }}
            />
          ))}
        </div>
      ) : null}
      <ul className="mt-2 grid gap-px">
        {years.slice(0, 6).map(([y, n]) => {
          const only = state.yearFrom === y && state.yearTo === y;
          return (
            <li key={y}>
              <button
                type="button"
                aria-pressed={only}
                onClick={() => (only ? onRange(null, null) : onRange(y, y))}
                className={cn(
                  "flex min-h-8 w-full items-center justify-between rounded-md px-2 text-sm tabular-nums transition-colors hover:bg-paper-sunken",
                  only ? "bg-accent-soft font-medium text-accent-soft-ink hover:bg-accent-soft" : "text-ink-muted",
                )}
              >
                <span>{y}</span>
                <span className="text-xs text-ink-subtle">{n.toLocaleString()}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </FacetSection>
  );
}

/**
 * From/To years, applied with the visible Apply button (or Enter) — never on blur: Tab from "From" to "To"
 * must keep focus and what was typed. When the applied range changes elsewhere (chips, back button), the
 * inputs follow it.
 */
function YearRangeForm({ from, to, onRange }: { from: number | null; to: number | null; onRange: (from: number | null, to: number | null) => void }) {
  const [fromText, setFromText] = useState(from?.toString() ?? "");
  const [toText, setToText] = useState(to?.toString() ?? "");
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the inputs follow a range applied elsewhere (chips, back button); typing is local until Apply
    setFromText(from?.toString() ?? "");
    setToText(to?.toString() ?? "");
  }, [from, to]);
  const parse = (text: string) => (/^\d{4}$/.test(text.trim()) ? Number(text.trim()) : null);

  function apply(event?: FormEvent) {
    event?.preventDefault();
    let a = parse(fromText);
    let b = parse(toText);
    if (a !== null && b !== null && a > b) [a, b] = [b, a];
    if (a !== from || b !== to) onRange(a, b);
  }

  const field =
    "h-8 w-full min-w-0 rounded-md border border-line-strong bg-surface-raised px-2 text-sm tabular-nums text-ink shadow-xs placeholder:text-ink-subtle focus-visible:border-accent focus-visible:ring-3 focus-visible:ring-accent/20 focus-visible:outline-none";
  const changed = parse(fromText) !== from || parse(toText) !== to;
  return (
    <form onSubmit={apply} className="flex items-center gap-2" aria-label="Year range">
      <input
        aria-label="From year"
        inputMode="numeric"
        placeholder="From"
        maxLength={4}
        value={fromText}
        onChange={(e) => setFromText(e.target.value.replace(/\D/g, ""))}
        className={field}
      />
      <span aria-hidden className="text-ink-subtle">
        –
      </span>
      <input
        aria-label="To year"
        inputMode="numeric"
        placeholder="To"
        maxLength={4}
        value={toText}
        onChange={(e) => setToText(e.target.value.replace(/\D/g, ""))}
        className={field}
      />
      <Button type="submit" size="sm" variant={changed ? "primary" : "secondary"} className="shrink-0" aria-label="Apply year range">
        Apply
      </Button>
    </form>
  );
}
