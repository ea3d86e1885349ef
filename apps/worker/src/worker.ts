import { randomUUID } from "node:crypto";
import os from "node:os";
import { startHeartbeat } from "@commonplace/db";
import { createBoss, startBoss, stopBoss, type Boss } from "@commonplace/jobs";
import { createDatabase, createSearch, drainDeps, pipelineDeps, rebuildIndexes } from "./context.ts";
import { startDiscoveryRefresher } from "./discovery-refresher.ts";
import type { Env } from "./env.ts";
import { IngestChunkWorker } from "./ingest/chunk-worker.ts";
import { JOBS, type JobDefinition } from "./jobs/index.ts";
import { DEFAULT_INGEST_OPTIONS, type IngestOptions } from "./jobs/types.ts";
import { jobLogger, type Logger } from "./logger.ts";
import { OutboxDrainer } from "./outbox/drainer.ts";
import { startIndexCheck } from "./outbox/index-check.ts";

export interface RunningWorker {
  boss: Boss;
  drainer: OutboxDrainer;
  ingest: IngestChunkWorker;
  workerId: string;
  /** Stop taking jobs, let active ones finish (up to timeoutMs), stop draining, close connections. */
  stop(timeoutMs?: number): Promise<void>;
}

export interface WorkerOptions {
  /** How runs are split and leased (tests shorten the lease and the chunks). */
  ingest?: Partial<IngestOptions>;
}

export async function startWorker(env: Env, logger: Logger, options: WorkerOptions = {}): Promise<RunningWorker> {
  const workerId = `${os.hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
  const db = createDatabase(env);
  const search = createSearch(env);
  const boss = createBoss(env.DATABASE_URL, { role: "worker" });
  boss.on("error", (error) => logger.error({ err: error }, "pg-boss error"));
  await startBoss(boss);

  const drainer = new OutboxDrainer(drainDeps(env, db, search, logger.child({ component: "outbox" })), {
    databaseUrl: env.DATABASE_URL,
    pollMs: env.OUTBOX_POLL_MS,
    maxBackoffMs: env.OUTBOX_MAX_BACKOFF_MS,
  });
  await drainer.start();

  const ingestOptions = { ...DEFAULT_INGEST_OPTIONS, ...options.ingest };
  const ingest = new IngestChunkWorker(
    pipelineDeps(env, db, logger.child({ component: "ingest" })),
    { owner: workerId, slots: env.INGEST_CONCURRENCY, leaseMs: ingestOptions.leaseMs, pollMs: ingestOptions.pollMs },
    () => drainer.kick(),
  );
  ingest.start();

  for (const job of JOBS) {
    for (let i = 0; i < Math.max(1, job.concurrency(env)); i++) {
      await boss.work(job.name, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([raw]) => {
        if (!raw) return undefined;
        return handleJob(job, raw, {
          env,
          db,
          search,
          boss,
          drainer,
          ingest: { worker: ingest, options: ingestOptions },
          logger: jobLogger(logger, job.name, raw.id),
          jobId: raw.id,
        });
      });
    }
  }
  const stopHeartbeat = startHeartbeat(db, workerId);
  const stopDiscovery = startDiscoveryRefresher(db, logger.child({ component: "discovery" }));
  const indexLogger = logger.child({ component: "search-index" });
  const stopIndexCheck = startIndexCheck(
    { db, search, logger: indexLogger, rebuild: (onlyIf) => rebuildIndexes(env, db, search, indexLogger, onlyIf) },
    env.SEARCH_INDEX_CHECK_MS,
  );
  logger.info({ workerId, jobs: JOBS.map((j) => j.name) }, "worker started");

  return {
    boss,
    drainer,
    ingest,
    workerId,
    async stop(timeoutMs = 20_000) {
      logger.info("worker stopping");
      // Chunks in progress are given back after their current batch: another worker continues them at once.
      await ingest.stop();
      await stopBoss(boss, timeoutMs).catch((error: unknown) => logger.error({ err: error }, "pg-boss did not stop cleanly"));
      await drainer.stop();
      await stopDiscovery();
      await stopIndexCheck();
      await stopHeartbeat();
      await db.$disconnect();
      logger.info("worker stopped");
    },
  };
}

/**
 * Parse the payload, run the handler, log the outcome. An invalid payload completes the job with an
 * error (retrying cannot fix it); a handler error fails the job so pg-boss retries it per queue policy.
 */
async function handleJob(job: JobDefinition, raw: { id: string; data: unknown }, ctx: Parameters<JobDefinition["handle"]>[1]): Promise<unknown> {
  const parsed = job.schema.safeParse(raw.data);
  if (!parsed.success) {
    const reason = parsed.error.issues.map((i) => `${i.path.join(".") || "payload"}: ${i.message}`).join("; ");
    ctx.logger.error({ reason }, "invalid job payload; dropped");
    return { error: `invalid payload: ${reason}` };
  }
  const started = Date.now();
  ctx.logger.info("job started");
  try {
    const result = await job.handle(parsed.data, ctx);
    ctx.logger.info({ ms: Date.now() - started, result }, "job done");
    return result;
  } catch (error) {
    ctx.logger.error({ err: error, ms: Date.now() - started }, "job failed");
    throw error;
  }
}
