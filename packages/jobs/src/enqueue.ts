import type { Boss } from "./boss.ts";
import { JOB } from "./names.ts";
import { drainOutboxPayloadSchema, ingestRunPayloadSchema, type DrainOutboxPayload, type IngestRunPayload } from "./payloads.ts";

/**
 * Queue an ingest run. The IngestRun row (and its uploads) must already exist: see createIngestRun.
 * Returns the job id, or null when this run is already queued (the queue is stately per run id).
 */
export async function enqueueIngestRun(boss: Boss, payload: IngestRunPayload): Promise<string | null> {
  const data = ingestRunPayloadSchema.parse(payload);
  return boss.send(JOB.ingestRun, data, { singletonKey: data.runId });
}

/** Ask a worker to drain the search outbox now; returns null when a drain is already queued. */
export async function enqueueDrainOutbox(boss: Boss, payload: DrainOutboxPayload = {}): Promise<string | null> {
  return boss.send(JOB.drainOutbox, drainOutboxPayloadSchema.parse(payload));
}
