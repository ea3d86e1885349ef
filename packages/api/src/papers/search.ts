import { z } from "zod";
import { searchPapers, searchParamsSchema, type SearchResult } from "@commonplace/search";
import { search } from "../lib/services.ts";

export { searchParamsSchema };

export const searchHitView = z.object({
  id: z.string(),
  title: z.string(),
  authors: z.array(z.string()),
  year: z.number().int().nullable(),
  snippet: z.string(),
  categories: z.array(z.string()),
  /** As indexed (the outbox brings a vote to the index within about a second); the paper page reads PostgreSQL. */
  upvotes: z.number().int(),
});

const facetCounts = z.record(z.string(), z.number());
export const searchResultView = z.object({
  hits: z.array(searchHitView),
  total: z.number().int(),
  facets: z.object({ year: facetCounts, categories: facetCounts, authors: facetCounts, source: facetCounts }),
  processingTimeMs: z.number(),
  strategy: z.enum(["short", "long"]),
});
export type SearchResultView = z.infer<typeof searchResultView>;

/** Papers are public; search runs through packages/search (short: Meilisearch; long: BM25 re-rank). */
export async function runSearch(params: z.input<typeof searchParamsSchema>): Promise<SearchResultView> {
  const result: SearchResult = await searchPapers(search(), params);
  return { ...result, hits: result.hits.map(({ score: _score, ...hit }) => hit) };
}
