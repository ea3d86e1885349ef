import { createDb, type Db } from "@commonplace/db";
import { createSearchClient, termsIndexMissing, type SearchClient } from "@commonplace/search";
import type { Env } from "./env.ts";
import type { Logger } from "./logger.ts";
import { reindexFromDatabase } from "./outbox/reindex.ts";
import type { DrainDeps } from "./pipeline/index.ts";
import type { PipelineDeps } from "./pipeline/run.ts";

// Wiring shared by the worker process and the CLIs, so both run the exact same pipeline.

export function createSearch(env: Env): SearchClient {
  return createSearchClient({
    host: env.MEILI_HOST,
    apiKey: env.MEILI_MASTER_KEY,
    indexPrefix: env.MEILI_INDEX_PREFIX,
    taskTimeoutMs: env.MEILI_TASK_TIMEOUT_MS,
  });
}

export function createDatabase(env: Env): Db {
  return createDb(env.DATABASE_URL);
}

export function pipelineDeps(env: Env, db: Db, logger: Logger, fetchImpl: typeof globalThis.fetch = globalThis.fetch): PipelineDeps {
  return {
    db,
    logger,
    batchSize: env.INGEST_BATCH_SIZE,
    maxBytes: env.INGEST_MAX_BYTES,
    timeoutMs: env.INGEST_RESOLVE_TIMEOUT_MS,
    fetch: fetchImpl,
  };
}

export function drainDeps(env: Env, db: Db, search: SearchClient, logger: Logger): DrainDeps {
  return {
    db,
    search,
    logger,
    batchSize: env.OUTBOX_BATCH_SIZE,
    maxBackoffMs: env.OUTBOX_MAX_BACKOFF_MS,
    state: { indexReady: false },
    // Many workers may find the terms index missing at once: the first rebuilds, the others find it there.
    rebuildIndexes: () => rebuildIndexes(env, db, search, logger, () => termsIndexMissing(search)),
  };
}

/** Both search indexes rebuilt from PostgreSQL under the reindex lock, if `onlyIf` still holds once it is held. */
export function rebuildIndexes(env: Env, db: Db, search: SearchClient, logger: Logger, onlyIf: () => Promise<boolean>) {
  return reindexFromDatabase({ db, search, logger, databaseUrl: env.DATABASE_URL, onlyIf });
}
