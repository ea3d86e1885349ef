"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { AlertCircle, MessageCircleQuestion, SlidersHorizontal } from "lucide-react";
import { Alert, Button, Dialog, DialogDescription, DialogTitle, DialogTrigger, SheetContent } from "@commonplace/ui";
import { isTypingTarget } from "@/lib/keyboard";
import { useTRPC } from "@/trpc/react";
import { plural } from "@/components/papers/format";
import { ActiveFilters } from "./active-filters";
import { FacetPanel, type Facets } from "./facet-panel";
import { Pagination } from "./pagination";
import { ResultList, ResultsSkeleton, type SearchHit } from "./result-list";
import { SearchBox } from "./search-box";
import { SearchEmpty } from "./search-empty";
import { MAX_PAGE, PAGE_SIZE, activeFilterCount, searchInput, searchQueryString, type SearchState } from "./search-state";
import { SortControl } from "./sort-control";
import { useSearchUrl } from "./use-search-url";
import { formErrorOf } from "@/lib/trpc-errors";
import { searchErrorTitle, searchRetryMs, searchStatusText } from "./search-errors";
import { AddingToBanner, useAddingToList } from "@/components/lists/adding-to";

export type SearchResult = {
  hits: SearchHit[];
  total: number;
  facets: Facets;
  processingTimeMs: number;
  strategy: "short" | "long";
};

const DEBOUNCE_MS = 200;

type SearchViewProps = {
  /** The state and result the server rendered, so the first paint has results. */
  initialState: SearchState;
  initialResult: SearchResult | null;
  signedIn: boolean;
};

