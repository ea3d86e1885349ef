import type { ParsedSearchParams } from "../params.ts";
import { anchoredQueries, chunkTerms, type SelectedTerm } from "./plan.ts";
import type { LongQueryOptions } from "./search-long.ts";

// The Meilisearch queries that gather the long path's candidate pool, and what they retrieve.
//
// Measured at 100k papers (bench/search-latency.ts): a Meilisearch query's cost grows much faster
// than its word count (the words and proximity rules walk every bucket), so eight one-word queries
// cost about as much as one ten-word query, and the payload (each candidate's `terms`) costs more
// than the queries. Hence the defaults: one single-word query per strong term (all papers holding a
// rare term, or a sample of those holding a common one), plus one query of the strongest terms
// together, whose bucket ranking brings the papers holding most of them (what BM25 ranks first).

export interface CandidateQuery {
  q: string;
  attributesToSearchOn: string[];
  matchingStrategy: "last" | "frequency" | "all";
  limit: number;
  filter: string[];
  attributesToRetrieve: string[];
}

/** What scoring, sorting and the requested facets need from a candidate; display fields come later, for the page only. */
export function candidateFields(params: Pick<ParsedSearchParams, "sort" | "facets">): string[] {
  const fields = new Set(["id", "terms"]);
  if (params.sort === "newest") fields.add("publishedAt");
  if (params.sort === "upvotes") fields.add("upvotes");
  for (const facet of params.facets) fields.add(facet);
  return [...fields];
}

export function candidateQueries(
  selected: readonly SelectedTerm[],
  params: Pick<ParsedSearchParams, "sort" | "facets" | "offset" | "limit">,
  filter: string[],
  o: LongQueryOptions,
): CandidateQuery[] {
  const retrieval = selected.slice(0, o.retrievalTerms);
  const chunks = o.chunking === "anchored" ? anchoredQueries(retrieval, o.maxChunks, o.chunkSize) : chunkTerms(retrieval, o.chunkSize, o.maxChunks, o.chunking);
  const perChunk = Math.max(o.perChunkLimit, params.offset + params.limit);
  const fields = candidateFields(params);
  const query = (words: readonly string[], limit: number): CandidateQuery => ({
    q: words.join(" "),
    attributesToSearchOn: ["terms"],
    matchingStrategy: o.matchingStrategy,
    limit,
    filter,
    attributesToRetrieve: fields,
  });
  const out = chunks.map((chunk) => query(chunk, perChunk));
  // With `last`, the papers holding all of the strongest terms come first, then all but the last, …
  if (o.coverWords > 1 && retrieval.length > 1)
    out.unshift(
      query(
        retrieval.slice(0, o.coverWords).map((t) => t.term),
        Math.max(o.coverLimit, perChunk),
      ),
    );
  return out;
}
