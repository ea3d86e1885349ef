import type { Db } from "@commonplace/db";
import { rankTrending } from "./trending.ts";

// The trending ranking reads every upvote and public act of the last 30 days (≈0.5 s at 100k papers and
// 300k votes): the home page and /trending share one ranking per process for TTL_MS. Scores decay over
// days, so a ranking up to a minute old is indistinguishable; cards (counts, titles) are loaded fresh.

type Ranked = { id: string; score: number }[];
type Rank = (page: { limit: number; offset: number }) => Promise<Ranked>;

export const TRENDING_TTL_MS = 60_000;
const MAX_ENTRIES = 64;

/** Memoises `rank` per (limit, offset) for `ttlMs`; concurrent callers share one query; failures are not kept. */
export function createRankingCache(rank: Rank, { ttlMs = TRENDING_TTL_MS, clock = Date.now }: { ttlMs?: number; clock?: () => number } = {}) {
  const entries = new Map<string, { at: number; ranked: Promise<Ranked> }>();
  return (page: { limit: number; offset: number }): Promise<Ranked> => {
    const key = `${page.limit}:${page.offset}`;
    const now = clock();
    const hit = entries.get(key);
    if (hit && now - hit.at < ttlMs) return hit.ranked;
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    const ranked = rank(page);
    entries.set(key, { at: now, ranked });
    ranked.catch(() => entries.delete(key));
    return ranked;
  };
}

const caches = new WeakMap<Db, ReturnType<typeof createRankingCache>>();

/** The current trending ranking (see trending.ts), shared per process and database for a minute. */
export function rankTrendingCached(db: Db, page: { limit: number; offset: number }): Promise<Ranked> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = createRankingCache((p) => rankTrending(db, p))));
  return cache(page);
}