export function SearchView({ initialState, initialResult, signedIn }: SearchViewProps) {
  const trpc = useTRPC();
  const { state, navigate } = useSearchUrl();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);
  // ?addTo=<listId> (an empty list's "Find papers to add"): kept while searching, though the URL is rewritten.
  const [addToId, setAddToId] = useState<string | null>(null);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- read after hydration (the URL is rewritten while searching), so the server and the first client render agree
  useEffect(() => setAddToId(new URLSearchParams(window.location.search).get("addTo")), []);
  const addingTo = useAddingToList(signedIn ? addToId : null);

  const isInitial = searchQueryString(state) === searchQueryString(initialState);
  const query = useQuery({
    // A tag filter is one's own: signed out, a shared ?tag= link shows the unfiltered search.
    ...trpc.papers.search.queryOptions(searchInput(signedIn ? state : { ...state, tag: null })),
    placeholderData: keepPreviousData,
    initialData: isInitial && initialResult ? initialResult : undefined,
    // A failure shows at once (react-query's three retries took ~10 s); one that passes on its own is asked again after its Retry-After.
    retry: false,
    refetchInterval: (q) => (q.state.status === "error" ? (searchRetryMs(q.state.error) ?? false) : false),
  });
  const result = query.data;

  // The box holds what is being typed; the URL holds what was searched. `written` is the last q this
  // component put in the URL, so a URL change from elsewhere (back/forward, an example query) resets the box.
  const [draft, setDraft] = useState(state.q);
  const written = useRef(state.q);
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
    if (state.q !== written.current) {
      written.current = state.q;
      setDraft(state.q);
    }
  }, [state]);

  const commitQuery = useCallback(
    (q: string, typing: boolean) => {
      const current = latest.current;
      if (q === current.q) return;
      written.current = q;
      navigate({ ...current, q, page: 1 }, { typing });
    },
    [navigate],
  );

  useEffect(() => {
    const q = draft.trim();
    const timer = window.setTimeout(() => commitQuery(q, true), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [draft, commitQuery]);

  const change = useCallback((next: SearchState) => navigate(next), [navigate]);

  // `/` focuses the box from anywhere on the page.
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "/" || event.metaKey || event.ctrlKey || event.altKey || isTypingTarget(event.target)) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  useEffect(() => {
    document.title = state.q ? `“${state.q.slice(0, 60)}” — Search · Commonplace` : "Search · Commonplace";
  }, [state.q]);

  const focusFirstResult = () => listRef.current?.querySelector<HTMLAnchorElement>("a[data-result-link]")?.focus();
  const focusBox = () => inputRef.current?.focus();
  const goToPage = (page: number) => {
    navigate({ ...state, page });
    window.scrollTo({ top: 0, behavior: "smooth" });
  };

  const filters = activeFilterCount(state);
  const pages = result ? Math.min(MAX_PAGE, Math.ceil(result.total / PAGE_SIZE)) : 0;
  const typingAhead = draft.trim() !== state.q;
  const busy = query.isFetching || typingAhead;

  const myTags = useQuery({ ...trpc.tags.mine.queryOptions(), enabled: signedIn });
  const facetPanel = <FacetPanel state={state} facets={result?.facets} onChange={change} myTags={myTags.data} />;

  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-8 sm:py-10">
      <div className="grid items-start gap-8 lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-10">
        <div className="hidden pt-1.5 lg:block">
          <h1 className="font-serif text-2xl font-semibold tracking-tight text-ink">Search</h1>
          <p className="mt-0.5 text-[13px] text-ink-muted">Titles, authors, abstracts and full text</p>
        </div>
        <div className="max-w-3xl">
          <h1 className="sr-only lg:hidden">Search papers</h1>
          <SearchBox
            ref={inputRef}
            value={draft}
            onValueChange={setDraft}
            onSubmit={() => commitQuery(draft.trim(), false)}
            onArrowDown={focusFirstResult}
            busy={busy}
          />
          <p id="search-keys" className="mt-2 hidden px-1 text-xs text-ink-subtle sm:block">
            <Kbd>↑</Kbd> <Kbd>↓</Kbd> move through results · <Kbd>Enter</Kbd> opens · <Kbd>/</Kbd> comes back here
          </p>
        </div>
      </div>

      <div className="mt-6 grid gap-8 lg:mt-8 lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-10">
        <aside aria-label="Filters" className="hidden lg:block">
          <div className="sticky top-20 max-h-[calc(100dvh-6rem)] overflow-y-auto pr-1 pb-6">{facetPanel}</div>
        </aside>

        <section aria-labelledby="results-summary" className="min-w-0 max-w-3xl">
          <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-3">
            <p id="results-summary" aria-live="polite" className="text-sm text-ink-muted">
              {result ? (
                <>
                  <span className="font-medium text-ink tabular-nums">{plural(result.total, "paper")}</span>
                  {state.q ? " found" : filters ? " match" : " in the library"}
                  <span className="text-ink-subtle"> · {Math.max(1, Math.round(result.processingTimeMs))} ms</span>
                </>
              ) : query.isError ? (
                searchStatusText(query.error)
              ) : (
                "Searching…"
              )}
            </p>
            <div className="flex items-center gap-2">
              <Dialog open={filtersOpen} onOpenChange={setFiltersOpen}>
                <DialogTrigger asChild>
                  <Button variant="secondary" size="sm" className="lg:hidden">
                    <SlidersHorizontal aria-hidden /> Filters
                    {filters ? <span className="rounded-full bg-accent px-1.5 text-[11px] leading-4 font-semibold text-accent-ink">{filters}</span> : null}
                  </Button>
                </DialogTrigger>
                <SheetContent closeLabel="Close filters" className="pb-5">
                  <DialogTitle className="font-serif text-lg">Filters</DialogTitle>
                  <DialogDescription className="sr-only">Narrow the results by year, category, author or source.</DialogDescription>
                  <div className="mt-4 max-h-[65dvh] overflow-y-auto pr-1">{facetPanel}</div>
                  <Button className="mt-5 w-full" onClick={() => setFiltersOpen(false)}>
                    {result ? `Show ${plural(result.total, "paper")}` : "Done"}
                  </Button>
                </SheetContent>
              </Dialog>
              <SortControl value={state.sort} onChange={(sort) => change({ ...state, sort, page: 1 })} />
            </div>
          </div>

          <div className="mt-3 grid gap-3 empty:hidden">
            <ActiveFilters state={state} onChange={change} />
            {result?.strategy === "long" && state.q ? (
              <p className="flex items-start gap-2 text-[13px] leading-snug text-ink-muted" data-testid="long-query-hint">
                <MessageCircleQuestion aria-hidden className="mt-px size-4 shrink-0 text-accent" />
                <span>
                  <span className="font-medium text-ink">Searched as a question.</span> Papers are ranked by how well they match the whole sentence, not just
                  its first words.
                </span>
              </p>
            ) : null}
          </div>

          <div className="mt-4">
            {addingTo ? <AddingToBanner list={addingTo} /> : null}
            {query.isError && !result ? (
              <Alert variant="danger" data-testid="search-error">
                <AlertCircle aria-hidden />
                <div>
                  <p className="font-medium">{searchErrorTitle(query.error)}</p>
                  <p className="mt-0.5">
                    {formErrorOf(query.error, "The search service did not answer.")}{" "}
                    <button type="button" onClick={() => void query.refetch()} className="font-medium underline underline-offset-2">
                      Try again
                    </button>
                  </p>
                </div>
              </Alert>
            ) : !result ? (
              <ResultsSkeleton />
            ) : result.hits.length === 0 ? (
              <SearchEmpty state={state} onChange={change} signedIn={signedIn} />
            ) : (
              <>
                <ResultList
                  ref={listRef}
                  hits={result.hits}
                  start={(state.page - 1) * PAGE_SIZE + 1}
                  stale={query.isPlaceholderData}
                  onExitTop={focusBox}
                  signedIn={signedIn}
                  addingTo={addingTo}
                />
                <div className="mt-6">
                  <Pagination page={state.page} pages={pages} onPage={goToPage} />
                </div>
              </>
            )}
          </div>
        </section>
      </div>
    </div>
  );
}

function Kbd({ children }: { children: React.ReactNode }) {
  return <kbd className="rounded border border-line bg-paper-sunken px-1 font-sans text-[11px] leading-4 text-ink-muted">{children}</kbd>;
}
