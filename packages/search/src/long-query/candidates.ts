import type { ParsedSearchParams } from "../params.ts";
import { anchoredQueries, chunkTerms, type SelectedTerm } from "./plan.ts";
import type { LongQueryOptions } from "./search-long.ts";

// The Meilisearch queries that gather the long path's candidate pool, and what they retrieve.
//
// Measured at 100k papers (bench/search-latency.ts): a Meilisearch query's cost grows much faster
// than its word count (the words and proximity rules walk every bucket), so eight one-word queries
// cost about as much as one ten-word query. Hence the defaults: one query of the strongest terms
// together (200 hits), whose bucket ranking brings the papers holding most of them (what BM25 ranks
// first), plus one single-word query per strong term that is rare enough for its 50 hits to be at
// least a tenth of the papers holding it. At 100k papers the strong terms of a sentence are mostly
// common, so most long queries send the cover query alone: against exhaustive BM25 over every
// document, the same recall@10 as eight one-word queries + a 100-hit cover, for 30-40 % less CPU in
// Meilisearch and in the web process (bench/lib/long-recall.ts, printed by the latency bench). On a
// small collection (CISI, 1,460 documents) nearly every strong term is still anchored.

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
  const perChunk = Math.max(o.perChunkLimit, params.offset + params.limit);
  // A one-word query returns every paper holding its term only when the term is rare; for a common
  // term it returns Meilisearch's first hits (by attribute and exactness, unrelated to BM25), a sample
  // worth its cost only while it is a real share of the term's papers. The cover query finds the
  // papers that hold several strong terms, which is what BM25 ranks first (with `last`, only papers
  // holding the strongest term). Document frequencies are counted over the whole index, so under a
  // filter (a category, a year, a person's tag) every strong term is anchored: inside a small set a
  // common term is rare. The rule reads the configured limit, not a deep page's, so every page of
  // one search is drawn from the same pool.
  const canAnchor = (t: SelectedTerm) => filter.length > 0 || t.df <= o.anchorMaxDfPerLimit * o.perChunkLimit;
  const chunks =
    o.chunking === "anchored" ? anchoredQueries(retrieval, o.maxChunks, o.chunkSize, canAnchor) : chunkTerms(retrieval, o.chunkSize, o.maxChunks, o.chunking);
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
  // One selected term, too common to anchor: it is the whole query.
  if (out.length === 0 && retrieval.length > 0) out.push(query([retrieval[0]!.term], Math.max(o.coverLimit, perChunk)));
  return out;
}
