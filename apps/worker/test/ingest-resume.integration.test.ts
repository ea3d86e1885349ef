import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDb, type Db } from "@commonplace/db";
import { createBoss, createIngestRun, startBoss, stopBoss, type Boss } from "@commonplace/jobs";
import type { SearchClient } from "@commonplace/search";
import { createSearch, pipelineDeps } from "../src/context.ts";
import type { Env } from "../src/env.ts";
import { claimChunk } from "../src/ingest/claim.ts";
import { planRun } from "../src/ingest/plan.ts";
import { runChunk } from "../src/ingest/run-chunk.ts";
import { startWorker, type RunningWorker } from "../src/worker.ts";
import { arxivLine, dropIndexes, freshDatabase, indexedIds, silentLogger, tempDir, testEnv, uniquePrefix, waitFor, writeTemp } from "./helpers.ts";

// Ingest runs that outlive their worker: a run is split into leased chunks; the chunk of a worker that
// died is taken over once its lease runs out and resumes after its last committed batch; several workers
// share one file. The dead worker is played by claiming a chunk and abandoning it mid-way.

vi.setConfig({ testTimeout: 180_000 });

const logger = silentLogger();
const dir = tempDir();
let env: Env;
let db: Db;
let search: SearchClient;
let boss: Boss;
const workers: RunningWorker[] = [];
let next = 1;

const lines = (n: number) => {
  const text = Array.from({ length: n }, (_, i) => arxivLine(next + i)).join("\n");
  next += n;
  return text;
};

async function worker(): Promise<RunningWorker> {
  // Live workers keep a roomy lease (a loaded machine must not make them look dead); the dead one's is 1 s.
  const w = await startWorker(env, logger, { ingest: { leaseMs: 10_000, pollMs: 100, chunkBytes: 64 * 1024 } });
  workers.push(w);
  return w;
}

async function stopWorkers() {
  for (const w of workers.splice(0)) await w.stop(5000);
}

beforeAll(async () => {
  const url = await freshDatabase("worker_ingest_resume_it");
  env = testEnv({ DATABASE_URL: url, MEILI_INDEX_PREFIX: uniquePrefix("resume"), INGEST_BATCH_SIZE: "50", INGEST_CONCURRENCY: "1", OUTBOX_POLL_MS: "200" });
  db = createDb(url);
  search = createSearch(env);
  boss = await startBoss(createBoss(url, { role: "producer" }));
});

afterAll(async () => {
  await stopWorkers();
  await stopBoss(boss).catch(() => undefined);
  await dropIndexes(search).catch(() => undefined);
  await db?.$disconnect();
});

describe("ingest runs that survive their worker", () => {
  it("a run whose worker died mid-chunk is taken over and resumes after its last committed batch: DONE, every paper once", async () => {
    const N = 600;
    const file = writeTemp(dir, "resume.jsonl", lines(N));
    const run = await db.ingestRun.create({ data: { source: "test", label: "resume" } });
    expect(await planRun(db, run.id, { kind: "paths", paths: [file] }, { chunkBytes: 10 * 1024 * 1024, maxBytes: env.INGEST_MAX_BYTES })).toEqual({
      chunks: 1,
      planned: true,
    });

    // The worker that dies: it commits four batches of 50, then stops dead (no release, no more renewals).
    const chunk = (await claimChunk(db, "dead-worker", 1000))!;
    let seen = 0;
    const died = await runChunk(pipelineDeps(env, db, logger), chunk, {
      owner: "dead-worker",
      leaseMs: 1000,
      shouldStop: () => {
        if (++seen === 230) throw new Error("killed");
        return false;
      },
    }).catch((error: Error) => error.message);
    expect(died).toBe("killed");
    const abandoned = await db.ingestChunk.findUniqueOrThrow({ where: { id: chunk.id } });
    expect(abandoned).toMatchObject({ status: "RUNNING", leaseOwner: "dead-worker" });
    expect(await db.ingestItem.count({ where: { runId: run.id } })).toBe(200);
    expect(abandoned.cursor).toBeGreaterThan(0n);

    // A live worker takes the chunk over once the lease has run out.
    await worker();
    await waitFor("the run to finish", async () => (await db.ingestRun.findUniqueOrThrow({ where: { id: run.id } })).status === "DONE", 60_000);

    const done = await db.ingestRun.findUniqueOrThrow({ where: { id: run.id } });
    expect(done).toMatchObject({ status: "DONE", created: N, duplicate: 0, updated: 0, failed: 0, total: N, resumed: 1 });
    expect(await db.ingestItem.count({ where: { runId: run.id } })).toBe(N);
    expect(await db.paper.count()).toBe(N);
    const refs = await db.ingestItem.findMany({ where: { runId: run.id }, select: { ref: true } });
    expect(new Set(refs.map((r) => r.ref)).size).toBe(N);
    await waitFor("the index to match PostgreSQL", async () => (await indexedIds(search)).length === N, 60_000, 250);
    await stopWorkers();
  });

  it("two workers share one large file: its chunks are done by both, and the run completes with every paper once", async () => {
    const N = 3000;
    const before = await db.paper.count();
    const file = writeTemp(dir, "shared.jsonl", lines(N));
    const [a, b] = [await worker(), await worker()];
    const { runId } = await createIngestRun(db, boss, { paths: [file] }, { source: "test" });
    await waitFor("the run to finish", async () => (await db.ingestRun.findUniqueOrThrow({ where: { id: runId } })).status === "DONE", 120_000, 200);

    const chunks = await db.ingestChunk.findMany({ where: { runId }, select: { status: true, leaseOwner: true } });
    expect(chunks.length).toBeGreaterThan(4);
    expect(chunks.every((c) => c.status === "DONE")).toBe(true);
    expect(new Set(chunks.map((c) => c.leaseOwner))).toEqual(new Set([a.workerId, b.workerId]));
    expect(await db.ingestRun.findUniqueOrThrow({ where: { id: runId } })).toMatchObject({ created: N, duplicate: 0, failed: 0, total: N, resumed: 0 });
    expect(await db.paper.count()).toBe(before + N);
    expect(await db.ingestItem.count({ where: { runId } })).toBe(N);
  });
});
