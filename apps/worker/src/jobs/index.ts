import { drainOutboxJob } from "./drain-outbox.ts";
import { ingestRunJob } from "./ingest-run.ts";
import type { JobDefinition } from "./types.ts";

/** Every job this worker handles; main.ts registers each with pg-boss. */
export const JOBS: JobDefinition[] = [ingestRunJob as unknown as JobDefinition, drainOutboxJob as unknown as JobDefinition];

export type { JobContext, JobDefinition } from "./types.ts";
