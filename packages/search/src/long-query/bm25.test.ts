import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bm25Score, idf, termFrequencies, tfWeight } from "./bm25.ts";

describe("BM25", () => {
  it("idf is the Lucene form and never negative", () => {
    expect(idf(1, 1000)).toBeCloseTo(Math.log(1 + 999.5 / 1.5), 10);
    expect(idf(1000, 1000)).toBeGreaterThan(0);
    expect(idf(1000, 1000)).toBeLessThan(0.001);
    expect(idf(10, 1000)).toBeGreaterThan(idf(100, 1000));
  });

  it("tf weight matches the formula with k1 = 1.2, b = 0.75", () => {
    // tf 3 in a document twice the average length: 3 * 2.2 / (3 + 1.2 * (0.25 + 0.75 * 2))
    expect(tfWeight(3, 200, 100)).toBeCloseTo((3 * 2.2) / (3 + 1.2 * 1.75), 12);
    expect(tfWeight(0, 10, 100)).toBe(0);
    // b = 0: length does not matter
    expect(tfWeight(2, 10, 100, { k1: 1.2, b: 0 })).toBeCloseTo(tfWeight(2, 1000, 100, { k1: 1.2, b: 0 }), 12);
  });

  it("tf weight grows with tf, saturates below k1 + 1, and shrinks with length", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 5000 }), (tf, dl, avg) => {
        const w = tfWeight(tf, dl, avg);
        expect(w).toBeGreaterThan(0);
        expect(w).toBeLessThan(2.2);
        expect(tfWeight(tf + 1, dl, avg)).toBeGreaterThan(w);
        expect(tfWeight(tf, dl + 1, avg)).toBeLessThan(w);
      }),
    );
  });

  it("a document's score is the qtf × idf × tf-weight sum over matched query terms", () => {
    const doc = termFrequencies(["neural", "network", "neural", "graph"]);
    const idfs = new Map([
      ["neural", 2],
      ["graph", 3],
      ["absent", 10],
    ]);
    const query = new Map([
      ["neural", 2],
      ["graph", 1],
      ["absent", 1],
    ]);
    const expected = 2 * 2 * tfWeight(2, 4, 4) + 1 * 3 * tfWeight(1, 4, 4);
    expect(bm25Score(query, doc, 4, idfs, 4)).toBeCloseTo(expected, 12);
    expect(bm25Score(new Map([["absent", 1]]), doc, 4, idfs, 4)).toBe(0);
  });

  it("ranks a document with the rare term above one with only the common term", () => {
    const idfs = new Map([
      ["rare", idf(3, 1000)],
      ["common", idf(400, 1000)],
    ]);
    const q = new Map([
      ["rare", 1],
      ["common", 1],
    ]);
    const a = bm25Score(q, termFrequencies(["rare", "x", "y"]), 3, idfs, 3);
    const b = bm25Score(q, termFrequencies(["common", "common", "y"]), 3, idfs, 3);
    expect(a).toBeGreaterThan(b);
  });
});
