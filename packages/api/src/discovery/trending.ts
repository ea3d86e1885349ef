import type { Db } from "@commonplace/db";
import { DISCOVERY_REFRESH_MS, discoveryIsStale, rankStoredTrending, refreshDiscovery, type TrendingPage } from "@commonplace/catalogue";
import { loadCards, type PaperCard } from "./cards.ts";

// Trending papers, read from the scores the worker keeps (@commonplace/catalogue: trending.ts defines the score,
// discovery-store.ts keeps it). The web process only reads, unless nobody keeps the store (no worker yet, or
// one that is down): then the first reader that finds it stale rebuilds it, once per process and minute.

export type TrendingCard = PaperCard & { score: number };

const checked = new WeakMap<Db, { at: number; done: Promise<void> }>();

/** Rebuilds the discovery tables when they are stale (checked at most every DISCOVERY_REFRESH_MS per process). */
export function ensureDiscoveryFresh(db: Db, now = new Date()): Promise<void> {
  const last = checked.get(db);
  if (last && Math.abs(now.getTime() - last.at) < DISCOVERY_REFRESH_MS) return last.done;
  const done = discoveryIsStale(db, now).then(async (stale) => {
    if (stale) await refreshDiscovery(db, now);
  });
  checked.set(db, { at: now.getTime(), done });
  done.catch(() => checked.delete(db));
  return done;
}

/** The `limit` papers from `offset` by trending score (highest first), as cards with their score. */
export async function trendingPapers(db: Db, options: TrendingPage): Promise<TrendingCard[]> {
  const ranked = await rankStoredTrending(db, options);
  const cards = await loadCards(
    db,
    ranked.map((r) => r.id),
  );
  const scores = new Map(ranked.map((r) => [r.id, r.score]));
  return cards.map((card) => ({ ...card, score: scores.get(card.id)! }));
}
