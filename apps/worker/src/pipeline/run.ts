import type { Db } from "@commonplace/db";
import type { Logger } from "../logger.ts";
import { BatchWriter, emptySummary, errorText } from "./batch-writer.ts";
import { withCircuitBreaker } from "./fetch.ts";
import { parseSource, type ParseDeps } from "./parse.ts";
import type { IngestSource } from "./types.ts";

// The ingest pipeline end to end for one IngestRun, in one process: fetch (sources) → parse → normalize →
// batches of dedupe + persist. Used in-process by the ingest CLI and first boot; the worker runs a queued
// run in leased chunks instead (../ingest/). Re-running a run starts its counters and items afresh;
// papers are idempotent anyway.

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
  const summary = emptySummary(runId);
  const progress: RunProgress = { processed: 0, created: 0, updated: 0, duplicate: 0, failed: 0, source: "", sourceIndex: 0, sourceFraction: 0 };
  const writer = new BatchWriter(deps, runId, summary, {
    flushed: async () => {
      Object.assign(progress, {
        processed: summary.processed,
        created: summary.created,
        updated: summary.updated,
        duplicate: summary.duplicate,
        failed: summary.failed,
      });
      await hooks.onProgress?.({ ...progress });
    },
  });

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
        await writer.add(item);
      }
      await writer.flush();
    }
    await writer.flush();
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
