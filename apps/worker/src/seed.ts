import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadEnv } from "./env.ts";
import { ingestPaths, type IngestPathsResult } from "./ingest-paths.ts";
import { createLogger, type Logger } from "./logger.ts";

/** The real daily-papers digest shipped with the worker (49 papers), for a non-empty first boot. */
export const DIGEST_SEED_PATH = path.join(path.dirname(fileURLToPath(import.meta.url)), "../seed/daily-papers-digest.txt");

export interface FirstBootOptions {
  /** One-line progress messages for the launcher's console. */
  say?: (message: string) => void;
  logger?: Logger;
  file?: string;
}

/**
 * First boot: ingest the digest unless the database already has papers (or a seed run finished),
 * then drain the outbox so the papers are searchable when this resolves. `vars` is the same variable
 * map the launcher gives the worker (DATABASE_URL, MEILI_HOST, MEILI_MASTER_KEY, MEILI_INDEX_PREFIX…).
 * Equivalent CLI: `tsx apps/worker/src/cli/ingest.ts --seed apps/worker/seed/daily-papers-digest.txt`.
 */
export async function ingestDigestOnFirstBoot(vars: Record<string, string | undefined>, options: FirstBootOptions = {}): Promise<IngestPathsResult> {
  const env = loadEnv(vars);
  const logger = options.logger ?? createLogger(env.LOG_LEVEL ?? "warn", { name: "seed", stderr: true });
  const result = await ingestPaths(env, logger, [options.file ?? DIGEST_SEED_PATH], { source: "seed", onlyIfEmpty: true, index: true });
  const say = options.say ?? (() => undefined);
  if (result.skipped) say("Papers already present; the digest seed was skipped");
  else if (result.summary) {
    const s = result.summary;
    say(`Ingested the papers digest: ${s.created} created, ${s.duplicate + s.updated} already present, ${s.failed} failed`);
    if (result.index && result.index.pending !== 0)
      say(`${result.index.pending} papers are waiting for the search index (${result.index.lastError ?? "Meilisearch unavailable"})`);
  }
  return result;
}
