// Ingest files, URLs, arXiv ids and DOIs in-process (no queue, no running worker needed):
//   tsx apps/worker/src/cli/ingest.ts papers.bib snapshot.jsonl 2401.01234 10.1145/3292500.3330701
// Options: --seed (first boot: skip when the database already has papers), --no-index (leave indexing
// to a running worker). Exit code: 0 ok, 1 some item failed, 2 usage/config error, 3 not yet searchable.
import { loadEnvOrExit } from "../env.ts";
import { createLogger } from "../logger.ts";
import { ingestPaths } from "../ingest-paths.ts";

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith("--")));
const inputs = args.filter((a) => !a.startsWith("--"));
const known = new Set(["--seed", "--no-index", "--help"]);
const unknown = [...flags].filter((f) => !known.has(f));

if (flags.has("--help") || inputs.length === 0 || unknown.length) {
  if (unknown.length) process.stderr.write(`Unknown option(s): ${unknown.join(", ")}\n`);
  process.stderr.write("Usage: ingest [--seed] [--no-index] <file | URL | arXiv id | DOI> ...\n");
  process.exit(flags.has("--help") && !unknown.length ? 0 : 2);
}

const env = loadEnvOrExit(undefined, 2);
const logger = createLogger(env.LOG_LEVEL ?? "warn", { name: "ingest", stderr: true });
const result = await ingestPaths(env, logger, inputs, {
  source: flags.has("--seed") ? "seed" : "cli",
  onlyIfEmpty: flags.has("--seed"),
  index: !flags.has("--no-index"),
  progress: process.stderr,
  report: process.stdout,
}).catch((error: unknown) => {
  process.stderr.write(`ingest failed: ${error instanceof Error ? error.message : String(error)}\n`);
  return { exitCode: 1 };
});
process.exitCode = result.exitCode;
