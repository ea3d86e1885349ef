import { z } from "zod";
import { searchFiltersSchema } from "./filters.ts";

// The search contract shared by both query paths (and by packages/api's procedure schemas).

export const FACET_NAMES = ["year", "categories", "authors", "source"] as const;
export type FacetName = (typeof FACET_NAMES)[number];
/**
 * Facets counted when the caller does not say: the cheap, low-cardinality ones. `authors` has a value
 * per person in the corpus and costs Meilisearch more than the search itself; ask for it explicitly.
 */
export const DEFAULT_FACETS: readonly FacetName[] = ["year", "categories", "source"];

export const searchParamsSchema = z.object({
  q: z.string().max(20_000).default(""),
  filters: searchFiltersSchema.default({}),
  sort: z.enum(["relevance", "newest", "upvotes"]).default("relevance"),
  limit: z.number().int().min(1).max(100).default(20),
  offset: z.number().int().min(0).max(1000).default(0),
  /** Facet distributions to count (the others come back empty); [] for none. */
  facets: z
    .array(z.enum(FACET_NAMES))
    .max(FACET_NAMES.length)
    .default([...DEFAULT_FACETS]),
});

export type SearchParams = z.input<typeof searchParamsSchema>;
export type ParsedSearchParams = z.output<typeof searchParamsSchema>;
export type SearchSort = ParsedSearchParams["sort"];

export interface SearchHit {
  id: string;
  title: string;
  authors: string[];
  year: number | null;
  /** HTML-safe excerpt; the only markup is <mark>…</mark> around matched words. */
  snippet: string;
  categories: string[];
  /** As indexed: the outbox brings a vote to the index within about a second (the paper page reads PostgreSQL). */
  upvotes: number;
  /** Relevance within this response only: Meilisearch's 0–1 ranking score (short) or BM25 (long). */
  score?: number;
}

export type FacetCounts = Record<string, number>;

export interface SearchResult {
  hits: SearchHit[];
  /** Matching papers (short: Meilisearch's estimate; long: size of the re-ranked candidate pool). */
  total: number;
  /** Counts per value for the requested facets; a facet not requested is `{}`. */
  facets: { year: FacetCounts; categories: FacetCounts; authors: FacetCounts; source: FacetCounts };
  /** Wall-clock time of the whole call, round trips included. */
  processingTimeMs: number;
  strategy: "short" | "long";
}

/** No counts for any facet (none asked for, or nothing to count). */
export function noFacetCounts(): SearchResult["facets"] {
  return { year: {}, categories: {}, authors: {}, source: {} };
}

export function sortClause(sort: SearchSort): string[] | undefined {
  if (sort === "newest") return ["publishedAt:desc"];
  if (sort === "upvotes") return ["upvotes:desc"];
  return undefined;
}
