import { randomBytes } from "node:crypto";
import path from "node:path";
import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@commonplace/db";
import { freePort, startMeilisearch, type MeilisearchHandle } from "@commonplace/embedded";
import type { SearchClient } from "@commonplace/search";
import { createSearch, drainDeps } from "../src/context.ts";
import type { Env } from "../src/env.ts";
import { drainAll, OutboxDrainer } from "../src/outbox/drainer.ts";
import { claimOutboxBatch, DEFAULT_LEASE_MS, drainPipelined, renewLeases } from "../src/pipeline/index.ts";
import { freshDatabase, indexedIds, ingestArxiv, silentLogger, tempDir, testEnv, uniquePrefix, waitFor } from "./helpers.ts";

// Recovery of the search-index sync: the rows of a worker that died mid-delivery are taken over by
// another drain soon after (short, renewed leases), and a drainer resumes seconds after Meilisearch
// comes back, however long its backoff has grown. This file runs its own Meilisearch so it can kill it.

const logger = silentLogger();
const dir = tempDir();
const meiliDir = path.join(dir, "meili");
const masterKey = randomBytes(16).toString("hex");
let port: number;
let meili: MeilisearchHandle | null = null;
let env: Env;
let db: Db;
let search: SearchClient;
let next = 1;

async function ingest(n: number): Promise<void> {
  const from = next;
  next += n;
  await ingestArxiv({ env, db, logger, dir }, from, n, "recovery");
}

const pending = () => db.searchOutbox.count({ where: { processedAt: null } });

beforeAll(async () => {
  port = await freePort();
  meili = await startMeilisearch({ dataDir: meiliDir, port, masterKey });
  const url = await freshDatabase("worker_outbox_recovery_it");
  env = testEnv({
    DATABASE_URL: url,
    MEILI_HOST: meili.host,
    MEILI_MASTER_KEY: masterKey,
    MEILI_INDEX_PREFIX: uniquePrefix("recovery"),
    OUTBOX_BATCH_SIZE: "100",
  });
  db = createDb(url);
  search = createSearch(env);
}, 180_000);

