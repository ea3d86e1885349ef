import { describe, expect, it } from "vitest";
import { InMemoryTermStats } from "./term-stats.ts";

describe("InMemoryTermStats", () => {
  it("counts documents (not occurrences) per term and tracks lengths", async () => {
    const stats = new InMemoryTermStats();
    stats.upsert("a", ["graph", "graph", "neural"]);
    stats.upsert("b", ["graph"]);
    expect(Object.fromEntries(await stats.df(["graph", "neural", "absent"]))).toEqual({ graph: 2, neural: 1, absent: 0 });
    expect(await stats.collection()).toEqual({ totalDocs: 2, avgDocLength: 2 });
  });

  it("replacing and removing a document keeps counts exact", async () => {
    const stats = new InMemoryTermStats();
    stats.upsert("a", ["graph", "neural"]);
    stats.upsert("a", ["neural"]);
    expect(Object.fromEntries(await stats.df(["graph", "neural"]))).toEqual({ graph: 0, neural: 1 });
    stats.remove("a");
    stats.remove("missing");
    expect(Object.fromEntries(await stats.df(["neural"]))).toEqual({ neural: 0 });
    expect(await stats.collection()).toEqual({ totalDocs: 0, avgDocLength: 0 });
  });
});
