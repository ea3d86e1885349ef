import type { Db } from "@commonplace/db";
import { ensureIndex, indexHealth, type SearchClient } from "@commonplace/search";
import type { Logger } from "../logger.ts";

// Keeps the live search indexes whole on their own. Meilisearch can lose an index (deleted by hand, a data
// directory lost or restored from an old backup), and the outbox alone cannot bring it back: it only sends
// what changes, and a document written to a missing index makes Meilisearch create one with no settings.
// So the worker looks every SEARCH_INDEX_CHECK_MS: an index missing, or holding fewer papers than
// PostgreSQL has delivered, is rebuilt from PostgreSQL (outbox/reindex.ts, under the reindex lock, so with
// several workers one rebuilds and the others find it done); an index with other settings gets this
// version's settings again. Meanwhile search answers 503 "not ready" for a missing index, and this logs why.

export type IndexRepair = { kind: "rebuild" | "settings"; reason: string };

/**
 * What the live indexes need, or null when they hold what they should. "Delivered" counts every paper
 * without a pending outbox row (read before Meilisearch, so a paper added meanwhile cannot look missing):
 * pending papers may or may not be in the index yet.
 */
export async function indexRepair(db: Db, search: SearchClient): Promise<IndexRepair | null> {
  const [row] = await db.$queryRaw<{ delivered: bigint }[]>`
    SELECT (SELECT count(*) FROM "Paper") - (SELECT count(DISTINCT "paperId") FROM "SearchOutbox" WHERE "processedAt" IS NULL) AS delivered`;
  const delivered = Number(row?.delivered ?? 0);
  const health = await indexHealth(search);
  for (const kind of ["papers", "terms"] as const) {
    const index = health[kind];
    if (!index) return { kind: "rebuild", reason: `the ${kind} index is missing` };
    if (index.documents < delivered) {
      return { kind: "rebuild", reason: `the ${kind} index holds ${index.documents} papers where PostgreSQL has delivered ${delivered}` };
    }
  }
  for (const kind of ["papers", "terms"] as const) {
    if (!health[kind]!.settingsCurrent) return { kind: "settings", reason: `the ${kind} index does not have this version's settings` };
  }
  return null;
}

export interface IndexCheckDeps {
  db: Db;
  search: SearchClient;
  logger: Logger;
  /** Rebuild both indexes from PostgreSQL if `onlyIf` still holds once the reindex lock is held (context.ts rebuildIndexes). */
  rebuild: (onlyIf: () => Promise<boolean>) => Promise<{ indexed: number; skipped?: true }>;
}

/** One look, and the repair it calls for. Resolves to what was done. */
export async function checkIndexes(deps: IndexCheckDeps): Promise<"healthy" | "rebuilt" | "settings" | "skipped"> {
  const { db, search, logger } = deps;
  const repair = await indexRepair(db, search);
  if (!repair) return "healthy";
  if (repair.kind === "settings") {
    logger.warn({ reason: repair.reason }, "search index settings differ: applying this version's");
    await ensureIndex(search);
    return "settings";
  }
  logger.warn({ reason: repair.reason }, "search index incomplete: rebuilding both indexes from PostgreSQL");
  // Looked at again under the lock: another worker (or `npm run reindex`) may have rebuilt them meanwhile.
  const result = await deps.rebuild(async () => (await indexRepair(db, search))?.kind === "rebuild");
  if (result.skipped) return "skipped";
  logger.info({ indexed: result.indexed }, "search indexes rebuilt from PostgreSQL");
  return "rebuilt";
}

/**
 * Checks now and every intervalMs. A check that fails (PostgreSQL or Meilisearch away) is logged once and
 * tried again at the next tick. Returns a function that stops it and waits for a check in progress.
 */
export function startIndexCheck(deps: IndexCheckDeps, intervalMs: number): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  let failing = false;
  let stopped = false;
  const round = () => {
    if (stopped) return;
    running = checkIndexes(deps).then(
      () => {
        if (failing) deps.logger.info("search indexes checked again");
        failing = false;
      },
      (error: unknown) => {
        if (!failing) deps.logger.warn({ err: error }, "could not check the search indexes; trying again at the next check");
        failing = true;
      },
    );
    // The next check starts when this one is over (a rebuild at a million papers takes minutes).
    void running.finally(() => {
      if (stopped) return;
      timer = setTimeout(round, intervalMs);
      timer.unref();
    });
  };
  let timer: NodeJS.Timeout | undefined;
  round();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
