import type { Db } from "@commonplace/db";
import type { Logger } from "../logger.ts";
import type { PipelineDeps } from "../pipeline/run.ts";
import { errorText } from "../pipeline/batch-writer.ts";
import { claimChunk, failChunk, releaseChunk, type ClaimedChunk } from "./claim.ts";
import { runChunk } from "./run-chunk.ts";

// The worker's share of queued ingest runs: `slots` loops, each claiming one chunk at a time, from any
// run, on any worker's behalf. Idle loops look again every pollMs (or when kicked: a new run on this
// worker, a chunk finished); so the chunks of a worker that died are taken over within lease + poll.

export interface IngestWorkerOptions {
  /** This worker's id (the lease owner). */
  owner: string;
  slots: number;
  leaseMs: number;
  pollMs: number;
}

const describe = (chunk: ClaimedChunk) => ("name" in chunk.source ? `${chunk.source.name} (part ${chunk.position + 1})` : `part ${chunk.position + 1}`);

/** A chunk failing this many times (errors or takeovers of a dead worker) fails its run. */
const MAX_ATTEMPTS = 5;

export class IngestChunkWorker {
  private stopped = false;
  private loops: Promise<void>[] = [];
  private readonly wakers = new Set<() => void>();

  constructor(
    private readonly deps: PipelineDeps,
    private readonly options: IngestWorkerOptions,
    private readonly onRunDone: (runId: string) => void = () => {},
  ) {}

  start(): void {
    for (let i = 0; i < Math.max(1, this.options.slots); i++) this.loops.push(this.loop());
  }

  /** Look for chunks now. */
  kick(): void {
    for (const wake of [...this.wakers]) wake();
  }

  /** Stops claiming; chunks in progress are given back after their current batch. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.kick();
    await Promise.all(this.loops);
  }

  private get db(): Db {
    return this.deps.db;
  }

  private get logger(): Logger {
    return this.deps.logger;
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      const worked = await this.once().catch((error: unknown) => {
        this.logger.error({ err: error }, "ingest chunk loop failed");
        return false;
      });
      if (!worked && !this.stopped) await this.idle();
    }
  }

  private idle(): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.wakers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, this.options.pollMs);
      this.wakers.add(wake);
    });
  }

  /** Claims and runs one chunk; false when there was none. */
  private async once(): Promise<boolean> {
    const { owner, leaseMs } = this.options;
    const chunk = await claimChunk(this.db, owner, leaseMs);
    if (!chunk) return false;
    const log = this.logger.child({ runId: chunk.runId, chunk: chunk.position });
    if (chunk.takeover) log.warn({ cursor: chunk.cursor, attempts: chunk.attempts }, "resuming an ingest chunk whose worker stopped renewing its lease");
    if (chunk.attempts >= MAX_ATTEMPTS) {
      await failChunk(this.db, chunk, owner, `gave up on ${describe(chunk)} after ${chunk.attempts} attempts`);
      log.error("ingest chunk failed too often; the run fails");
      return true;
    }
    try {
      const result = await runChunk({ ...this.deps, logger: log }, chunk, { owner, leaseMs, shouldStop: () => this.stopped });
      log.info({ result }, "ingest chunk finished");
      if (result === "run-done") {
        log.info("ingest run done");
        this.onRunDone(chunk.runId);
      }
    } catch (error) {
      // The database or a source failed as a whole: another attempt later, by any worker.
      const last = chunk.attempts + 1 >= MAX_ATTEMPTS;
      log.error({ err: error }, last ? "ingest chunk failed too often; the run fails" : "ingest chunk failed; it will be retried");
      if (last) await failChunk(this.db, chunk, owner, errorText(error)).catch(() => undefined);
      else await releaseChunk(this.db, chunk.id, owner, 5000 * (chunk.attempts + 1), errorText(error)).catch(() => undefined);
    }
    return true;
  }
}
