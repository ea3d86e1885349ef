import { keywordsToTags } from "@commonplace/catalogue";
import { normalizePaper } from "./normalize.ts";
import { AbortBatchError, persistBatch, recordFailures, type PersistEntry, type Tx } from "./persist.ts";
import type { PipelineDeps, RunSummary } from "./run.ts";
import type { ItemResult, SourcedOutcome } from "./types.ts";

// Stages 4–5 for a stream of parsed items: normalize, gather into batches, persist each batch in one
// transaction (with a fallback to one item at a time), and keep the run's summary. Shared by a whole run
// (the CLI) and by one chunk of a run (the worker), which commits its cursor inside each transaction.

const MAX_FAILURES_KEPT = 1000;

interface Pending {
  entry: PersistEntry;
  /** Where the reader resumes once this item is committed (chunks only). */
  cursor?: number;
}

/** Called in each committing transaction with the cursor after its last item (undefined for whole runs). */
export type CommitHook = (tx: Tx, cursor: number | undefined) => Promise<void>;

export function emptySummary(runId: string): RunSummary {
  return { runId, processed: 0, created: 0, updated: 0, duplicate: 0, failed: 0, failures: [] };
}

export class BatchWriter {
  private batch: Pending[] = [];

  constructor(
    private readonly deps: PipelineDeps,
    private readonly runId: string,
    readonly summary: RunSummary,
    private readonly hooks: { commit?: CommitHook; flushed?: () => void | Promise<void> } = {},
  ) {}

  async add(item: SourcedOutcome, cursor?: number): Promise<void> {
    if (!item.outcome.ok) {
      this.batch.push({ entry: { ref: item.ref, failure: item.outcome.error }, cursor });
    } else {
      const n = normalizePaper(item.outcome.paper, item.ref);
      // Keywords read structurally: the parsers' records carry them as `keywords` (issue 15.3).
      const keywords = keywordsToTags((item.outcome.paper as { keywords?: string[] }).keywords);
      const entry: PersistEntry = n.ok ? { ref: item.ref, paper: n.paper, keywords } : { ref: item.ref, failure: n.error, title: item.outcome.paper.title };
      this.batch.push({ entry, cursor });
    }
    if (this.batch.length >= this.deps.batchSize) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const results = await this.persist(this.batch);
    this.batch = [];
    const s = this.summary;
    for (const r of results) {
      s.processed++;
      if (r.outcome === "FAILED") {
        s.failed++;
        if (s.failures.length < MAX_FAILURES_KEPT) s.failures.push({ ref: r.ref, reason: r.reason });
      } else if (r.outcome === "CREATED") s.created++;
      else if (r.outcome === "UPDATED") s.updated++;
      else s.duplicate++;
    }
    await this.hooks.flushed?.();
  }

  /**
   * One bad item must not sink its batch: when a batch transaction fails, each item is retried alone,
   * and an item that still fails is recorded as FAILED with the database's reason. If even recording
   * fails, the database itself is the problem and the error propagates (the run or chunk is retried).
   */
  private async persist(items: Pending[]): Promise<ItemResult[]> {
    const { db, logger } = this.deps;
    const entries = items.map((i) => i.entry);
    const commit = this.hooks.commit;
    const inTx = commit ? (tx: Tx) => commit(tx, items[items.length - 1]!.cursor) : undefined;
    try {
      return await persistBatch(db, this.runId, entries, inTx);
    } catch (error) {
      if (error instanceof AbortBatchError) throw error;
      const papers = entries.filter((e) => "paper" in e);
      if (papers.length <= 1) {
        const results: ItemResult[] = entries.map((e) =>
          "paper" in e
            ? { ref: e.ref, outcome: "FAILED", reason: `could not store: ${errorText(error)}`, title: e.paper.title }
            : { ref: e.ref, outcome: "FAILED", reason: e.failure, title: e.title },
        );
        logger.warn({ runId: this.runId, err: error, ref: papers[0]?.ref }, "item failed to persist");
        await recordFailures(db, this.runId, results, inTx);
        return results;
      }
      logger.warn({ runId: this.runId, err: error, items: entries.length }, "batch failed; retrying its items one by one");
      const out: ItemResult[] = [];
      for (const item of items) out.push(...(await this.persist([item])));
      return out;
    }
  }
}

export function errorText(error: unknown): string {
  const msg = error instanceof Error ? error.message : String(error);
  // Prisma errors carry multi-line context; the last non-empty line holds the reason.
  const lines = msg
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  return (lines[lines.length - 1] ?? "unknown error").slice(0, 500);
}
