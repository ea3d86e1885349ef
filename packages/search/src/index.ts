// @commonplace/search — the only code that talks to Meilisearch.
export { createSearchClient, type SearchClient, type SearchClientConfig } from "./client.ts";
export { searchEnv, type SearchEnv } from "./env.ts";
export { isSearchAvailable } from "./health.ts";
export {
  ensureIndex,
  indexHealth,
  indexNames,
  termsIndexMissing,
  TermsIndexMissingError,
  PAPER_FIELDS,
  PAPER_SETTINGS,
  TERMS_SETTINGS,
  type IndexHealth,
  type IndexNames,
  type IndexPair,
} from "./settings.ts";
export {
  toPaperDocument,
  documentTerms,
  upsertDocuments,
  upsertSkippingRefused,
  deleteDocuments,
  enqueueUpsert,
  enqueueDelete,
  FULL_TEXT_MAX_CHARS,
  type PaperInput,
  type PaperDocument,
  type RefusedPaper,
} from "./documents.ts";
export { SearchTaskError, awaitTask, isRefusedDocuments } from "./tasks.ts";
export { DOC_STOPWORDS, QUERY_STOPWORDS } from "./text/stopwords.ts";
export { analyze, analyzeQuery, normalize, stem, words } from "./text/tokenize.ts";
export { bm25Score, idf, tfWeight, termFrequencies, DEFAULT_BM25, type Bm25Params, type WeightedQuery } from "./long-query/bm25.ts";
export { ndcgAtK, precisionAtK, reciprocalRank, recall, mean, percentile } from "./eval/metrics.ts";
export { searchPapers, type SearchOptions } from "./query.ts";
export { shortQueryRequest } from "./short-query.ts";
export {
  searchParamsSchema,
  sortClause,
  FACET_NAMES,
  DEFAULT_FACETS,
  type FacetName,
  type SearchParams,
  type ParsedSearchParams,
  type SearchHit,
  type SearchResult,
  type SearchSort,
  type FacetCounts,
} from "./params.ts";
export { buildFilter, quoteFilterValue, searchFiltersSchema, type SearchFilters } from "./filters.ts";
export { buildSnippet, escapeHtml } from "./snippet.ts";
export { typedQueryMatcher } from "./text/typed-match.ts";
export {
  isLongQuery,
  queryTermCounts,
  selectQueryTerms,
  chunkTerms,
  anchoredQueries,
  DEFAULT_ROUTING,
  SHORT_QUERY_MAX_TERMS,
  type QueryRouting,
  type SelectedTerm,
  type TermSelectionOptions,
} from "./long-query/plan.ts";
export { DEFAULT_LONG_QUERY, type LongQueryOptions } from "./long-query/search-long.ts";
export { DEFAULT_FEEDBACK, expandQuery, type FeedbackOptions } from "./long-query/feedback.ts";
export { rankPool, type PoolDoc } from "./long-query/rank-pool.ts";
export { InMemoryTermStats, MeiliTermStats, type TermStats, type CollectionStats, type MeiliTermStatsOptions } from "./long-query/term-stats.ts";
export { deleteAbandonedBuilds, reindexPapers, type ReindexOptions, type ReindexResult } from "./reindex.ts";
