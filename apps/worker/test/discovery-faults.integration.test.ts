import path from "node:path";
import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@commonplace/db";
import { migrate } from "@commonplace/db/migrate";
import { freePort, startEmbeddedPostgres, type EmbeddedPostgresHandle } from "@commonplace/embedded";
import { startDiscoveryRefresher } from "../src/discovery-refresher.ts";
import { silentLogger, tempDir, waitFor } from "./helpers.ts";

// Issue 17.2, faults around the discovery store. This file runs its own PostgreSQL so it can stop it: the
// worker's refresher must outlive a PostgreSQL restart (its rounds fail while the server is down, then it
// reconnects and rebuilds again without being restarted itself). A web read of a stale store: packages/api
// src/discovery/stale-store.integration.test.ts.

const dir = tempDir();
const dataDir = path.join(dir, "pg");
let port: number;
let postgres: EmbeddedPostgresHandle | null = null;
let db: Db;

const start = async () => (postgres = await startEmbeddedPostgres({ dataDir, port, database: "discovery_faults" }));
const refreshedAt = async () => (await db.discoveryRefresh.findUnique({ where: { name: "trending" } }))?.refreshedAt.getTime() ?? 0;

beforeAll(async () => {
  port = await freePort();
  await start();
  await migrate(postgres!.url);
  db = createDb(postgres!.url);
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  await postgres?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe("the discovery refresher across a PostgreSQL restart", () => {
  it("keeps running while PostgreSQL is down and rebuilds again, with votes cast after the restart, once it is back", async () => {
    const voter = await db.user.create({ data: { email: "fault@example.org", handle: "fault", name: "Fault" } });
    const paper = (id: string) =>
      db.paper.create({ data: { id, canonicalKey: `test:${id}`, title: id, normTitle: id, source: "test", categories: ["cs.DB"], publishedAt: new Date() } });
    await paper("before-restart");
    await db.upvote.create({ data: { userId: voter.id, paperId: "before-restart" } });

    const stop = startDiscoveryRefresher(db, silentLogger(), 200);
    try {
      await waitFor("the first rebuild", async () => (await db.trendingScore.count()) === 1);
      const beforeStop = await refreshedAt();

      await postgres!.stop(); // every pooled connection breaks; rounds fail meanwhile
      postgres = null;
      await new Promise((r) => setTimeout(r, 1000)); // several of the refresher's rounds fail
      await start();

      // The same refresher (and the same client) rebuilds again, and sees what was written after the restart.
      await paper("after-restart");
      await db.upvote.create({ data: { userId: voter.id, paperId: "after-restart" } });
      await waitFor("a rebuild after the restart", async () => (await db.trendingScore.count()) === 2, 60_000);
      expect(await refreshedAt()).toBeGreaterThan(beforeStop);
      expect((await db.categoryCount.findUnique({ where: { category: "cs.DB" } }))?.count).toBe(2);
    } finally {
      await stop();
    }
  });
});
