import type { SearchClient } from "../client.ts";
import { noFacetCounts, type FacetCounts, type FacetName, type ParsedSearchParams, type SearchHit, type SearchResult } from "../params.ts";
import { snippetMaker, stemMatcher } from "../snippet.ts";
import { DEFAULT_BM25, type Bm25Params } from "./bm25.ts";
import { DEFAULT_FEEDBACK, type FeedbackOptions } from "./feedback.ts";
import { rankPool } from "./rank-pool.ts";
import { candidateQueries } from "./candidates.ts";
import { DEFAULT_SELECTION, queryTermCounts, selectQueryTerms, type TermSelectionOptions } from "./plan.ts";
import type { TermStats } from "./term-stats.ts";

// Long queries: Meilisearch reads only the first 10 words and ranks by buckets, which suits
// typed keywords but not a paragraph. So: pick the discriminative stems, let Meilisearch
// gather a candidate pool from the terms index (candidates.ts; settings.ts TERMS_SETTINGS; one multi-search round trip), rank
// the pool with BM25 using corpus-wide document frequencies, then again after pseudo-relevance
// feedback (feedback.ts).

export interface LongQueryOptions {
  selection: TermSelectionOptions;
  /** How many of the selected terms drive retrieval (the rest only re-rank). */
  retrievalTerms: number;
  /** Terms per Meilisearch query (it ignores words past the 10th); 1: one query per anchor term alone. */
  chunkSize: number;
  maxChunks: number;
  /** anchored: one query per strong term (see anchoredQueries); the others split terms into chunks. */
  chunking: "anchored" | "roundRobin" | "sequential";
  /** anchored: only terms held by at most this many times perChunkLimit papers get a query, unless a filter applies (candidates.ts). */
  anchorMaxDfPerLimit: number;
  /** Candidates per chunk query; raised to offset+limit when a deeper page is asked for. */
  perChunkLimit: number;
  /** Words of one more query, the strongest terms together (0 or 1: none); see candidates.ts. */
  coverWords: number;
  coverLimit: number;
  matchingStrategy: "last" | "frequency" | "all";
  bm25: Bm25Params;
  /** With sort=newest/upvotes, keep only candidates scoring at least this share of the best. */
  sortedRelevanceFloor: number;
  /** Split the candidate queries over this many concurrent multi-search requests. */
  parallelRequests: number;
  /** Pseudo-relevance feedback over the pool (see feedback.ts); docs: 0 turns it off. */
  feedback: FeedbackOptions;
}

export const DEFAULT_LONG_QUERY: LongQueryOptions = {
  selection: DEFAULT_SELECTION,
  retrievalTerms: 24,
  // A 200-hit cover query + one-word anchors for the rarer strong terms (candidates.ts); measured
  // against exhaustive BM25 at 100k papers and on CISI (bench/search-quality/run.ts --tune).
  chunkSize: 1,
  maxChunks: 8,
  chunking: "anchored",
  perChunkLimit: 50,
  anchorMaxDfPerLimit: 10,
  coverWords: 10,
  coverLimit: 200,
  matchingStrategy: "last",
  bm25: DEFAULT_BM25,
  sortedRelevanceFloor: 0.25,
  parallelRequests: 2,
  feedback: DEFAULT_FEEDBACK,
};

/** Only `id` and `terms` always; the rest only when a sort or a requested facet needs them (candidateFields). */
interface Candidate {
  id: string;
  terms: string;
  year?: number | null;
  categories?: string[];
  authors?: string[];
  source?: string;
  publishedAt?: number | null;
  upvotes?: number;
}

type Ranked = Candidate & { score: number };

export type LongResult = Omit<SearchResult, "processingTimeMs" | "strategy">;

