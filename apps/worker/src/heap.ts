// The worker's V8 heap cap, passed by the launcher (and the ingest bench) as NODE_OPTIONS.
// Without it V8 sizes the old space from the machine's RAM and lets garbage pile up to ~400 MB
// of heap before collecting; the streaming pipeline's live set stays well under 100 MB (bounded
// batches), so a cap keeps the resident set flat without costing throughput. It is generous
// enough for a PDF upload at the default 50 MB size limit.
export const WORKER_MAX_OLD_SPACE_MB = 320;
// The young generation is capped too: Node 24's V8 sizes its semi-spaces from the machine (64 MB each,
// so a 512 MB heap limit with the same old-space cap); 16 MB is Node 20's default and keeps both at 368 MB.
export const WORKER_MAX_SEMI_SPACE_MB = 16;
export const WORKER_NODE_OPTIONS = `--max-old-space-size=${WORKER_MAX_OLD_SPACE_MB} --max-semi-space-size=${WORKER_MAX_SEMI_SPACE_MB}`;

/** NODE_OPTIONS for a worker process: what the environment already had, plus the heap cap. */
export function workerNodeOptions(existing: string | undefined): string {
  return [existing, WORKER_NODE_OPTIONS].filter(Boolean).join(" ");
}
