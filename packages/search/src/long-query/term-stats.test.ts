import { describe, expect, it, vi } from "vitest";
import type { SearchClient } from "../client.ts";
import { InMemoryTermStats, MeiliTermStats } from "./term-stats.ts";

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

describe("MeiliTermStats cache", () => {
  /** A stand-in for Meilisearch's multi-search: every term occurs in `df` documents; counts the requests. */
  function fakeClient(df: () => number) {
    const calls: string[][] = [];
    const client = {
      indexes: { prefix: "", papers: "papers" },
      multiSearch: async (queries: { q: string }[]) => {
        calls.push(queries.map((q) => q.q.replaceAll('"', "")));
        return { results: queries.map(() => ({ totalHits: df(), hits: [] })) };
      },
    } as unknown as SearchClient;
    return { client, calls };
  }

  it("asks Meilisearch only for words it has not counted; a stale count is served while it is recounted once", async () => {
    let now = 1_000_000;
    const spy = vi.spyOn(Date, "now").mockImplementation(() => now);
    let df = 7;
    const { client, calls } = fakeClient(() => df);
    const stats = new MeiliTermStats(client, { ttlMs: 60_000 });
    expect(Object.fromEntries(await stats.df(["graph", "neural"]))).toEqual({ graph: 7, neural: 7 });
    expect(Object.fromEntries(await stats.df(["graph", "transform"]))).toEqual({ graph: 7, transform: 7 });
    expect(calls).toEqual([["graph", "neural"], ["transform"]]);

    now += 61_000;
    df = 9;
    const [first, second] = await Promise.all([stats.df(["graph"]), stats.df(["graph"])]);
    expect(first.get("graph")).toBe(7); // stale, answered at once
    expect(second.get("graph")).toBe(7);
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toEqual([["graph", "neural"], ["transform"], ["graph"]]); // one recount, not two
    expect((await stats.df(["graph"])).get("graph")).toBe(9);
    spy.mockRestore();
  });

  it("with the cache off, every call counts", async () => {
    const { client, calls } = fakeClient(() => 3);
    const stats = new MeiliTermStats(client, { ttlMs: 0 });
    await stats.df(["graph"]);
    await stats.df(["graph"]);
    expect(calls).toHaveLength(2);
  });
});