afterAll(async () => {
  await db?.$disconnect();
  await meili?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe("outbox recovery", () => {
  it("rows leased by a drain that died are delivered by another drain once the lease (15 s) ends", async () => {
    await ingest(30);
    const deps = drainDeps(env, db, search, logger); // the default lease
    // A worker claims and sends a batch, then dies before confirming it: its rows stay leased.
    const dead = await claimOutboxBatch(deps, { ignoreBackoff: false, exclude: [] });
    expect(dead.flight?.rows).toHaveLength(30);
    const [lease] = await db.$queryRaw<{ seconds: number }[]>`
      SELECT EXTRACT(EPOCH FROM max("availableAt") - now())::float8 AS seconds FROM "SearchOutbox" WHERE "processedAt" IS NULL`;
    expect(lease!.seconds).toBeLessThanOrEqual(DEFAULT_LEASE_MS / 1000);

    // Another worker skips them while the lease holds, then takes them over.
    expect((await drainPipelined(deps)).claimed).toBe(0);
    await waitFor(
      "the dead worker's rows to be delivered",
      async () => {
        await drainPipelined(deps);
        return (await pending()) === 0;
      },
      60_000,
      500,
    );
    expect((await indexedIds(search)).length).toBe(30);
  });

  it("renewing leases skips a row another statement holds locked instead of waiting for it (no deadlock with a flight marking its rows done), and leases with half left", async () => {
    await ingest(2);
    const rows = await db.searchOutbox.findMany({ where: { processedAt: null }, orderBy: { id: "asc" }, select: { id: true } });
    expect(rows).toHaveLength(2);
    const [locked, free] = rows.map((r) => r.id) as [bigint, bigint];
    const leaseSeconds = async (id: bigint) =>
      (await db.$queryRaw<{ s: number }[]>`SELECT EXTRACT(EPOCH FROM "availableAt" - now())::float8 AS s FROM "SearchOutbox" WHERE id = ${id}`)[0]!.s;
    const renewedWhileLocked = await db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT id FROM "SearchOutbox" WHERE id = ${locked} FOR UPDATE`;
        // Waiting for the lock would block until this transaction ends: the race says "blocked".
        let timer: NodeJS.Timeout | undefined;
        const blocked = new Promise<string>((r) => (timer = setTimeout(() => r("blocked"), 5000)));
        return Promise.race([renewLeases(db, [locked, free], 600_000), blocked]).finally(() => clearTimeout(timer));
      },
      { timeout: 15_000 },
    );
    expect(renewedWhileLocked).toBe(1);
    expect(await leaseSeconds(free)).toBeGreaterThan(500);
    expect(await leaseSeconds(locked)).toBeLessThan(60);
    // A lease with more than half of it left is not rewritten (the bulk ingest renews 60,000 rows).
    expect(await renewLeases(db, [free], 600_000)).toBe(0);
    expect(await renewLeases(db, [free], 1_300_000)).toBe(1);
    await db.searchOutbox.updateMany({ where: { id: { in: [locked, free] } }, data: { availableAt: new Date() } });
    await drainPipelined(drainDeps(env, db, search, logger));
    expect(await pending()).toBe(0);
  });

  it("PostgreSQL failing to mark delivered rows done: the drain throws without counting an attempt, and drainAll retries until it can", async () => {
    await ingest(30);
    await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION test_fail_mark_done() RETURNS trigger AS $$
      BEGIN IF NEW."processedAt" IS NOT NULL AND OLD."processedAt" IS NULL THEN RAISE EXCEPTION 'test: marking rows done fails'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER test_fail_mark_done BEFORE UPDATE ON "SearchOutbox" FOR EACH ROW EXECUTE FUNCTION test_fail_mark_done()`);
    const dropTrigger = () => db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS test_fail_mark_done ON "SearchOutbox"`);
    try {
      // Three deliveries in flight; every one fails (a later one failing first must not go unhandled).
      const deps = { ...drainDeps(env, db, search, logger), batchSize: 10, leaseMs: 1000 };
      await expect(drainPipelined(deps)).rejects.toThrow(/marking rows done fails/);
      expect(await pending()).toBe(30);
      // Not Meilisearch's failure: no attempt counted, no "search unavailable" error recorded.
      expect(await db.searchOutbox.count({ where: { processedAt: null, OR: [{ attempts: { gt: 0 } }, { lastError: { not: null } }] } })).toBe(0);
      const drained = drainAll(deps, 30_000);
      await new Promise((r) => setTimeout(r, 1500));
      await dropTrigger();
      const result = await drained;
      expect(result.pending).toBe(0);
      expect(await pending()).toBe(0);
      expect((await indexedIds(search)).length).toBe(62);
    } finally {
      await dropTrigger();
    }
  });

  it("a drainer resumes within seconds after Meilisearch returns, even with rows that failed many times", async () => {
    const drainer = new OutboxDrainer(drainDeps(env, db, search, logger), {
      databaseUrl: env.DATABASE_URL,
      pollMs: 60_000,
      maxBackoffMs: 120_000,
      probeMs: 200,
    });
    await drainer.start();
    try {
      await meili!.kill();
      meili = null;
      await ingest(40);
      // These rows have already failed through a long outage: any backoff they carry is long.
      await db.searchOutbox.updateMany({ where: { processedAt: null }, data: { attempts: 12 } });
      drainer.kick();
      await waitFor(
        "a failed delivery while Meilisearch is down",
        async () => (await db.searchOutbox.count({ where: { processedAt: null, attempts: { gt: 12 } } })) > 0,
        30_000,
      );
      meili = await startMeilisearch({ dataDir: meiliDir, port, masterKey });
      // The row backoff for 12 failed attempts, and the drainer's own backoff, are far longer than this.
      await waitFor("the outbox to drain after Meilisearch returned", async () => (await pending()) === 0, 20_000, 200);
      expect((await indexedIds(search)).length).toBe(102);
    } finally {
      await drainer.stop();
    }
  });
});
