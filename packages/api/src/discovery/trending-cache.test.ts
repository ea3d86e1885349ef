import { describe, expect, it, vi } from "vitest";
import { createRankingCache } from "./trending-cache.ts";

describe("trending ranking cache", () => {
  it("answers from memory within the TTL, per page, and asks again after it", async () => {
    let t = 0;
    const rank = vi.fn(async (p: { limit: number; offset: number }) => [{ id: `p${p.offset}-${t}`, score: 1 }]);
    const cached = createRankingCache(rank, { ttlMs: 1000, clock: () => t });
    expect(await cached({ limit: 10, offset: 0 })).toEqual([{ id: "p0-0", score: 1 }]);
    t = 999;
    expect(await cached({ limit: 10, offset: 0 })).toEqual([{ id: "p0-0", score: 1 }]);
    expect(await cached({ limit: 10, offset: 10 })).toEqual([{ id: "p10-999", score: 1 }]);
    expect(rank).toHaveBeenCalledTimes(2);
    t = 1000;
    expect(await cached({ limit: 10, offset: 0 })).toEqual([{ id: "p0-1000", score: 1 }]);
    expect(rank).toHaveBeenCalledTimes(3);
  });

  it("shares one query between concurrent callers and forgets failures", async () => {
    let fail = true;
    const rank = vi.fn(async () => {
      if (fail) throw new Error("database down");
      return [{ id: "a", score: 2 }];
    });
    const cached = createRankingCache(rank, { clock: () => 0 });
    const [a, b] = await Promise.allSettled([cached({ limit: 5, offset: 0 }), cached({ limit: 5, offset: 0 })]);
    expect([a.status, b.status]).toEqual(["rejected", "rejected"]);
    expect(rank).toHaveBeenCalledTimes(1);
    fail = false;
    expect(await cached({ limit: 5, offset: 0 })).toEqual([{ id: "a", score: 2 }]);
    expect(rank).toHaveBeenCalledTimes(2);
  });
});
