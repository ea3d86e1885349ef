import pino, { type Logger } from "pino";
import { env } from "../env.ts";

let root: Logger | undefined;

/**
 * The web process's structured logger; request handlers use child loggers carrying a request id.
 * Lines are buffered (up to 4 KB, flushed at least every 250 ms and when the process exits) instead of one
 * write() per line: a line per request was ~5 % of a search's CPU in the web process (bench/RESULTS.md,
 * issue 17.3). A process that cannot run its exit handlers (SIGKILL, out of memory, abort) loses the last
 * quarter second of lines. If whatever reads stdout stops reading, lines beyond 16 MB are dropped rather
 * than held in memory.
 */
export function logger(): Logger {
  root ??= pino(
    { level: env().LOG_LEVEL, base: { service: "web" } },
    pino.destination({ dest: 1, sync: false, minLength: 4096, maxLength: 16 * 1024 * 1024, periodicFlush: 250 }),
  );
  return root;
}
