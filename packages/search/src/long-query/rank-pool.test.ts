import { describe, expect, it } from "vitest";
import { bm25Score, DEFAULT_BM25, idf, termFrequencies } from "./bm25.ts";
import { DEFAULT_FEEDBACK, expandQuery } from "./feedback.ts";
import { rankPool, type PoolDoc } from "./rank-pool.ts";

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

/** Candidates holding each vocabulary term, counted the plain way. */
function referencePoolDf(tokens: string[][], vocabulary: Set<string>): Map<string, number> {
  const df = new Map<string, number>();
  for (const doc of tokens) for (const t of new Set(doc)) if (vocabulary.has(t)) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

/** rankPool written the plain way (string maps, bm25Score, expandQuery): the typed-array version must give the same numbers. */
function referenceRankPool(pool: PoolDoc[], q: Map<string, number>, termIdfs: Map<string, number>, avg: number, feedback = DEFAULT_FEEDBACK): number[] {
  const tokens = pool.map((d) => (d.terms ? d.terms.split(" ") : []));
  const tfs = tokens.map((t) => termFrequencies(t));
  const score = (query: Map<string, number>, idfMap: Map<string, number>) =>
    tfs.map((tf, i) => bm25Score(query, tf, tokens[i]!.length, idfMap, avg, DEFAULT_BM25));
  const first = score(q, termIdfs);
  if (feedback.docs < 1 || pool.length < 2) return first;
  const top = first
    .map((s, i) => i)
    .filter((i) => first[i]! > 0)
    .sort((a, b) => first[b]! - first[a]! || (pool[a]!.id < pool[b]!.id ? -1 : 1))
    .slice(0, feedback.docs)
    .map((i) => ({ tf: tfs[i]!, length: tokens[i]!.length, score: first[i]! }));
  if (top.length === 0) return first;
  const poolDf = referencePoolDf(tokens, new Set(top.flatMap((d) => [...d.tf.keys()])));
  const expanded = expandQuery(q, termIdfs, top, poolDf, pool.length, feedback);
  return score(expanded.query, expanded.idfs);
}

describe("rankPool", () => {
  it("gives exactly the plain implementation's scores on random pools, with and without feedback", () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const vocabulary = Array.from({ length: 60 }, (_, i) => `t${i}`);
    const pick = () => vocabulary[Math.floor(rand() ** 2 * vocabulary.length)]!; // skewed, like words
    for (let round = 0; round < 20; round++) {
      const pool = Array.from({ length: 1 + Math.floor(rand() * 40) }, (_, i) => ({
        id: `p${i}`,
        terms: Array.from({ length: Math.floor(rand() * 30) }, pick).join(" "),
      }));
      const q = new Map(Array.from({ length: 1 + Math.floor(rand() * 8) }, () => [pick(), 1 + Math.floor(rand() * 3)] as [string, number]));
      q.set("absent-from-pool", 2);
      const termIdfs = new Map([...q.keys()].map((t) => [t, idf(1 + Math.floor(rand() * 50), 100)]));
      for (const feedback of [OFF, DEFAULT_FEEDBACK, { docs: 3, terms: 5, weight: 1 }])
        expect(rankPool(pool, q, termIdfs, 15, DEFAULT_BM25, feedback)).toEqual(referenceRankPool(pool, q, termIdfs, 15, feedback));
    }
  });

  it("gives the same scores over a pool with thousands of distinct stems (its term table grows), prefixes of each other and non-ASCII ones", () => {
    let seed = 11;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    // "t1", "t10", "t100": one a prefix of the next; "ü" and "日本" stems are several UTF-16 units or none of ASCII.
    const vocabulary = [...Array.from({ length: 6000 }, (_, i) => `t${i}`), "übung", "straß", "日本", "日本語", "é"];
    const pick = () => vocabulary[Math.floor(rand() * vocabulary.length)]!;
    const pool = Array.from({ length: 200 }, (_, i) => ({ id: `p${String(i).padStart(3, "0")}`, terms: Array.from({ length: 80 }, pick).join(" ") }));
    const q = new Map<string, number>([
      ["t1", 1],
      ["t10", 2],
      ["日本", 1],
      ["übung", 1],
      ["t5999", 1],
      ["t", 1],
      ["t100000", 1],
    ]);
    const termIdfs = new Map([...q.keys()].map((t, i) => [t, idf(1 + i, 100)]));
    for (const feedback of [OFF, DEFAULT_FEEDBACK])
      expect(rankPool(pool, q, termIdfs, 80, DEFAULT_BM25, feedback)).toEqual(referenceRankPool(pool, q, termIdfs, 80, feedback));
    expect(rankPool(pool, q, termIdfs, 80, DEFAULT_BM25, OFF).filter((score) => score > 0).length).toBeGreaterThan(5);
  });

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
  const poolDf = referencePoolDf(
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
