import type { Db } from "@commonplace/db";
import type { Boss, JobName } from "@commonplace/jobs";
import type { SearchClient } from "@commonplace/search";
import type { z } from "zod";
import type { Env } from "../env.ts";
import type { Logger } from "../logger.ts";
import type { OutboxDrainer } from "../outbox/drainer.ts";

export interface JobContext {
  env: Env;
  db: Db;
  search: SearchClient;
  boss: Boss;
  drainer: OutboxDrainer;
  /** Child logger carrying the job name and id. */
  logger: Logger;
  jobId: string;
}

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
