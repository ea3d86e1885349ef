import { describe, expect, it } from "vitest";
import { bm25Score, DEFAULT_BM25, idf, termFrequencies } from "./bm25.ts";
import { DEFAULT_FEEDBACK, expandQuery } from "./feedback.ts";
import { poolDocumentFrequencies, rankPool } from "./rank-pool.ts";

const OFF = { ...DEFAULT_FEEDBACK, docs: 0 };
const docs = [
  { id: "a", terms: "citat index scienc citat journal" },
  { id: "b", terms: "citat index journal impact" },
  { id: "c", terms: "journal impact factor rank" }, // no query term, but the feedback documents' vocabulary
  { id: "d", terms: "librari catalog book" },
];
const query = new Map([
  ["citat", 1],
  ["index", 1],
]);
const idfs = new Map([
  ["citat", idf(2, 100)],
  ["index", idf(5, 100)],
]);

describe("rankPool", () => {
  it("without feedback is plain BM25 over each candidate's terms", () => {
    const scores = rankPool(docs, query, idfs, 4, DEFAULT_BM25, OFF);
    docs.forEach((d, i) => {
      const terms = d.terms.split(" ");
      expect(scores[i]).toBeCloseTo(bm25Score(query, termFrequencies(terms), terms.length, idfs, 4), 12);
    });
    expect(scores[2]).toBe(0);
  });

  it("with feedback, a candidate sharing the best documents' words (but no query word) scores, an unrelated one does not", () => {
    const scores = rankPool(docs, query, idfs, 4, DEFAULT_BM25, { docs: 2, terms: 5, weight: 0.5 });
    expect(scores[2]).toBeGreaterThan(0);
    expect(scores[3]).toBe(0);
    // The query's own words still dominate.
    expect(scores[0]).toBeGreaterThan(scores[2]!);
    expect(scores[1]).toBeGreaterThan(scores[2]!);
  });
});

describe("expandQuery", () => {
  const top = docs.slice(0, 2).map((d, i) => {
    const terms = d.terms.split(" ");
    return { tf: termFrequencies(terms), length: terms.length, score: 2 - i };
  });
  const poolDf = poolDocumentFrequencies(
    docs.map((d) => d.terms.split(" ")),
    new Set(top.flatMap((d) => [...d.tf.keys()])),
  );

  it("counts each candidate once per term, only for the vocabulary asked about", () => {
    expect(poolDf.get("citat")).toBe(2); // twice in a, once in b
    expect(poolDf.get("journal")).toBe(3);
    expect(poolDf.has("librari")).toBe(false);
  });

  it("adds the feedback documents' strongest new words with weights summing to `weight` × the query's, keeping query idfs", () => {
    const options = { docs: 2, terms: 3, weight: 0.5 };
    const expanded = expandQuery(query, idfs, top, poolDf, docs.length, options);
    const added = [...expanded.query].filter(([t]) => !query.has(t) || expanded.query.get(t) !== query.get(t));
    expect(added.length).toBeLessThanOrEqual(3);
    expect(added.length).toBeGreaterThan(0);
    const gain = [...expanded.query].reduce((sum, [t, w]) => sum + w - (query.get(t) ?? 0), 0);
    expect(gain).toBeLessThanOrEqual(0.5 * 2 + 1e-9);
    expect(expanded.idfs.get("citat")).toBe(idfs.get("citat"));
    for (const [t] of added) if (!query.has(t)) expect(expanded.idfs.get(t)).toBeCloseTo(idf(poolDf.get(t)!, docs.length), 12);
    // "scienc" is in one pool document, "journal" in three: the rarer one is worth more.
    expect(expanded.query.get("scienc") ?? 0).toBeGreaterThan(expanded.query.get("journal") ?? 0);
  });

  it("changes nothing when turned off or when nothing scored", () => {
    expect(expandQuery(query, idfs, top, poolDf, 4, OFF).query).toEqual(query);
    expect(expandQuery(query, idfs, [], poolDf, 4, DEFAULT_FEEDBACK).query).toEqual(query);
  });
});
