import type { Metadata } from "next";
import { Suspense } from "react";
import { SearchView, type SearchResult } from "@/components/search/search-view";
import { parseSearchState, searchInput } from "@/components/search/search-state";
import { getCurrentUser } from "@/lib/current-user";
import { getServerCaller } from "@/trpc/server";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = parseSearchState(await searchParams);
  return {
    title: q ? `“${q.slice(0, 60)}” — Search` : "Search",
    description: "Full-text, typo-tolerant search over every paper on this Commonplace server.",
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const state = parseSearchState(await searchParams);
  const caller = await getServerCaller();
  const user = await getCurrentUser();
  // Render the first page of results on the server; if search is down, the client shows the error and retries.
  let initialResult: SearchResult | null = null;
  try {
    initialResult = await caller.papers.search(searchInput(user ? state : { ...state, tag: null }));
  } catch {
    initialResult = null;
  }
  return (
    // useSearchParams inside needs a boundary; the server already rendered the results it would show.
    <Suspense>
      <SearchView initialState={state} initialResult={initialResult} signedIn={Boolean(user)} />
    </Suspense>
  );
}
