import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { createDb, type Db } from "@commonplace/db";
import { DISCOVERY_LOCK_KEY, refreshDiscovery } from "@commonplace/catalogue";
import { startDiscoveryRefresher } from "../src/discovery-refresher.ts";
import { freshDatabase, silentLogger, waitFor } from "./helpers.ts";

// Issue 17.2: the worker keeps the discovery tables every web instance reads (trending scores, category counts).

let url: string;
let db: Db;
beforeAll(async () => {
  url = await freshDatabase("worker_discovery_it");
  db = createDb(url);
});
afterAll(async () => {
  await db?.$disconnect();
});

const paper = (id: string, categories: string[]) =>
  db.paper.create({
    data: { id, canonicalKey: `test:${id}`, title: id, normTitle: id, source: "test", categories, publishedAt: new Date(Date.now() - 3600_000) },
  });

describe("the discovery refresher", () => {
  it("rebuilds the tables at start and again every interval, and follows new papers and votes", async () => {
    await paper("disc-a", ["cs.CL"]);
    const user = await db.user.create({ data: { email: "voter@example.org", handle: "voter", name: "Voter" } });
    await db.upvote.create({ data: { userId: user.id, paperId: "disc-a" } });
    const stop = startDiscoveryRefresher(db, silentLogger(), 300);
    try {
      await waitFor("the first rebuild", async () => (await db.discoveryRefresh.count()) === 2);
      expect(await db.trendingScore.findMany({ select: { paperId: true } })).toEqual([{ paperId: "disc-a" }]);
      expect(await db.categoryCount.findMany()).toEqual([{ category: "cs.CL", count: 1 }]);

      await paper("disc-b", ["cs.CL", "math.ST"]);
      await db.upvote.create({ data: { userId: user.id, paperId: "disc-b" } });
      await waitFor("a later rebuild", async () => (await db.categoryCount.count()) === 2 && (await db.trendingScore.count()) === 2);
      expect(await db.categoryCount.findUnique({ where: { category: "cs.CL" } })).toEqual({ category: "cs.CL", count: 2 });
    } finally {
      await stop();
    }
  });

  it("skips a round while another process holds the rebuild lock (one rebuild at a time across workers)", async () => {
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    try {
      await other.query("SELECT pg_advisory_lock($1)", [DISCOVERY_LOCK_KEY]);
      expect(await refreshDiscovery(db)).toBe(false);
      await other.query("SELECT pg_advisory_unlock($1)", [DISCOVERY_LOCK_KEY]);
      expect(await refreshDiscovery(db)).toBe(true);
    } finally {
      await other.end();
    }
  });
});
