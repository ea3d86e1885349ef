import type { Db } from "@commonplace/db";
import type { Boss, JobName } from "@commonplace/jobs";
import type { SearchClient } from "@commonplace/search";
import type { z } from "zod";
import type { Env } from "../env.ts";
import type { Logger } from "../logger.ts";
import type { IngestChunkWorker } from "../ingest/chunk-worker.ts";
import type { OutboxDrainer } from "../outbox/drainer.ts";

export interface JobContext {
  env: Env;
  db: Db;
  search: SearchClient;
  boss: Boss;
  drainer: OutboxDrainer;
  /** This worker's ingest chunk loops, and how runs are split. */
  ingest: { worker: IngestChunkWorker; options: IngestOptions };
  /** Child logger carrying the job name and id. */
  logger: Logger;
  jobId: string;
}

export interface IngestOptions {
  /** A .jsonl source larger than this is split into byte ranges of about this size. */
  chunkBytes: number;
  /** How long a chunk's lease lasts without renewal: a dead worker's chunk is taken over after it. */
  leaseMs: number;
  /** How often idle chunk loops look for work. */
  pollMs: number;
}

export const DEFAULT_INGEST_OPTIONS: IngestOptions = { chunkBytes: 4 * 1024 * 1024, leaseMs: 15_000, pollMs: 2_000 };

/** One file per job: its queue name, the zod schema its payload is parsed with on dequeue, the handler. */
export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  name: JobName;
  schema: S;
  /** Workers per process for this queue. */
  concurrency: (env: Env) => number;
  handle(payload: z.infer<S>, ctx: JobContext): Promise<unknown>;
}

export function defineJob<S extends z.ZodType>(def: JobDefinition<S>): JobDefinition<S> {
  return def;
}
