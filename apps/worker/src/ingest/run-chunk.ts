import { withCircuitBreaker } from "../pipeline/fetch.ts";
import { AbortBatchError } from "../pipeline/persist.ts";
import { BatchWriter, emptySummary } from "../pipeline/batch-writer.ts";
import type { PipelineDeps } from "../pipeline/run.ts";
import { chunkItems } from "./chunk-source.ts";
import { commitCursor, countItems, finishChunk, releaseChunk, renewLease, type ClaimedChunk } from "./claim.ts";

// One claimed chunk through the pipeline: its items from the committed cursor on, in batches whose
// transactions also commit the cursor (only while this worker holds the lease). The lease is renewed in
// the background; a worker that lost it (it stalled past the lease and another took over) stops at once.

export interface ChunkRunOptions {
  owner: string;
  leaseMs: number;
  /** Checked between items: a stopping worker gives the chunk back after its last committed batch. */
  shouldStop: () => boolean;
}

export type ChunkRunResult = "run-done" | "chunk-done" | "released" | "lost";

class LeaseLost extends AbortBatchError {
  constructor() {
    super("this worker no longer holds the chunk's lease");
  }
}

export async function runChunk(deps: PipelineDeps, chunk: ClaimedChunk, options: ChunkRunOptions): Promise<ChunkRunResult> {
  const { db } = deps;
  const { owner, leaseMs } = options;
  let lost = false;
  const timer = setInterval(
    () => {
      renewLease(db, chunk.id, owner, leaseMs).then(
        (held) => (lost ||= !held),
        (error: unknown) => deps.logger.warn({ err: error, chunk: chunk.id }, "could not renew an ingest lease"),
      );
    },
    Math.max(50, Math.floor(leaseMs / 3)),
  );
  timer.unref();
  const writer = new BatchWriter({ ...deps, fetch: withCircuitBreaker(deps.fetch) }, chunk.runId, emptySummary(chunk.runId), {
    commit: async (tx, cursor) => {
      if (cursor !== undefined && !(await commitCursor(tx, chunk.id, owner, cursor))) throw new LeaseLost();
    },
  });
  try {
    let first = true;
    for await (const item of chunkItems(db, deps, chunk)) {
      if (lost) return "lost";
      if (first && item.sourceItems !== undefined && chunk.items === null) await countItems(db, chunk, item.sourceItems);
      first = false;
      await writer.add(item, item.cursor);
      if (options.shouldStop()) {
        await writer.flush();
        await releaseChunk(db, chunk.id, owner, 0);
        return "released";
      }
    }
    await writer.flush();
    return lost ? "lost" : await finishChunk(db, chunk, owner);
  } catch (error) {
    if (error instanceof LeaseLost) return "lost";
    throw error;
  } finally {
    clearInterval(timer);
  }
}
