"use client";

import { useEffect, useMemo, useState } from "react";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { BookMarked, Search, SlidersHorizontal, X } from "lucide-react";
import { Button, Input, Skeleton } from "@commonplace/ui";
import { EmptyState, PageHeader } from "@/components/lists/page-header";
import { Select } from "@/components/lists/select";
import type { RouterOutputs } from "@/components/lists/types";
import { useTRPC } from "@/trpc/react";
import { LibraryBulkBar } from "./library-bulk";
import { LibraryEntryRow } from "./library-entry";
import { LibraryFacets } from "./library-facets";
import { KIND_LABELS, LIBRARY_PAGE, STATUS_LABELS, libraryHref, libraryInput, type LibrarySort, type LibraryState } from "./library-state";
import { useLibraryUrl } from "./use-library-url";

type LibraryResult = RouterOutputs["library"]["entries"];
const SORT_LABELS: Record<LibrarySort, string> = { relevance: "Best match", recent: "Recently touched", year: "Newest year", title: "Title" };

export function LibraryView({ initialState, initial }: { initialState: LibraryState; initial: LibraryResult }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { state, navigate } = useLibraryUrl();
  const [draft, setDraft] = useState(state.q);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [showFilters, setShowFilters] = useState(false);
  const input = libraryInput(state);
  const isInitial = libraryHref(state) === libraryHref(initialState);
  const query = useQuery({ ...trpc.library.entries.queryOptions(input), initialData: isInitial ? initial : undefined, placeholderData: keepPreviousData });
  const data = query.data ?? initial;

  // Typing searches after a pause; the URL keeps the query (one history entry per burst).
  useEffect(() => {
    if (draft === state.q) return;
    const t = window.setTimeout(() => navigate({ ...state, q: draft, page: 1 }, { replace: true }), 250);
    return () => window.clearTimeout(t);
  }, [draft, state, navigate]);

  const change = (next: LibraryState) => navigate(next);
  const active = useMemo(() => activeFilters(state, data), [state, data]);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.library.pathKey() });
  const pageIds = data.entries.map((e) => e.paper.id);
  const allOnPage = pageIds.length > 0 && pageIds.every((id) => selected.has(id));
  const setMany = (ids: string[], on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      for (const id of ids)
        if (on) next.add(id);
        else next.delete(id);
      return next;
    });

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-8 sm:py-12">
      <PageHeader
        eyebrow="Library"
        title="My library"
        lead="Everything you saved, annotated, uploaded, imported or tagged. Search covers titles, abstracts and your own notes and annotations; only you see those here."
      />
      <form role="search" className="relative mt-6" onSubmit={(e) => e.preventDefault()}>
        <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-ink-subtle" />
        <Input
          type="search"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          aria-label="Search my library"
          placeholder="Search titles, abstracts, your notes and annotations…"
          className="h-11 pl-9 sm:h-11"
          maxLength={500}
          data-testid="library-search"
        />
      </form>

      <div className="mt-6 grid gap-6 lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-10">
        <aside aria-label="Filters">
          <Button variant="secondary" size="sm" className="lg:hidden" aria-expanded={showFilters} onClick={() => setShowFilters(!showFilters)}>
            <SlidersHorizontal aria-hidden /> Filters{active.length ? ` · ${active.length}` : ""}
          </Button>
          <div className={showFilters ? "mt-4 lg:mt-0" : "hidden lg:block"}>
            <LibraryFacets state={state} facets={data.facets} onChange={change} />
          </div>
        </aside>

        <section aria-label="Papers in my library" className="min-w-0">
          <div className="flex flex-wrap items-center justify-between gap-3 border-b border-line pb-3">
            <p className="text-sm text-ink-muted" aria-live="polite" data-testid="library-count">
              {data.total === data.size ? `${data.size} ${data.size === 1 ? "paper" : "papers"}` : `${data.total} of ${data.size} papers`}
            </p>
            <label className="inline-flex items-center gap-2 text-sm text-ink-muted">
              Sort
              <Select
                // Without a query there is nothing to rank by relevance: the API sorts by most recently touched.
                value={state.sort === "relevance" && !state.q.trim() ? "recent" : state.sort}
                onChange={(e) => change({ ...state, sort: e.target.value as LibrarySort, page: 1 })}
                className="w-44 [&_select]:h-8 [&_select]:text-[13px]"
              >
                {(Object.keys(SORT_LABELS) as LibrarySort[]).map((s) => (
                  <option key={s} value={s}>
                    {SORT_LABELS[s]}
                  </option>
                ))}
              </Select>
            </label>
          </div>
          {active.length ? (
            <div className="mt-3 flex flex-wrap gap-2" data-testid="library-active-filters">
              {active.map((f) => (
                <button
                  key={f.label}
                  type="button"
                  onClick={() => change({ ...f.clear, page: 1 })}
                  className="inline-flex max-w-full items-center gap-1 rounded-full bg-accent-soft px-2.5 py-1 text-xs text-accent-soft-ink hover:opacity-80"
                  aria-label={`Remove filter ${f.label}`}
                >
                  <span className="min-w-0 break-words">{f.label}</span> <X aria-hidden className="size-3 shrink-0" />
                </button>
              ))}
            </div>
          ) : null}
          {data.entries.length ? (
            <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-[13px] text-ink-muted">
              <label className="inline-flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={allOnPage}
                  onChange={(e) => setMany(pageIds, e.target.checked)}
                  className="size-4 accent-[var(--color-accent)]"
                />
                Select this page
              </label>
              {data.total > pageIds.length ? (
                <button type="button" className="text-accent hover:underline" onClick={() => setMany(data.matchingIds, true)}>
                  Select all {data.total} matching
                </button>
              ) : null}
            </div>
          ) : null}

          {query.isFetching && !query.data ? (
            <div className="mt-4 grid gap-3">
              {[0, 1, 2].map((i) => (
                <Skeleton key={i} className="h-28 rounded-xl" />
              ))}
            </div>
          ) : data.size === 0 ? (
            <div className="mt-6">
              <EmptyState icon={<BookMarked aria-hidden />} title="Your library is empty">
                Save papers to a list, highlight or comment on them, upload PDFs, import a bibliography or tag a paper: it all shows up here.
              </EmptyState>
            </div>
          ) : data.entries.length === 0 ? (
            <p className="mt-6 text-sm text-ink-muted">Nothing in your library matches. Try fewer words or remove a filter.</p>
          ) : (
            <ol className="mt-4 grid grid-cols-[minmax(0,1fr)] gap-3" data-testid="library-entries">
              {data.entries.map((entry) => (
                <LibraryEntryRow
                  key={entry.paper.id}
                  entry={entry}
                  selected={selected.has(entry.paper.id)}
                  onSelect={(on) => setMany([entry.paper.id], on)}
                  onTag={(tag) => change({ ...state, tag, page: 1 })}
                />
              ))}
            </ol>
          )}

          {data.total > LIBRARY_PAGE ? (
            <nav aria-label="Pages" className="mt-6 flex items-center justify-between gap-3 text-sm">
              <Button variant="secondary" size="sm" disabled={state.page <= 1} onClick={() => change({ ...state, page: state.page - 1 })}>
                Previous
              </Button>
              <span className="text-ink-muted">
                Page {state.page} of {Math.ceil(data.total / LIBRARY_PAGE)}
              </span>
              <Button
                variant="secondary"
                size="sm"
                disabled={state.page * LIBRARY_PAGE >= data.total}
                onClick={() => change({ ...state, page: state.page + 1 })}
              >
                Next
              </Button>
            </nav>
          ) : null}

          {selected.size ? <LibraryBulkBar paperIds={[...selected]} onClear={() => setSelected(new Set())} onChanged={refresh} /> : null}
        </section>
      </div>
    </div>
  );
}

function activeFilters(s: LibraryState, data: LibraryResult): { label: string; clear: LibraryState }[] {
  const out: { label: string; clear: LibraryState }[] = [];
  if (s.kind) out.push({ label: KIND_LABELS[s.kind], clear: { ...s, kind: null } });
  if (s.tag) out.push({ label: `Tag: ${s.tag}`, clear: { ...s, tag: null } });
  if (s.listId) out.push({ label: `List: ${data.facets.list.find((l) => l.value === s.listId)?.label ?? "a list"}`, clear: { ...s, listId: null } });
  if (s.status) out.push({ label: STATUS_LABELS[s.status], clear: { ...s, status: null } });
  if (s.year !== null) out.push({ label: String(s.year), clear: { ...s, year: null } });
  if (s.venue) out.push({ label: s.venue, clear: { ...s, venue: null } });
  return out;
}
