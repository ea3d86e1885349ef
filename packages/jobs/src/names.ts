// Queue names are part of the contract between the API (producer) and the worker (consumer):
// both import them from here, so a rename is one edit.
export const JOB = {
  /** Run the ingest pipeline for one IngestRun (uploads stored in IngestUpload, identifiers or server paths). */
  ingestRun: "ingest.run",
  /** Push pending SearchOutbox rows to Meilisearch now (the worker also drains on NOTIFY and on a timer). */
  drainOutbox: "search.drain-outbox",
} as const;

export type JobName = (typeof JOB)[keyof typeof JOB];

/** Per-queue pg-boss settings; ingest is idempotent, so retrying a run that died half-way is safe. */
export const QUEUES: Record<
  JobName,
  { policy: "standard" | "stately"; retryLimit: number; retryDelay: number; retryBackoff: boolean; expireInSeconds: number }
> = {
  // stately + singletonKey = runId: one run is never queued twice. The job only splits the run into
  // chunks (the worker's chunk loops lease and run those), so it is short.
  [JOB.ingestRun]: { policy: "stately", retryLimit: 2, retryDelay: 30, retryBackoff: true, expireInSeconds: 5 * 60 },
  // stately: at most one queued and one active drain request; more would only repeat the same work.
  [JOB.drainOutbox]: { policy: "stately", retryLimit: 1, retryDelay: 5, retryBackoff: false, expireInSeconds: 15 * 60 },
};

/** Postgres NOTIFY channel: persist signals it in the paper's transaction so drainers wake at commit. */
export const OUTBOX_CHANNEL = "search_outbox";
