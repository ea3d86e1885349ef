import { describe, expect, it } from "vitest";
import { idf } from "./bm25.ts";
import { anchoredQueries, chunkTerms, DEFAULT_ROUTING, isLongQuery, queryTermCounts, selectQueryTerms, type SelectedTerm } from "./plan.ts";

const term = (t: string, df: number, qtf = 1, total = 1000): SelectedTerm => ({ term: t, qtf, df, idf: idf(df, total), weight: qtf * idf(df, total) });

describe("routing", () => {
  it("keeps typed keyword queries on Meilisearch", () => {
    expect(isLongQuery("transfomer atention")).toBe(false);
    expect(isLongQuery("graph neural networks molecules")).toBe(false);
    expect(isLongQuery("")).toBe(false);
  });

  it("sends paragraphs and many-term queries to the long path", () => {
    expect(isLongQuery("sparse mixture experts routing load balancing token dropping capacity")).toBe(true);
    expect(isLongQuery("What is information science? Give definitions where possible.")).toBe(true);
  });

  it("short sentences with little content stay short, explicit phrases always do", () => {
    expect(isLongQuery("what is the best paper on it")).toBe(false); // 1 content term
    expect(isLongQuery('"attention is all you need" transformer encoder decoder machine translation bleu')).toBe(false);
  });

  it("a pasted abstract that quotes a term is still long (CISI queries 67, 81, 97, 98, 109 quote words)", () => {
    const abstract =
      "Lexical problems in large distributed information systems are created by the necessity of handling a great number of names and their interrelations. " +
      'We describe a "dictionary" of names shared by the sites of the network, how it is updated, and what it costs to keep it consistent.';
    expect(isLongQuery(abstract)).toBe(true);
    expect(isLongQuery(abstract, { ...DEFAULT_ROUTING, phraseMaxWords: 1000 })).toBe(false);
  });

  it("respects routing overrides", () => {
    expect(isLongQuery("graph neural networks molecules", { ...DEFAULT_ROUTING, maxShortTerms: 2, sentenceWords: 99 })).toBe(true);
  });
});

describe("query terms", () => {
  it("counts stems, most frequent first, then in query order", () => {
    const counts = queryTermCounts("Indexing systems. How are index terms chosen for indexing?");
    expect([...counts]).toEqual([
      ["index", 3],
      ["system", 1],
      ["term", 1],
      ["chosen", 1],
    ]);
  });

  it("caps how many distinct terms are analysed", () => {
    const q = Array.from({ length: 100 }, (_, i) => `word${i}x`).join(" ");
    expect(queryTermCounts(q, 10).size).toBe(10);
  });

  it("selects by qtf × idf, dropping unknown and near-universal terms", () => {
    const counts = new Map([
      ["common", 1],
      ["rare", 1],
      ["repeated", 3],
      ["typo", 1],
      ["everywhere", 1],
    ]);
    const df = new Map([
      ["common", 300],
      ["rare", 5],
      ["repeated", 100],
      ["everywhere", 900],
    ]);
    const selected = selectQueryTerms(counts, df, 1000, { maxTerms: 10, maxDfRatio: 0.5 });
    expect(selected.map((s) => s.term)).toEqual(["repeated", "rare", "common"]);
    expect(selected[0]!.weight).toBeCloseTo(3 * idf(100, 1000));
    expect(selectQueryTerms(counts, df, 1000, { maxTerms: 1, maxDfRatio: 0.5 }).map((s) => s.term)).toEqual(["repeated"]);
  });
});

describe("candidate queries", () => {
  const terms = [term("a", 5), term("b", 50), term("c", 10), term("d", 200), term("e", 20)];

  it("chunks round-robin or sequentially, never beyond the limits", () => {
    expect(chunkTerms(terms, 2, 2, "roundRobin")).toEqual([
      ["a", "c"],
      ["b", "d"],
    ]);
    expect(chunkTerms(terms, 2, 2, "sequential")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(chunkTerms(terms, 10, 3)).toEqual([["a", "b", "c", "d", "e"]]);
    expect(chunkTerms([], 5, 5)).toEqual([]);
  });

  it("anchors each query on a strong term, padded only with terms at least as common", () => {
    const queries = anchoredQueries(terms, 3, 3);
    expect(queries).toEqual([
      ["a", "b", "c"], // a (df 5): everything else is more common
      ["b", "d"], // b (df 50): only d is more common
      ["c", "b", "d"], // c (df 10)
    ]);
    for (const q of anchoredQueries(terms, 5, 10)) expect(q.length).toBeLessThanOrEqual(10);
  });
});