/** Returns null when no query term occurs in the corpus (caller falls back to Meilisearch's typo tolerance). */
export async function searchLong(
  client: SearchClient,
  params: ParsedSearchParams,
  filter: string[],
  termStats: TermStats,
  overrides: Partial<LongQueryOptions> = {},
): Promise<LongResult | null> {
  const o = { ...DEFAULT_LONG_QUERY, ...overrides };
  const counts = queryTermCounts(params.q);
  const [df, collection] = await Promise.all([termStats.df([...counts.keys()]), termStats.collection()]);
  const selected = selectQueryTerms(counts, df, collection.totalDocs, o.selection);
  if (selected.length === 0) return null;

  const queries = candidateQueries(selected, params, filter, o).map((q) => ({ indexUid: client.indexes.terms, ...q }));
  // Meilisearch runs the queries of one multi-search one after another; a couple of requests
  // in flight lets it use more cores.
  const batches = splitEvenly(queries, Math.max(1, o.parallelRequests));
  const responses = await Promise.all(batches.map((batch) => client.multiSearch<Candidate>(batch)));

  const pool = new Map<string, Candidate>();
  for (const { results } of responses) for (const r of results) for (const hit of r.hits) pool.set(hit.id, hit);

  const query = new Map(selected.map((t) => [t.term, t.qtf]));
  const candidates = [...pool.values()];
  const scores = rankPool(candidates, query, new Map(selected.map((t) => [t.term, t.idf])), collection.avgDocLength, o.bm25, o.feedback);
  const scored: Ranked[] = candidates.map((c, i) => ({ ...c, score: scores[i]! }));
  const ranked = order(
    scored.filter((c) => c.score > 0),
    params.sort,
    o.sortedRelevanceFloor,
  );
  const page = ranked.slice(params.offset, params.offset + params.limit);
  return {
    hits: await toHits(client, page, new Set(query.keys())),
    total: ranked.length,
    facets: facetsOf(ranked, new Set(params.facets)),
  };
}

function splitEvenly<T>(items: T[], parts: number): T[][] {
  const size = Math.ceil(items.length / parts);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function order(scored: Ranked[], sort: ParsedSearchParams["sort"], floor: number): Ranked[] {
  const byScore = (a: Ranked, b: Ranked) => b.score - a.score || a.id.localeCompare(b.id);
  if (sort === "relevance") return scored.sort(byScore);
  const best = scored.reduce((m, c) => Math.max(m, c.score), 0);
  const kept = scored.filter((c) => c.score >= floor * best);
  const key = (c: Ranked) => (sort === "newest" ? (c.publishedAt ?? -Infinity) : (c.upvotes ?? 0));
  return kept.sort((a, b) => key(b) - key(a) || byScore(a, b));
}

/** Display fields and snippets only for the page actually returned. */
async function toHits(client: SearchClient, page: Ranked[], queryStems: ReadonlySet<string>): Promise<SearchHit[]> {
  if (page.length === 0) return [];
  type Display = { id: string; title: string; abstract: string | null; authors?: string[]; year?: number | null; categories?: string[]; upvotes?: number };
  const docs = await client.fetchDocuments<Display>(client.indexes.papers, {
    ids: page.map((c) => c.id),
    fields: ["id", "title", "abstract", "authors", "year", "categories", "upvotes"],
    limit: page.length,
  });
  const byId = new Map(docs.results.map((d) => [d.id, d]));
  const snippet = snippetMaker(stemMatcher(queryStems));
  return page.flatMap((c) => {
    const doc = byId.get(c.id);
    if (!doc) return []; // deleted between the two requests
    return [
      {
        id: c.id,
        title: doc.title,
        authors: doc.authors ?? [],
        year: doc.year ?? null,
        categories: doc.categories ?? [],
        upvotes: doc.upvotes ?? 0,
        snippet: snippet(doc.abstract || doc.title),
        score: c.score,
      },
    ];
  });
}

const MAX_FACET_VALUES = 100;

/** Counted over the whole re-ranked pool (cheap, in process); facets not asked for stay empty. */
function facetsOf(ranked: Ranked[], wanted: ReadonlySet<FacetName>): LongResult["facets"] {
  if (wanted.size === 0) return noFacetCounts();
  const year = new Map<string, number>();
  const categories = new Map<string, number>();
  const authors = new Map<string, number>();
  const source = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const c of ranked) {
    if (c.year !== null && c.year !== undefined) bump(year, String(c.year));
    for (const v of new Set(c.categories ?? [])) bump(categories, v);
    for (const v of new Set(c.authors ?? [])) bump(authors, v);
    if (c.source) bump(source, c.source);
  }
  const top = (m: Map<string, number>, name: FacetName): FacetCounts =>
    !wanted.has(name) ? {} : Object.fromEntries([...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MAX_FACET_VALUES));
  return { year: top(year, "year"), categories: top(categories, "categories"), authors: top(authors, "authors"), source: top(source, "source") };
}
