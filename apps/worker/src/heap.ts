// The V8 heap caps of the platform's long-running Node processes, passed as NODE_OPTIONS by the launcher,
// the container's entrypoint and the benches. (The web app's is here too: this module has no dependencies,
// and the launcher, the Docker bundle and the benches already import it.)
//
// The worker's, passed by the launcher (and the ingest bench) as NODE_OPTIONS.
// Without it V8 sizes the old space from the machine's RAM and lets garbage pile up to ~400 MB
// of heap before collecting; the streaming pipeline's live set stays well under 100 MB (bounded
// batches), so a cap keeps the resident set flat without costing throughput. It is generous
// enough for a PDF upload at the default 50 MB size limit.
export const WORKER_MAX_OLD_SPACE_MB = 320;
// The young generation is capped too: Node 24's V8 sizes its semi-spaces from the machine (64 MB each,
// so a 512 MB heap limit with the same old-space cap); 16 MB is Node 20's default and keeps both at 368 MB.
export const MAX_SEMI_SPACE_MB = 16;
export const WORKER_NODE_OPTIONS = `--max-old-space-size=${WORKER_MAX_OLD_SPACE_MB} --max-semi-space-size=${MAX_SEMI_SPACE_MB}`;

// The production web process (apps/web/server.mjs). Uncapped, V8 sized its heap from the machine and let
// it grow to ~690 MB resident under 16 concurrent searches on 100k papers (558 MB at 10k), though the live
// set is far smaller: capped like this, 365 MB at 100k and 347 MB at 10k for the same load (bench/RESULTS.md,
// issue 17.3). More room than the worker's: the web process also keeps the public cache and rendered pages.
// Not for `next dev`, whose compiler needs far more.
export const WEB_MAX_OLD_SPACE_MB = 384;
export const WEB_NODE_OPTIONS = `--max-old-space-size=${WEB_MAX_OLD_SPACE_MB} --max-semi-space-size=${MAX_SEMI_SPACE_MB}`;

/**
 * NODE_OPTIONS for a capped process: the cap first, then what the environment already had, so an
 * operator's own `--max-old-space-size` (the last one given wins) raises or lowers it.
 */
export function withHeapCap(cap: string, existing: string | undefined): string {
  return [cap, existing].filter(Boolean).join(" ");
}
