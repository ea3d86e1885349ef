// @commonplace/worker as a library (launcher, tests). The process entry point is src/main.ts.
export { loadEnv, loadEnvOrExit, EnvError, type Env } from "./env.ts";
export { createLogger, type Logger } from "./logger.ts";
export { startWorker, type RunningWorker } from "./worker.ts";
export { ingestPaths, type IngestPathsOptions, type IngestPathsResult } from "./ingest-paths.ts";
export { ingestDigestOnFirstBoot, DIGEST_SEED_PATH } from "./seed.ts";
export { runIngest, type RunSummary, type RunProgress, type PipelineDeps } from "./pipeline/run.ts";
export { drainOutboxBatch, pendingOutboxCount, REINDEX_LOCK_KEY } from "./pipeline/index.ts";
export { sameTitleSql } from "./pipeline/title-candidates.ts";
export { OutboxDrainer, drainAll } from "./outbox/drainer.ts";
export { reindexFromDatabase } from "./outbox/reindex.ts";
