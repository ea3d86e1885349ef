import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SearchClient } from "@commonplace/search";
import { createSearch } from "../src/context.ts";
import type { Env } from "../src/env.ts";
import { BULK_IN_FLIGHT, ingestPaths } from "../src/ingest-paths.ts";
import { arxivLine, dropIndexes, freshDatabase, indexedIds, silentLogger, tempDir, testEnv, uniquePrefix, writeTemp } from "./helpers.ts";

// Issue 17.1: a bulk ingest keeps several whole outbox batches queued in Meilisearch, so that when
// Meilisearch is behind it indexes them as one larger batch (its cost per batch grows with the index).
// With two in flight, no Meilisearch batch could ever hold more than two of the ingest's tasks.

let env: Env;
let search: SearchClient;

interface BatchView {
  stats: { totalNbTasks: number; types: Record<string, number> };
}

async function documentBatches(): Promise<BatchView[]> {
  const res = await fetch(`${env.MEILI_HOST}/batches?indexUids=${search.indexes.papers}&limit=1000`, {
    headers: { Authorization: `Bearer ${env.MEILI_MASTER_KEY}` },
  });
  const body = (await res.json()) as { results: BatchView[] };
  return body.results.filter((b) => b.stats.types.documentAdditionOrUpdate);
}

beforeAll(async () => {
  const url = await freshDatabase("worker_bulk_batches_it");
  // Tiny outbox batches: one persist batch of 200 papers makes 20 Meilisearch tasks.
  env = testEnv({ DATABASE_URL: url, MEILI_INDEX_PREFIX: uniquePrefix("bulk"), INGEST_CLI_OUTBOX_BATCH_SIZE: "10", INGEST_BATCH_SIZE: "200" });
  search = createSearch(env);
});

afterAll(async () => {
  await dropIndexes(search).catch(() => undefined);
});

describe("bulk ingest → Meilisearch", () => {
  it("queues more than two tasks at once, and Meilisearch merges queued tasks into one batch", async () => {
    expect(BULK_IN_FLIGHT).toBeGreaterThan(2);
    const file = writeTemp(tempDir(), "bulk.jsonl", Array.from({ length: 200 }, (_, i) => arxivLine(5000 + i)).join("\n"));
    const r = await ingestPaths(env, silentLogger(), [file], { source: "bench" });
    expect(r.exitCode).toBe(0);
    expect((await indexedIds(search)).length).toBe(200);
    const batches = await documentBatches();
    expect(batches.reduce((n, b) => n + b.stats.totalNbTasks, 0)).toBe(20);
    expect(Math.max(...batches.map((b) => b.stats.totalNbTasks))).toBeGreaterThan(2);
  }, 240_000);
});
