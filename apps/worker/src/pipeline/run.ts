import type { Db } from "@commonplace/db";
import type { Logger } from "../logger.ts";
import { withCircuitBreaker } from "./fetch.ts";
import { normalizePaper } from "./normalize.ts";
import { parseSource, type ParseDeps } from "./parse.ts";
import { persistBatch, recordFailures, type PersistEntry } from "./persist.ts";
import type { IngestSource, ItemResult } from "./types.ts";

// The ingest pipeline end to end for one IngestRun: fetch (sources) → parse → normalize → batches of
// dedupe + persist. Used by the `ingest.run` job and, in-process, by the ingest CLI. Re-running a run
// (a pg-boss retry after a crash) starts its counters and items afresh; papers are idempotent anyway.

export interface PipelineDeps extends ParseDeps {
  db: Db;
  logger: Logger;
  batchSize: number;
}

export interface RunProgress {
  processed: number;
  created: number;
  updated: number;
  duplicate: number;
  failed: number;
  /** The source being read, its position among all sources, and the fraction of it read. */
  source: string;
  sourceIndex: number;
  sourceFraction: number;
}

export interface RunHooks {
  /** Awaited after every batch (tests use this to act at a precise point of an ingest). */
  onProgress?: (p: RunProgress) => void | Promise<void>;
  /** How many sources there are, when known (for progress display). */
  sourceCount?: number;
}

export interface RunSummary {
  runId: string;
  processed: number;
  created: number;
  updated: number;
  duplicate: number;
  failed: number;
  /** First 1000 failures (all are in IngestItem). */
  failures: { ref: string; reason: string }[];
}

const MAX_FAILURES_KEPT = 1000;

export async function runIngest(
  deps: PipelineDeps,
  runId: string,
  sources: AsyncIterable<IngestSource> | Iterable<IngestSource>,
  hooks: RunHooks = {},
): Promise<RunSummary> {
  const { db, logger } = deps;
  // One unreachable host costs one timeout per run, not one per identifier.
  deps = { ...deps, fetch: withCircuitBreaker(deps.fetch) };
  await db.$transaction([
    db.ingestItem.deleteMany({ where: { runId } }),
    db.ingestRun.update({
      where: { id: runId },
      data: { status: "RUNNING", startedAt: new Date(), finishedAt: null, error: null, total: 0, created: 0, updated: 0, duplicate: 0, failed: 0 },
    }),
  ]);
  const summary: RunSummary = { runId, processed: 0, created: 0, updated: 0, duplicate: 0, failed: 0, failures: [] };
  const progress: RunProgress = { processed: 0, created: 0, updated: 0, duplicate: 0, failed: 0, source: "", sourceIndex: 0, sourceFraction: 0 };
  let batch: PersistEntry[] = [];

  const flush = async () => {
    if (batch.length === 0) return;
    const results = await persistWithFallback(deps, runId, batch);
    batch = [];
    for (const r of results) {
      summary.processed++;
      if (r.outcome === "FAILED") {
        summary.failed++;
        if (summary.failures.length < MAX_FAILURES_KEPT) summary.failures.push({ ref: r.ref, reason: r.reason });
      } else if (r.outcome === "CREATED") summary.created++;
      else if (r.outcome === "UPDATED") summary.updated++;
      else summary.duplicate++;
    }
    Object.assign(progress, { processed: summary.processed, created: summary.created, updated: summary.updated, duplicate: summary.duplicate, failed: summary.failed });
    await hooks.onProgress?.({ ...progress });
  };

  try {
    let seen = 0;
    for await (const source of sources) {
      progress.source = source.name;
      progress.sourceIndex++;
      progress.sourceFraction = 0;
      let first = true;
      for await (const item of parseSource(deps, source)) {
        if (first && item.sourceItems !== undefined) {
          // A whole-parsed file: its item count is known now, so run status can show a real percentage.
          await db.$executeRaw`UPDATE "IngestRun" SET total = GREATEST(total, ${seen + item.sourceItems}) WHERE id = ${runId}`;
        }
        first = false;
        seen++;
        progress.sourceFraction = item.progress ?? progress.sourceFraction;
        if (!item.outcome.ok) {
          batch.push({ ref: item.ref, failure: item.outcome.error });
        } else {
          const n = normalizePaper(item.outcome.paper, item.ref);
          batch.push(n.ok ? { ref: item.ref, paper: n.paper } : { ref: item.ref, failure: n.error, title: item.outcome.paper.title });
        }
        if (batch.length >= deps.batchSize) await flush();
      }
      await flush();
    }
    await flush();
    await db.$transaction([
      db.ingestRun.update({ where: { id: runId }, data: { status: "DONE", finishedAt: new Date() } }),
      // Upload bytes were only needed to run; the items keep what happened to each.
      db.ingestUpload.deleteMany({ where: { runId } }),
    ]);
    logger.info({ runId, created: summary.created, updated: summary.updated, duplicate: summary.duplicate, failed: summary.failed }, "ingest run done");
    return summary;
  } catch (error) {
    logger.error({ runId, err: error }, "ingest run failed");
    await db.ingestRun
      .update({ where: { id: runId }, data: { status: "FAILED", finishedAt: new Date(), error: errorText(error) } })
      .catch((e: unknown) => logger.error({ runId, err: e }, "could not mark the run failed"));
    throw error;
  }
}

/**
 * One bad item must not sink its batch: when a batch transaction fails, each item is retried alone,
 * and an item that still fails is recorded as FAILED with the database's reason. If even recording
 * fails, the database itself is the problem and the run fails (pg-boss retries it).
 */
async function persistWithFallback(deps: PipelineDeps, runId: string, entries: PersistEntry[]): Promise<ItemResult[]> {
  try {
    return await persistBatch(deps.db, runId, entries);
  } catch (error) {
    const papers = entries.filter((e) => "paper" in e);
    if (papers.length <= 1) {
      const results: ItemResult[] = entries.map((e) =>
        "paper" in e
          ? { ref: e.ref, outcome: "FAILED", reason: `could not store: ${errorText(error)}`, title: e.paper.title }
          : { ref: e.ref, outcome: "FAILED", reason: e.failure, title: e.title },
      );
      deps.logger.warn({ runId, err: error, ref: papers[0]?.ref }, "item failed to persist");
      await recordFailures(deps.db, runId, results);
      return results;
    }
    deps.logger.warn({ runId, err: error, items: entries.length }, "batch failed; retrying its items one by one");
    const out: ItemResult[] = [];
    for (const e of entries) out.push(...(await persistWithFallback(deps, runId, [e])));
    return out;
  }
}

function errorText(error: unknown): string {
  const msg = error instanceof Error ? error.message : String(error);
  // Prisma errors carry multi-line context; the last non-empty line holds the reason.
  const lines = msg.split("\n").map((l) => l.trim()).filter(Boolean);
  return (lines[lines.length - 1] ?? "unknown error").slice(0, 500);
}
