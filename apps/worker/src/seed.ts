import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Env } from "./env.ts";
import { ingestPaths, type IngestPathsResult } from "./ingest-paths.ts";
import type { Logger } from "./logger.ts";

/** The real daily-papers digest shipped with the worker (49 papers), for a non-empty first boot. */
export const DIGEST_SEED_PATH = path.join(path.dirname(fileURLToPath(import.meta.url)), "../seed/daily-papers-digest.txt");

/**
 * First boot: ingest the digest unless the database already has papers (or a seed run finished),
 * then drain the outbox so the papers are searchable. The launcher may instead run
 * `tsx apps/worker/src/cli/ingest.ts --seed apps/worker/seed/daily-papers-digest.txt`.
 */
export async function ingestDigestOnFirstBoot(env: Env, logger: Logger, file = DIGEST_SEED_PATH): Promise<IngestPathsResult> {
  return ingestPaths(env, logger, [file], { source: "seed", onlyIfEmpty: true, index: true });
}
