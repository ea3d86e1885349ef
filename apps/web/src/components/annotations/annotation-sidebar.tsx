"use client";

import { AlertTriangle, ChevronDown, MessageSquareText, X } from "lucide-react";
import { useEffect, useRef, type ReactNode } from "react";
import { Skeleton, cn } from "@commonplace/ui";
import { visibilityLabel, type Thread } from "./colors";
import { facetsOf, noFilters, type Filters } from "./filters";
import { PageNotes } from "./page-notes";
import { ResolvedThreads } from "./resolved-threads";
import { ThreadCard } from "./thread-card";
import type { Person } from "./use-people";

function FilterSelect({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  options: { value: string; label: string }[];
}) {
  return (
    <label className="relative min-w-0 flex-1">
      <span className="sr-only">{label}</span>
      <select
        aria-label={label}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={cn(
          "h-7 w-full min-w-0 appearance-none truncate rounded-md border bg-surface-raised pr-6 pl-2 text-xs focus-visible:outline-2 focus-visible:outline-ring",
          value ? "border-accent/50 text-accent-soft-ink" : "border-line text-ink-muted",
        )}
      >
        <option value="">{label}: all</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <ChevronDown aria-hidden className="pointer-events-none absolute top-1/2 right-1.5 size-3 -translate-y-1/2 text-ink-subtle" />
    </label>
  );
}

/**
 * The discussion beside the text: filters, the composer for a new thread, open threads in reading
 * order, resolved ones folded away, and the viewer's own highlights that lost their place.
 */
export function AnnotationSidebar({
  threads,
  allThreads,
  loading,
  activeId,
  onSelect,
  filters,
  onFiltersChange,
  composer,
  people,
  viewerId,
  onClose,
  discussion,
}: {
  threads: Thread[];
  allThreads: Thread[];
  loading: boolean;
  activeId: string | null;
  onSelect: (id: string) => void;
  filters: Filters;
  onFiltersChange: (f: Filters) => void;
  composer: ReactNode;
  people: Person[];
  viewerId: string | null;
  onClose?: () => void;
  /** Page notes' composer and sign-in link (issue 16.1): page notes show in their own section above the passages. */
  discussion?: Pick<Parameters<typeof PageNotes>[0], "composer" | "signInHref">;
}) {
  const cards = useRef(new Map<string, HTMLElement>());
  const facets = facetsOf(allThreads);
  const notes = discussion ? threads.filter((t) => t.pageNote) : [];
  const placed = threads.filter((t) => t.anchorStatus !== "ORPHANED" && !(discussion && t.pageNote));
  const open = placed.filter((t) => !t.resolved);
  const resolved = placed.filter((t) => t.resolved);
  const attention = allThreads.filter((t) => t.anchorStatus !== "ANCHORED" && viewerId && t.author?.id === viewerId);
  const filtered = filters.author || filters.team || filters.visibility;

  useEffect(() => {
    if (!activeId) return;
    requestAnimationFrame(() => cards.current.get(activeId)?.scrollIntoView({ block: "nearest", behavior: "smooth" }));
  }, [activeId]);

  const cardRef = (id: string) => (el: HTMLElement | null) => {
    if (el) cards.current.set(id, el);
    else cards.current.delete(id);
  };
  const card = (t: Thread) => (
    <li key={t.id}>
      <ThreadCard ref={cardRef(t.id)} thread={t} active={t.id === activeId} people={people} onSelect={() => onSelect(t.id)} />
    </li>
  );

  return (
    <section aria-labelledby="discussion-title" data-testid="annotation-sidebar" className="flex min-h-0 flex-col">
      <div className="flex items-center gap-2 border-b border-line pb-2">
        <MessageSquareText aria-hidden className="size-3.5 text-ink-subtle" />
        <h2 id="discussion-title" className="text-xs font-semibold tracking-wide text-ink-muted uppercase">
          Annotations
        </h2>
        <span className="text-xs text-ink-subtle tabular-nums" data-testid="thread-count">
          {open.length + notes.filter((t) => !t.resolved).length}
        </span>
        {onClose ? (
          <button
            type="button"
            aria-label="Close discussion"
            onClick={onClose}
            className="ml-auto grid size-8 place-items-center rounded-md text-ink-muted hover:bg-paper-sunken lg:hidden"
          >
            <X aria-hidden className="size-4" />
          </button>
        ) : null}
      </div>

      {allThreads.length > 1 ? (
        <div className="mt-3 flex gap-1.5" role="group" aria-label="Filter the discussion">
          <FilterSelect label="Person" value={filters.author} onChange={(author) => onFiltersChange({ ...filters, author })} options={facets.people} />
          {facets.teams.length > 0 ? (
            <FilterSelect label="Team" value={filters.team} onChange={(team) => onFiltersChange({ ...filters, team })} options={facets.teams} />
          ) : null}
          <FilterSelect
            label="Visibility"
            value={filters.visibility}
            onChange={(v) => onFiltersChange({ ...filters, visibility: v as Filters["visibility"] })}
            options={(["PRIVATE", "TEAM", "PUBLIC"] as const).map((v) => ({ value: v, label: visibilityLabel[v] }))}
          />
        </div>
      ) : null}

      <div className="mt-3 grid gap-3">
        {discussion ? (
          <>
            <PageNotes threads={notes} activeId={activeId} onSelect={onSelect} people={people} cardRef={cardRef} {...discussion} />
            <h3 className="mt-2 border-t border-line pt-4 text-xs font-semibold text-ink-muted">On passages</h3>
          </>
        ) : null}
        {composer}
        {loading ? (
          <div aria-busy className="grid gap-3">
            <Skeleton className="h-24 rounded-xl" />
            <Skeleton className="h-16 rounded-xl" />
          </div>
        ) : open.length === 0 && !composer ? (
          <p className="rounded-xl border border-dashed border-line-strong px-4 py-5 text-center text-[13px] leading-relaxed text-ink-muted">
            {filtered ? (
              <>
                Nothing matches these filters.{" "}
                <button type="button" className="font-medium text-accent hover:underline" onClick={() => onFiltersChange(noFilters)}>
                  Clear filters
                </button>
              </>
            ) : (
              <>Select a passage to highlight it or comment on it.</>
            )}
          </p>
        ) : null}
        <ul className="grid gap-3" aria-label="Threads">
          {open.map(card)}
        </ul>

        <ResolvedThreads threads={resolved} all={placed} card={card} activeId={activeId} />

        {attention.length > 0 ? (
          <div className="rounded-xl border border-danger/30 bg-danger-soft/40 p-3" data-testid="needs-attention">
            <h3 className="flex items-center gap-1.5 text-xs font-semibold text-danger">
              <AlertTriangle aria-hidden className="size-3.5" /> Needs attention
            </h3>
            <p className="mt-1 text-xs leading-relaxed text-ink-muted">
              The text of this paper changed. These highlights of yours could not be placed with confidence.
            </p>
            <ul className="mt-2 grid gap-2">
              {attention.map((t) => (
                <li key={t.id}>
                  <button
                    type="button"
                    onClick={() => onSelect(t.id)}
                    className="grid w-full gap-0.5 rounded-lg bg-surface px-3 py-2 text-left text-xs hover:bg-surface-raised"
                  >
                    <span className="font-serif text-[13px] text-ink italic line-clamp-2">&ldquo;{t.quote}&rdquo;</span>
                    <span className="text-ink-subtle">
                      {t.anchorStatus === "ORPHANED"
                        ? "Not found in the current text"
                        : `Placed approximately (${Math.round((t.anchorConfidence ?? 0) * 100)}% sure)`}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}
