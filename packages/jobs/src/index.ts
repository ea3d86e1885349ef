// @commonplace/jobs — queue names, payload schemas and typed enqueue helpers. The API enqueues
// through this package without importing the worker; the worker registers handlers for the same names.
export { JOB, QUEUES, OUTBOX_CHANNEL, type JobName } from "./names.ts";
export {
  PAYLOADS,
  ingestInputSchema,
  ingestRunPayloadSchema,
  drainOutboxPayloadSchema,
  type IngestInput,
  type IngestRunPayload,
  type DrainOutboxPayload,
  type PayloadOf,
} from "./payloads.ts";
export { createBoss, startBoss, stopBoss, type Boss, type CreateBossOptions } from "./boss.ts";
export { enqueueIngestRun, enqueueDrainOutbox } from "./enqueue.ts";
export {
  createIngestRun,
  getIngestRun,
  UploadTooLargeError,
  type NewIngestRun,
  type CreateIngestRunOptions,
  type UploadedFile,
  type IngestRunStatus,
} from "./ingest-runs.ts";
