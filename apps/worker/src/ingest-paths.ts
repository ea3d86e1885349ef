import { createDatabase, createSearch, drainDeps, pipelineDeps } from "./context.ts";
import type { Env } from "./env.ts";
import type { Logger } from "./logger.ts";
import { ProgressReporter } from "./cli/progress.ts";
import { formatSummary, type IndexReport } from "./cli/summary.ts";
import { drainAll, OutboxDrainer } from "./outbox/drainer.ts";
import { classifyArgument } from "./pipeline/fetch.ts";
import { runIngest, type RunSummary } from "./pipeline/run.ts";

// The ingest CLI's body, callable in-process too (first boot, tests): one IngestRun for all inputs,
// the same pipeline as the `ingest.run` job, then the outbox drained so the papers are searchable.

/**
 * Bulk: large Meilisearch tasks (INGEST_CLI_OUTBOX_BATCH_SIZE rows), this many in flight. When Meilisearch
 * falls behind, the tasks waiting in its queue are indexed as one batch; its cost per batch grows with
 * the index, so merged batches index more documents per second. With two in flight every batch held a
 * single 5,000-document task, while the raw baseline's queue gave batches of ~30,000 (issue 17.1, 100k
 * run in bench/RESULTS.md). With six, the 1M run's batches alternate between five tasks and one (when a
 * batch of five ends, the one task left queued starts alone). Twelve kept every batch at 25,000-35,000
 * documents and ran the 1M ingest in 939 s instead of ~1,070 s, but the worker's peak rose from 380 MB to
 * 484-513 MB (each claim builds and sends a ~20 MB request; after a batch ends, the freed slots are
 * claimed back to back), over the 512 MB target: six it stays.
 */
export const BULK_IN_FLIGHT = 6;
/**
 * Leases of a bulk ingest's claimed rows (renewed while their tasks are awaited, see renewLeases): long,
 * so renewing 60,000 in-flight rows costs PostgreSQL little. If the CLI dies, its rows wait this long.
 */
export const BULK_LEASE_MS = 60_000;

export interface IngestPathsOptions {
  /** IngestRun.source: "cli", "seed"… */
  source?: string;
  /** Skip (exit 0) when a run of this source finished, or the database holds papers from elsewhere. */
  onlyIfEmpty?: boolean;
  /** Drain the outbox to Meilisearch before returning (default true). */
  index?: boolean;
  progress?: NodeJS.WriteStream;
  report?: NodeJS.WritableStream;
  fetch?: typeof globalThis.fetch;
}

export interface IngestPathsResult {
  exitCode: number;
  skipped?: boolean;
  summary?: RunSummary;
  index?: IndexReport;
}

export async function ingestPaths(env: Env, logger: Logger, inputs: string[], options: IngestPathsOptions = {}): Promise<IngestPathsResult> {
  const db = createDatabase(env);
  try {
    const source = options.source ?? "cli";
    if (options.onlyIfEmpty) {
      // A finished run of this source, or papers that came from elsewhere. A run interrupted by Ctrl-C on a
      // first start left papers but no DONE run: it runs again (items are idempotent) so nothing is missing.
      const [papers, finished, started] = await Promise.all([
        db.paper.count(),
        db.ingestRun.count({ where: { source, status: "DONE" } }),
        db.ingestRun.count({ where: { source } }),
      ]);
      if (finished > 0 || (papers > 0 && started === 0)) {
        options.report?.write(`Skipped: the database already has ${papers} papers.\n`);
        return { exitCode: 0, skipped: true };
      }
    }
    const started = Date.now();
    const run = await db.ingestRun.create({ data: { source, label: inputs.join(" ").slice(0, 500) } });
    const progress = options.progress ? new ProgressReporter(options.progress, inputs.length, { tty: !!options.progress.isTTY }) : null;
    const search = options.index !== false ? createSearch(env) : null;
    const deps = search
      ? { ...drainDeps(env, db, search, logger), batchSize: env.INGEST_CLI_OUTBOX_BATCH_SIZE, inFlight: BULK_IN_FLIGHT, leaseMs: BULK_LEASE_MS }
      : null;
    // Index while persisting: each committed batch wakes a drain, which sends whole batches only, so
    // Meilisearch indexes in parallel with PostgreSQL; drainAll sends the remainder at the end.
    const drainer = deps
      ? new OutboxDrainer(deps, {
          databaseUrl: env.DATABASE_URL,
          pollMs: 60_000,
          maxBackoffMs: env.OUTBOX_MAX_BACKOFF_MS,
          listen: false,
          fullBatchesOnly: true,
        })
      : null;
    await drainer?.start();
    let summary: RunSummary;
    try {
      summary = await runIngest(pipelineDeps(env, db, logger, options.fetch), run.id, inputs.map(classifyArgument), {
        onProgress: (p) => {
          progress?.update(p);
          drainer?.kick();
        },
      });
    } finally {
      await drainer?.stop();
    }
    progress?.done();

    let index: IndexReport = { indexed: 0, pending: 0, skipped: true };
    if (deps) {
      const drained = await drainAll(deps, env.INGEST_CLI_INDEX_WAIT_MS).catch((error: unknown) => ({
        indexed: 0,
        deleted: 0,
        pending: -1,
        lastError: error instanceof Error ? error.message : String(error),
      }));
      index = { indexed: drained.indexed + (drainer?.delivered ?? 0), pending: drained.pending, lastError: drained.lastError };
    }
    options.report?.write(formatSummary(summary, Date.now() - started, index));
    const exitCode = summary.failed > 0 ? 1 : index.pending !== 0 ? 3 : 0;
    return { exitCode, summary, index };
  } finally {
    await db.$disconnect();
  }
}
