"use client";

import { useEffect, useState } from "react";
import { usePathname, useSearchParams } from "next/navigation";
import { keepPreviousData, useInfiniteQuery, useQuery, useQueryClient } from "@tanstack/react-query";
import { Highlighter, Search, SlidersHorizontal } from "lucide-react";
import { Button, Input, Skeleton } from "@commonplace/ui";
import { EmptyState, PageHeader } from "@/components/lists/page-header";
import { useTRPC } from "@/trpc/react";
import { AnnotationResult } from "./annotation-result";
import { AnnotationExportMenu } from "./export-menu";
import { PageFilters } from "./page-filters";
import { activeCount, pageFiltersOf, pageHref, parsePageState, type PageState } from "./page-state";

/** My annotations, or a team's, across papers: full-text search, filters in the URL, cursor pages, export of the selection. */
export function AnnotationsPageView({ team }: { team?: { slug: string; name: string } }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const state = parsePageState(new URLSearchParams(searchParams.toString()));
  const [draft, setDraft] = useState(state.q);
  const [showFilters, setShowFilters] = useState(false);
  const navigate = (next: PageState, replace = false) => {
    const href = pageHref(pathname, next);
    if (href === window.location.pathname + window.location.search) return;
    if (replace) window.history.replaceState(null, "", href);
    else window.history.pushState(null, "", href);
  };
  // Typing searches after a pause; the URL keeps the query (one history entry per burst).
  useEffect(() => {
    if (draft === state.q) return;
    const t = window.setTimeout(() => navigate({ ...state, q: draft }, true), 300);
    return () => window.clearTimeout(t);
  });

  const filters = pageFiltersOf(state, team?.slug);
  const facets = useQuery({ ...trpc.annotationSearch.facets.queryOptions({ teamSlug: team?.slug }), staleTime: 30_000 });
  const results = useInfiniteQuery({
    ...trpc.annotationSearch.query.infiniteQueryOptions({ ...filters, limit: 25 }, { getNextPageParam: (last) => last.nextCursor ?? undefined }),
    placeholderData: keepPreviousData,
  });
  const items = results.data?.pages.flatMap((p) => p.items) ?? [];
  const active = activeCount(state);
  const exportSelection = (format: "markdown" | "jsonld") =>
    queryClient.fetchQuery({ ...trpc.annotationSearch.export.queryOptions({ ...filters, format }), staleTime: 0 });

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-8 sm:py-12">
      <PageHeader
        eyebrow={team ? team.name : "Annotations"}
        title={team ? "Team annotations" : "My annotations"}
        lead={
          team
            ? "What the team highlighted and wrote, across papers: search quotes and comments, filter, and open each in its paper."
            : "Everything you highlighted and wrote, across papers: search quotes and comments, filter, and open each in its paper."
        }
        actions={<AnnotationExportMenu load={exportSelection} heading="Download these annotations" />}
      />
      <form role="search" className="relative mt-6" onSubmit={(e) => (e.preventDefault(), navigate({ ...state, q: draft }, true))}>
        <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-ink-subtle" />
        <Input
          type="search"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          aria-label={team ? "Search the team’s annotations" : "Search my annotations"}
          placeholder="Search quotes and comments…"
          className="h-11 pl-9 sm:h-11"
          maxLength={200}
          data-testid="annotations-search"
        />
      </form>
      <div className="mt-6 grid gap-6 lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-10">
        <aside aria-label="Filters" className="min-w-0">
          <Button variant="secondary" size="sm" className="lg:hidden" aria-expanded={showFilters} onClick={() => setShowFilters(!showFilters)}>
            <SlidersHorizontal aria-hidden /> Filters{active ? ` · ${active}` : ""}
          </Button>
          <div className={showFilters ? "mt-4 lg:mt-0" : "hidden lg:block"}>
            <PageFilters state={state} facets={facets.data} team={Boolean(team)} onChange={(next) => navigate(next)} />
          </div>
        </aside>
        <section aria-label="Annotations" className="min-w-0" aria-busy={results.isFetching}>
          {results.isPending ? (
            <div className="grid gap-3">
              {[0, 1, 2].map((i) => (
                <Skeleton key={i} className="h-32" />
              ))}
            </div>
          ) : results.isError ? (
            <EmptyState icon={<Highlighter aria-hidden />} title="Couldn’t load the annotations">
              {results.error.message}
            </EmptyState>
          ) : items.length === 0 ? (
            <EmptyState icon={<Highlighter aria-hidden />} title={state.q || active ? "No annotations match" : "No annotations yet"}>
              {state.q || active ? "Try other words or fewer filters." : "Highlight a passage in a paper, or write a note on it: it shows up here."}
            </EmptyState>
          ) : (
            <ol className="grid gap-3" data-testid="annotation-results">
              {items.map((a) => (
                <li key={a.id} className="min-w-0">
                  <AnnotationResult a={a} showAuthor={Boolean(team)} onPaper={(paperId) => navigate({ ...state, paperId })} />
                </li>
              ))}
            </ol>
          )}
          {results.hasNextPage ? (
            <div className="mt-4 flex justify-center">
              <Button variant="secondary" loading={results.isFetchingNextPage} onClick={() => void results.fetchNextPage()}>
                Load more
              </Button>
            </div>
          ) : null}
        </section>
      </div>
    </div>
  );
}
