import { randomBytes } from "node:crypto";
import path from "node:path";
import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@commonplace/db";
import { freePort, startMeilisearch, type MeilisearchHandle } from "@commonplace/embedded";
import { searchPapers, type SearchClient } from "@commonplace/search";
import { createSearch, drainDeps, pipelineDeps } from "../src/context.ts";
import type { Env } from "../src/env.ts";
import { OutboxDrainer } from "../src/outbox/drainer.ts";
import { classifyArgument } from "../src/pipeline/fetch.ts";
import { runIngest } from "../src/pipeline/run.ts";
import { arxivLine, freshDatabase, indexedIds, silentLogger, tempDir, testEnv, uniquePrefix, waitFor, writeTemp } from "./helpers.ts";

// THE OUTAGE TEST: Meilisearch dies in the middle of an ingest and comes back later. Every paper must
// end up in the index exactly once: none missing, none twice. This file runs its own Meilisearch so it
// can kill it; it restarts on the same port and data directory, like a crashed service coming back.

const PAPERS = 900;
const logger = silentLogger();
const dir = tempDir();
const meiliDir = path.join(dir, "meili");
const masterKey = randomBytes(16).toString("hex");
let port: number;
let meili: MeilisearchHandle | null = null;
let env: Env;
let db: Db;
let search: SearchClient;
let drainer: OutboxDrainer;

beforeAll(async () => {
  port = await freePort();
  meili = await startMeilisearch({ dataDir: meiliDir, port, masterKey });
  const url = await freshDatabase("worker_outage_it");
  env = testEnv({
    DATABASE_URL: url,
    MEILI_HOST: meili.host,
    MEILI_MASTER_KEY: masterKey,
    MEILI_INDEX_PREFIX: uniquePrefix("outage"),
    INGEST_BATCH_SIZE: "50",
    OUTBOX_BATCH_SIZE: "100",
    OUTBOX_POLL_MS: "100",
    OUTBOX_MAX_BACKOFF_MS: "300",
    MEILI_TASK_TIMEOUT_MS: "20000",
  });
  db = createDb(url);
  search = createSearch(env);
  drainer = new OutboxDrainer(drainDeps(env, db, search, logger), { databaseUrl: url, pollMs: 100, maxBackoffMs: 300 });
  await drainer.start();
}, 180_000);

afterAll(async () => {
  await drainer?.stop();
  await db?.$disconnect();
  await meili?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe("Meilisearch outage during an ingest", () => {
  it("keeps every outbox row while it is down and indexes every paper exactly once when it returns", async () => {
    const file = writeTemp(dir, "outage.jsonl", Array.from({ length: PAPERS }, (_, i) => arxivLine(i + 1)).join("\n"));
    const run = await db.ingestRun.create({ data: { source: "test", label: "outage" } });
    let killedAt = -1;
    let restartedAt = -1;
    let failedWhileDown = 0;

    const summary = await runIngest(pipelineDeps(env, db, logger), run.id, [classifyArgument(file)], {
      onProgress: async (p) => {
        if (killedAt < 0 && p.processed >= PAPERS / 3) {
          // Some papers made it to the index before the crash.
          await waitFor("a first delivery", async () => (await db.searchOutbox.count({ where: { processedAt: { not: null } } })) > 0);
          await meili!.kill();
          meili = null;
          killedAt = p.processed;
        } else if (killedAt >= 0 && restartedAt < 0 && p.processed >= (2 * PAPERS) / 3) {
          // While it is down, deliveries fail, are counted, and the rows stay.
          failedWhileDown = await waitFor("a failed delivery", async () => {
            const n = await db.searchOutbox.count({ where: { processedAt: null, attempts: { gt: 0 } } });
            return n > 0 ? n : null;
          });
          meili = await startMeilisearch({ dataDir: meiliDir, port, masterKey });
          restartedAt = p.processed;
        }
      },
    });

    expect(summary).toMatchObject({ created: PAPERS, failed: 0 });
    expect(killedAt).toBeGreaterThan(0);
    expect(restartedAt).toBeGreaterThan(killedAt);
    expect(failedWhileDown).toBeGreaterThan(0);

    await waitFor("the outbox to drain after the outage", async () => (await db.searchOutbox.count({ where: { processedAt: null } })) === 0, 120_000, 200);

    const paperIds = (await db.paper.findMany({ select: { id: true } })).map((p) => p.id).sort();
    const ids = await indexedIds(search);
    expect(paperIds).toHaveLength(PAPERS);
    expect(new Set(ids).size).toBe(ids.length); // no duplicates
    expect(ids.sort()).toEqual(paperIds); // none missing, nothing extra
    const stats = await search.meili.index(search.indexes.papers).getStats();
    expect(stats.numberOfDocuments).toBe(PAPERS);

    // A paper ingested while the index was down is searchable, once.
    const late = `Synthetic study ${killedAt + 10} of`;
    const hits = await searchPapers(search, { q: `"${late}"` });
    expect(hits.hits.filter((h) => h.title.startsWith(`${late} `))).toHaveLength(1);

    // The failed attempts were recorded on the rows that were retried.
    expect(await db.searchOutbox.count({ where: { attempts: { gt: 0 }, processedAt: { not: null } } })).toBeGreaterThan(0);
  }, 300_000);
});
