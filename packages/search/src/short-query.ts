import type { SearchParams } from "meilisearch";
import type { SearchClient } from "./client.ts";
import { sortClause, type FacetCounts, type ParsedSearchParams, type SearchHit, type SearchResult } from "./params.ts";
import { snippetMaker } from "./snippet.ts";
import { words } from "./text/tokenize.ts";
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
 * When too few papers hold every word of a short query, Meilisearch drops words: `frequency` drops the most
 * common first ("of", "and", "systems"), where its default `last` drops from the end whatever they are. A
 * typed phrase such as "Information dissemination by journals and periodicals" otherwise loses "periodicals"
 * and "journals" while "by" and "and" stay required. Queries whose words all match enough papers rank the same
 * either way. On CISI's six short-path queries: nDCG@10 summed 2.08 against 1.38 with `last`
 * (bench/search-quality; the whole collection 0.42 → 0.43). When it finds nothing, searchShort asks with `last`.
 */
const SHORT_MATCHING_STRATEGY = "frequency" as const;

/**
 * The Meilisearch request of a short query. Ask only for what the answer shows: every facet
 * distribution, every cropped or highlighted attribute and every retrieved field costs Meilisearch
 * time on each query (at 100k papers, four facets + two cropped fields tripled a short query's p95).
 * The snippet is cut and marked here from the abstract (see snippet.ts), not by Meilisearch. No
 * `attributesToSearchOn`: the index searches exactly PAPER_FIELDS.searchable, and naming them again cost
 * Meilisearch ~0.2 ms of CPU per short query at 100k papers (2.92 vs 3.13 ms, six paired rounds; bench/RESULTS.md
 * session 14). An index left by a version that kept the stems in it also matches them on the short path until
 * the worker rebuilds both indexes (its first delivery, or its index check within SEARCH_INDEX_CHECK_MS).
 */
export function shortQueryRequest(params: ParsedSearchParams, filter: string[]): SearchParams & { q: string } {
  return {
    q: params.q,
    filter,
    sort: sortClause(params.sort),
    limit: params.limit,
    offset: params.offset,
    ...(params.facets.length ? { facets: [...new Set(params.facets)] } : {}),
    attributesToRetrieve: ["id", "title", "authors", "year", "categories", "upvotes", "abstract"],
    matchingStrategy: SHORT_MATCHING_STRATEGY,
  };
}

export async function searchShort(
  client: SearchClient,
  params: ParsedSearchParams,
  filter: string[],
): Promise<Omit<SearchResult, "processingTimeMs" | "strategy">> {
  const request = shortQueryRequest(params, filter);
  let response = await client.search<ShortHit>(client.indexes.papers, request);
  // `frequency` keeps the query's rarest word required, and Meilisearch 1.21 can answer nothing where `last`
  // finds papers (a word it only matches through a typo or a prefix counts as the rarest): ask again with `last`.
  // With one word the two strategies are the same query.
  if ((response.estimatedTotalHits ?? response.hits.length) === 0 && words(params.q).length > 1)
    response = await client.search<ShortHit>(client.indexes.papers, { ...request, matchingStrategy: "last" });
  const snippet = snippetMaker(typedQueryMatcher(params.q));
  const dist = response.facetDistribution ?? {};
  const facet = (name: string): FacetCounts => ({ ...(dist[name] ?? {}) });
  return {
    hits: response.hits.map((hit) => toHit(hit, snippet)),
    total: response.estimatedTotalHits ?? response.hits.length,
    facets: { year: facet("year"), categories: facet("categories"), authors: facet("authors"), source: facet("source") },
  };
}

function toHit(hit: ShortHit, snippet: (text: string) => string): SearchHit {
  return {
    id: hit.id,
    title: hit.title,
    authors: hit.authors,
    year: hit.year ?? null,
    categories: hit.categories ?? [],
    upvotes: hit.upvotes ?? 0,
    snippet: snippet(hit.abstract ?? ""),
  };
}
