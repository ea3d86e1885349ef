// Child process for the ingest bench: the worker's own ingest path (what `npm run ingest -- file`
// runs: ingestPaths → runIngest → drainAll to Meilisearch), in a process of its own so its peak
// memory is the worker's, not the bench's. Configuration arrives through the environment.
import { readFileSync } from "node:fs";
import { createLogger, ingestPaths, loadEnv } from "@commonplace/worker";

function vmHwmKb(): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

const file = process.argv[2];
if (!file) throw new Error("usage: ingest-child <file.jsonl> [--no-index]");
const env = loadEnv();
const logger = createLogger("warn", { name: "bench-ingest", stderr: true });
const started = performance.now();
const result = await ingestPaths(env, logger, [file], { source: "bench", index: !process.argv.includes("--no-index") });
const ms = performance.now() - started;
const report = {
  ms,
  exitCode: result.exitCode,
  summary: result.summary && { ...result.summary, failures: result.summary.failures.slice(0, 5) },
  index: result.index,
  vmHwmKb: vmHwmKb(),
  heapUsedMb: process.memoryUsage().heapUsed / 1048576,
};
process.send?.(report);
process.disconnect?.();
