import { describe, expect, it } from "vitest";
import { mean, ndcgAtK, percentile, precisionAtK, recall, reciprocalRank } from "./metrics.ts";

describe("ranking metrics", () => {
  const rel = new Set(["a", "b", "c"]);

  it("nDCG@k is 1 for an ideal ranking and 0 without relevant hits", () => {
    expect(ndcgAtK(["a", "b", "c", "x"], rel, 10)).toBeCloseTo(1, 12);
    expect(ndcgAtK(["c", "a", "b"], rel, 10)).toBeCloseTo(1, 12);
    expect(ndcgAtK(["x", "y"], rel, 10)).toBe(0);
    expect(ndcgAtK(["a"], new Set(), 10)).toBe(0);
  });

  it("nDCG@k matches a hand computation", () => {
    // relevant at ranks 2 and 4: (1/log2 3 + 1/log2 5) / (1 + 1/log2 3 + 1/log2 4)
    const expected = (1 / Math.log2(3) + 1 / Math.log2(5)) / (1 + 1 / Math.log2(3) + 1 / Math.log2(4));
    expect(ndcgAtK(["x", "a", "y", "b"], rel, 10)).toBeCloseTo(expected, 12);
  });

  it("nDCG@k ignores ranks beyond k and duplicate ids", () => {
    expect(ndcgAtK(["x", "y", "a"], rel, 2)).toBe(0);
    expect(ndcgAtK(["a", "a", "a"], rel, 3)).toBeCloseTo(1 / (1 + 1 / Math.log2(3) + 1 / Math.log2(4)), 12);
    // ideal DCG is capped at k: 1 relevant slot of 1
    expect(ndcgAtK(["b"], rel, 1)).toBe(1);
  });

  it("P@k, reciprocal rank, recall", () => {
    expect(precisionAtK(["a", "x", "b"], rel, 10)).toBeCloseTo(0.2);
    expect(reciprocalRank(["x", "y", "c"], rel)).toBeCloseTo(1 / 3);
    expect(reciprocalRank(["x"], rel)).toBe(0);
    expect(recall(["a", "x", "a"], rel)).toBeCloseTo(1 / 3);
  });

  it("mean and nearest-rank percentiles", () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(mean([])).toBe(0);
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile([7], 99)).toBe(7);
  });
});
