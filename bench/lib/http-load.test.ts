import { describe, expect, it } from "vitest";
import { summarize } from "./http-load.ts";

describe("summarize", () => {
  it("gives interpolated percentiles and the mean of the samples", () => {
    const samples = Array.from({ length: 101 }, (_, i) => 100 - i); // 100 … 0, unsorted on purpose
    expect(summarize(samples)).toEqual({ p50: 50, p95: 95, p99: 99, mean: 50, n: 101 });
  });

  it("is NaN (printed as –) when a target got no responses", () => {
    const s = summarize([]);
    expect([s.p50, s.p95, s.mean, s.n]).toEqual([NaN, NaN, NaN, 0]);
  });
});
