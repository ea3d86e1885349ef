import { describe, expect, it } from "vitest";
import { idf } from "./bm25.ts";
import { candidateFields, candidateQueries } from "./candidates.ts";
import type { SelectedTerm } from "./plan.ts";
import { DEFAULT_LONG_QUERY } from "./search-long.ts";

const term = (t: string, df: number): SelectedTerm => ({ term: t, qtf: 1, df, idf: idf(df, 1000), weight: idf(df, 1000) });
const selected = [term("a", 5), term("b", 50), term("c", 10), term("d", 200)];
const params = { sort: "relevance" as const, facets: [], offset: 0, limit: 20 };

describe("candidate queries", () => {
  it("retrieve only what scoring needs, plus the sort key and requested facets", () => {
    expect(candidateFields(params)).toEqual(["id", "terms"]);
    expect(candidateFields({ sort: "newest", facets: ["year", "categories"] })).toEqual(["id", "terms", "publishedAt", "year", "categories"]);
    expect(candidateFields({ sort: "upvotes", facets: [] })).toEqual(["id", "terms", "upvotes"]);
  });

  it("by default: the strongest terms together first, then each strong term alone, on the stem field", () => {
    const queries = candidateQueries(selected, params, ["year >= 2000"], DEFAULT_LONG_QUERY);
    expect(queries.map((q) => q.q)).toEqual(["a b c d", "a", "b", "c", "d"]);
    for (const q of queries) {
      expect(q.attributesToSearchOn).toEqual(["terms"]);
      expect(q.filter).toEqual(["year >= 2000"]);
      expect(q.attributesToRetrieve).toEqual(["id", "terms"]);
    }
    expect(queries[0]!.limit).toBe(DEFAULT_LONG_QUERY.coverLimit);
  });

  it("a deep page raises every query's limit; without a cover query only the anchored ones remain", () => {
    const deep = candidateQueries(selected, { ...params, offset: 480, limit: 40 }, [], DEFAULT_LONG_QUERY);
    for (const q of deep) expect(q.limit).toBeGreaterThanOrEqual(520);
    const anchored = candidateQueries(selected, params, [], { ...DEFAULT_LONG_QUERY, coverWords: 0, chunkSize: 3, maxChunks: 2 });
    expect(anchored.map((q) => q.q)).toEqual(["a b c", "b d"]);
  });

  it("only terms rare enough for a one-word query to return a real share of their papers are anchored; common ones stay in the cover query", () => {
    const common = [term("rare", 30), term("mid", 500), term("common", 501), term("vast", 5000)];
    const queries = candidateQueries(common, params, [], DEFAULT_LONG_QUERY);
    expect(queries.map((q) => q.q)).toEqual(["rare mid common vast", "rare", "mid"]);
    // Every page of one search comes from the same pool: a deeper page takes more hits, not other queries.
    const deep = candidateQueries(common, { ...params, offset: 40, limit: 20 }, [], DEFAULT_LONG_QUERY);
    expect(deep.map((q) => q.q)).toEqual(["rare mid common vast", "rare", "mid"]);
    expect(deep.map((q) => q.limit)).toEqual([200, 60, 60]);
    // Companions of an anchor may be terms too common to anchor themselves.
    const padded = candidateQueries(common, params, [], { ...DEFAULT_LONG_QUERY, coverWords: 0, chunkSize: 3 });
    expect(padded.map((q) => q.q)).toEqual(["rare mid common", "mid common vast"]);
  });

  it("under a filter every strong term is anchored (frequencies are counted over the whole index)", () => {
    const common = [term("rare", 30), term("common", 501), term("vast", 5000)];
    expect(candidateQueries(common, params, ["categories = cs.DB"], DEFAULT_LONG_QUERY).map((q) => q.q)).toEqual([
      "rare common vast",
      "rare",
      "common",
      "vast",
    ]);
  });

  it("a single selected term too common to anchor is still asked, alone", () => {
    const queries = candidateQueries([term("vast", 5000)], params, [], DEFAULT_LONG_QUERY);
    expect(queries.map((q) => [q.q, q.limit])).toEqual([["vast", DEFAULT_LONG_QUERY.coverLimit]]);
  });
});
