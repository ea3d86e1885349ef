import type { SearchClient } from "./client.ts";
import { buildFilter, idsClause } from "./filters.ts";
import { searchLong, type LongQueryOptions } from "./long-query/search-long.ts";
import { DEFAULT_ROUTING, isLongQuery, type QueryRouting } from "./long-query/plan.ts";
import { MeiliTermStats, type TermStats } from "./long-query/term-stats.ts";
import { noFacetCounts, searchParamsSchema, type SearchParams, type SearchResult } from "./params.ts";
import { searchShort } from "./short-query.ts";
import { SearchRequestError } from "./search-transport.ts";
import { isNotFound } from "./settings.ts";

export interface SearchOptions {
  /** Where long queries get document frequencies; default: counted live in Meilisearch. */
  termStats?: TermStats;
  /** Tuning for the long-query path (the bench varies these). */
  longQuery?: Partial<LongQueryOptions>;
  /** Force a path (bench/diagnostics); default routes by query shape (see QueryRouting). */
  strategy?: "short" | "long";
  routing?: Partial<QueryRouting>;
  /** Only these papers (an internal restriction, not a public filter: a person's tag, issue 15.3). */
  onlyIds?: readonly string[];
}

const defaultTermStats = new WeakMap<SearchClient, TermStats>();

/**
 * Search papers. Typed keyword queries go straight to Meilisearch (typo tolerance, prefix
 * search, its bucket ranking). Sentences, questions and pasted abstracts (more than
 * SHORT_QUERY_MAX_TERMS content words) take the long path: discriminative-term selection,
 * a Meilisearch candidate pool, BM25 re-ranking.
 */
export async function searchPapers(client: SearchClient, params: SearchParams, options: SearchOptions = {}): Promise<SearchResult> {
  const started = performance.now();
  const parsed = searchParamsSchema.parse(params);
  // Restricted to no papers at all (an empty tag): nothing to ask Meilisearch.
  if (options.onlyIds?.length === 0) return { hits: [], total: 0, facets: noFacetCounts(), processingTimeMs: 0, strategy: "short" };
  const filter = [...buildFilter(parsed.filters), ...(options.onlyIds ? [idsClause(options.onlyIds)] : [])];
  const wantLong = options.strategy ? options.strategy === "long" : isLongQuery(parsed.q, { ...DEFAULT_ROUTING, ...options.routing });
  // A long query none of whose words occur in the corpus is most likely misspelt: let
  // Meilisearch's typo tolerance have a go rather than returning nothing.
  const long = wantLong
    ? await searchLong(client, parsed, filter, termStatsFor(client, options), options.longQuery).catch((error: unknown) =>
        noTermsIndexYet(error, Boolean(options.strategy)),
      )
    : null;
  const result = long ?? (await searchShort(client, parsed, filter).catch(noPapersIndexYet));
  return { ...result, processingTimeMs: Math.round(performance.now() - started), strategy: long ? "long" : "short" };
}

/**
 * A papers index from a version without the terms index, before the worker has rebuilt both (settings.ts
 * ensureIndex): long queries are answered by the short path meanwhile instead of failing. A caller that
 * asked for the long path (related papers, which caches what it gets) is told search is unavailable (503).
 */
function noTermsIndexYet(error: unknown, forced: boolean): null {
  if (!isNotFound(error)) throw error;
  if (forced) throw notReady("Long queries wait for the terms index, which is being rebuilt.");
  return null;
}

/**
 * No papers index at all: the worker creates it (ensureIndex) before its first delivery, so a search that
 * arrives earlier, on a fresh install or after the index was deleted, is told search is not ready (503).
 */
function noPapersIndexYet(error: unknown): never {
  throw isNotFound(error) ? notReady("Search is not ready: the worker has not built the search index yet.") : error;
}

/** A missing index, as the 503 the API answers with "search not ready" (errors/classify.ts in @commonplace/api). */
function notReady(message: string): SearchRequestError {
  return new SearchRequestError(message, 503, "index_not_found");
}

function termStatsFor(client: SearchClient, options: SearchOptions): TermStats {
  if (options.termStats) return options.termStats;
  let stats = defaultTermStats.get(client);
  if (!stats) {
    stats = new MeiliTermStats(client);
    defaultTermStats.set(client, stats);
  }
  return stats;
}
