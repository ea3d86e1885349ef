import type { SearchParams } from "meilisearch";
import type { SearchClient } from "./client.ts";
import { sortClause, type FacetCounts, type ParsedSearchParams, type SearchHit, type SearchResult } from "./params.ts";
import { PAPER_FIELDS } from "./settings.ts";
import { buildSnippet } from "./snippet.ts";
import { typedQueryMatcher } from "./text/typed-match.ts";

// Short queries: Meilisearch does what it is good at, untouched.

type ShortHit = {
  id: string;
  title: string;
  authors: string[];
  year: number | null;
  categories: string[];
  upvotes?: number;
  abstract?: string | null;
};

/**
 * The Meilisearch request of a short query. Ask only for what the answer shows: every facet
 * distribution, every cropped or highlighted attribute and every retrieved field costs Meilisearch
 * time on each query (at 100k papers, four facets + two cropped fields tripled a short query's p95).
 * The snippet is cut and marked here from the abstract (see snippet.ts), not by Meilisearch.
 */
export function shortQueryRequest(params: ParsedSearchParams, filter: string[]): SearchParams & { q: string } {
  return {
    q: params.q,
    filter,
    sort: sortClause(params.sort),
    limit: params.limit,
    offset: params.offset,
    ...(params.facets.length ? { facets: [...new Set(params.facets)] } : {}),
    attributesToSearchOn: [...PAPER_FIELDS.searchable],
    attributesToRetrieve: ["id", "title", "authors", "year", "categories", "upvotes", "abstract"],
  };
}

export async function searchShort(
  client: SearchClient,
  params: ParsedSearchParams,
  filter: string[],
): Promise<Omit<SearchResult, "processingTimeMs" | "strategy">> {
  const response = await client.search<ShortHit>(client.indexes.papers, shortQueryRequest(params, filter));
  const isMatch = typedQueryMatcher(params.q);
  const dist = response.facetDistribution ?? {};
  const facet = (name: string): FacetCounts => ({ ...(dist[name] ?? {}) });
  return {
    hits: response.hits.map((hit) => toHit(hit, isMatch)),
    total: response.estimatedTotalHits ?? response.hits.length,
    facets: { year: facet("year"), categories: facet("categories"), authors: facet("authors"), source: facet("source") },
  };
}

function toHit(hit: ShortHit, isMatch: (word: string) => boolean): SearchHit {
  return {
    id: hit.id,
    title: hit.title,
    authors: hit.authors,
    year: hit.year ?? null,
    categories: hit.categories ?? [],
    upvotes: hit.upvotes ?? 0,
    snippet: buildSnippet(hit.abstract ?? "", isMatch),
  };
}
