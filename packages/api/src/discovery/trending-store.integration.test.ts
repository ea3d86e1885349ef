import { describe, expect, it } from "vitest";
import {
  DISCOVERY_STALE_MS,
  HALF_LIFE_MS,
  WINDOW_MS,
  rankStoredTrending,
  rankTrending,
  refreshCategoryCounts,
  refreshTrending,
  storedActiveCount,
} from "@commonplace/catalogue";
import { db } from "../lib/services.ts";
import { as, person } from "../../test/fixtures.ts";
import { annotationAt, datedPaper, listWith, upvoteAt } from "../../test/discovery-fixtures.ts";

// Issue 17.2: Trending and category counts are read from tables the worker keeps (catalogue discovery-store.ts).
// The stored ranking must be the documented one (rankTrending computes it from the events themselves).

const HOUR = 3600_000;
const DAY = 24 * HOUR;

describe("discovery store", () => {
  // First in the file: this process has not checked the store yet (the check is memoised per minute).
  it("a store nobody keeps (no worker) is rebuilt by the first reader", async () => {
    await db().discoveryRefresh.deleteMany();
    await as(null).discovery.trending({ limit: 3 });
    const rows = await db().discoveryRefresh.findMany({ orderBy: { name: "asc" } });
    expect(rows.map((r) => r.name)).toEqual(["categories", "trending"]);
    expect(Math.abs(rows[0]!.refreshedAt.getTime() - Date.now())).toBeLessThan(DISCOVERY_STALE_MS);
  });

  it("ranks exactly as the formula at the rebuild, and still does a day later without a rebuild", async () => {
    // Instants in 2120: the only events in this window are this test's.
    const NOW = new Date("2120-04-01T12:00:00Z");
    const ago = (ms: number) => new Date(NOW.getTime() - ms);
    const people = await Promise.all(Array.from({ length: 5 }, () => person("scorer")));
    const papers = [];
    for (const d of [ago(2 * DAY), ago(40 * DAY), ago(5 * HOUR), ago(9 * DAY), ago(3 * DAY), ago(1 * DAY)]) papers.push(await datedPaper(d));
    const [a, b, c, d] = papers;
    for (const [i, v] of people.slice(0, 3).entries()) await upvoteAt(v.id, a!.id, ago((i + 1) * 20 * HOUR));
    for (const v of people.slice(0, 5)) await upvoteAt(v.id, b!.id, ago(2 * HALF_LIFE_MS));
    await annotationAt(people[0]!, c!.id, ago(HOUR), { visibility: "PUBLIC" });
    await annotationAt(people[1]!, c!.id, ago(2 * HOUR), { visibility: "PRIVATE" });
    await listWith(people[2]!, d!.id, "PUBLIC", ago(6 * HOUR));

    await refreshTrending(db(), NOW);
    for (const at of [NOW, new Date(NOW.getTime() + DAY)]) {
      const stored = await rankStoredTrending(db(), { limit: 8, now: at });
      const reference = await rankTrending(db(), { limit: 8, now: at });
      expect(stored.map((r) => r.id)).toEqual(reference.map((r) => r.id));
      for (const [i, r] of stored.entries()) expect(r.score).toBeCloseTo(reference[i]!.score, 9);
      // Pages continue where the previous one stopped.
      const second = await rankStoredTrending(db(), { limit: 3, offset: 3, now: at });
      expect(second.map((r) => r.id)).toEqual(reference.slice(3, 6).map((r) => r.id));
    }
    const top = (await rankStoredTrending(db(), { limit: 4, now: NOW })).map((r) => r.id);
    expect(top.slice(0, 2)).toEqual([a!.id, b!.id]);
    expect(top).toContain(c!.id);

    // A month and more later every event has left the window: the next rebuild keeps no row of these papers.
    const later = new Date(NOW.getTime() + WINDOW_MS + DAY);
    await refreshTrending(db(), later);
    const kept = await db().trendingScore.count({ where: { paperId: { in: papers.map((p) => p.id) } } });
    expect(kept).toBe(0);
    const reference = await rankTrending(db(), { limit: 5, now: later });
    expect((await rankStoredTrending(db(), { limit: 5, now: later })).map((r) => r.id)).toEqual(reference.map((r) => r.id));
  });

  it("a rebuild rewrites only the rows whose key moved (a paper's key stays put between its events)", async () => {
    const NOW = new Date("2130-04-01T12:00:00Z");
    const [quiet, voted] = [await datedPaper(new Date(NOW.getTime() - 2 * DAY)), await datedPaper(new Date(NOW.getTime() - 2 * DAY))];
    const [v1, v2] = [await person("still"), await person("still")];
    await upvoteAt(v1.id, quiet.id, new Date(NOW.getTime() - HOUR));
    await upvoteAt(v1.id, voted.id, new Date(NOW.getTime() - HOUR));
    await refreshTrending(db(), NOW);
    const later = new Date(NOW.getTime() + 6 * HOUR);
    await upvoteAt(v2.id, voted.id, new Date(later.getTime() - HOUR));
    await refreshTrending(db(), later);
    const rows = new Map((await db().trendingScore.findMany({ where: { paperId: { in: [quiet.id, voted.id] } } })).map((r) => [r.paperId, r]));
    expect(rows.get(quiet.id)?.computedAt).toEqual(NOW); // untouched: nothing changed for it
    expect(rows.get(voted.id)?.computedAt).toEqual(later); // its new vote moved its key
    const stored = await rankStoredTrending(db(), { limit: 2, now: later });
    const reference = await rankTrending(db(), { limit: 2, now: later });
    expect(stored.map((r) => r.id)).toEqual(reference.map((r) => r.id));
    for (const [i, r] of stored.entries()) expect(r.score).toBeCloseTo(reference[i]!.score, 9);
  });

  it("a vote through the API rescores its paper at once; a rebuild that started before it does not undo it", async () => {
    const p = await datedPaper(new Date(Date.now() - DAY));
    const voter = await person("instant");
    await as(voter).upvotes.set({ paperId: p.id, upvoted: true });
    const row = await db().trendingScore.findUnique({ where: { paperId: p.id } });
    expect(row).not.toBeNull();
    const [mine] = (await rankStoredTrending(db(), { limit: 200 })).filter((r) => r.id === p.id);
    expect(mine?.score).toBeGreaterThan(1);

    await refreshTrending(db(), new Date(Date.now() - 5_000)); // a slow rebuild that began 5 s ago
    expect(await db().trendingScore.findUnique({ where: { paperId: p.id } })).toEqual(row);

    await as(voter).upvotes.set({ paperId: p.id, upvoted: false });
    expect(await db().trendingScore.findUnique({ where: { paperId: p.id } })).toBeNull();
    await as(voter).upvotes.set({ paperId: p.id, upvoted: true });
    const total = await db().trendingScore.count({ where: { computedAt: { lte: new Date(Date.now() + 60_000) } } });
    expect(await storedActiveCount(db(), new Date(), 1_000_000)).toBe(total);
    expect(await storedActiveCount(db(), new Date(), 1)).toBe(1); // counted up to a cap: enough to decide
    expect(total).toBeGreaterThanOrEqual(1);
  });

  it("counts papers per category as a recount over every paper would", async () => {
    const p = await datedPaper(null);
    await db().paper.update({ where: { id: p.id }, data: { categories: ["zz.Store-Test", "cs.CL"] } });
    await refreshCategoryCounts(db());
    const expected = await db().$queryRaw<{ category: string; count: number }[]>`
      SELECT c AS category, count(*)::int AS count FROM "Paper", unnest(categories) AS c GROUP BY c ORDER BY count DESC, c`;
    const counts = await as(null).discovery.categories();
    expect(counts).toEqual(expected);
    expect(counts.find((c) => c.category === "zz.Store-Test")?.count).toBe(1);
  });
});
