import type { Db } from "@commonplace/db";
import { ensureIndex, indexHealth, type SearchClient } from "@commonplace/search";
import type { Logger } from "../logger.ts";
import { startPeriodic } from "../periodic.ts";
import { forgetRelatedLists } from "./reindex.ts";

// Keeps the live search indexes whole on their own. Meilisearch can lose an index (deleted by hand, its data
// directory lost), and the outbox alone cannot bring it back: it only sends what changes, and a document
// written to a missing index makes Meilisearch create one with default settings. So the worker looks every
// SEARCH_INDEX_CHECK_MS: an index missing, or holding fewer papers than PostgreSQL has delivered to it, is
// rebuilt from PostgreSQL (outbox/reindex.ts, under the reindex lock, so with several workers one rebuilds
// and the others find it done); an index with other settings gets this version's settings again. Counts
// catch a lost or emptied index, not one restored from a backup that happens to hold as many papers.
// While an index is missing search answers 503 "not ready"; the worker logs which index is incomplete.

export type IndexRepair = { kind: "rebuild" | "settings"; reason: string };

/**
 * What the live indexes need, or null when they hold what they should. "Delivered" counts every paper
 * without a pending outbox row (read before Meilisearch, so a paper added meanwhile cannot look missing):
 * pending papers may or may not be in the index yet.
 */
export async function indexRepair(db: Db, search: SearchClient): Promise<IndexRepair | null> {
  const [row] = await db.$queryRaw<{ delivered: bigint }[]>`
    SELECT count(*) AS delivered FROM "Paper" p
    WHERE NOT EXISTS (SELECT 1 FROM "SearchOutbox" o WHERE o."paperId" = p.id AND o."processedAt" IS NULL)`;
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

/**
 * One look, and the repair it calls for. Resolves to what was done. `wholeSince`: when the indexes were last found
 * whole (undefined: not known). Related-paper lists computed after it may come from a partial index (a delivery
 * re-creates a lost index holding only the new papers, and search answers from it until the rebuild): after a
 * rebuild they are deleted (every list, when not known), and the next view of each paper computes its list again
 * (packages/api papers/related), instead of keeping a short list for the cache's 24 hours.
 */
export async function checkIndexes(deps: IndexCheckDeps, wholeSince?: Date): Promise<"healthy" | "rebuilt" | "settings" | "skipped"> {
  const { db, search, logger } = deps;
  const repair = await indexRepair(db, search);
  if (!repair) return "healthy";
  if (repair.kind === "settings") {
    logger.warn({ reason: repair.reason }, "search index settings differ: applying this version's");
    await ensureIndex(search);
    return "settings";
  }
  // Looked at again under the lock: another worker (or `npm run reindex`) may have rebuilt them meanwhile, and a
  // paper merged away between the two reads of the first look can make an index look one short for a moment.
  const result = await deps.rebuild(async () => {
    const confirmed = await indexRepair(db, search);
    if (confirmed?.kind !== "rebuild") return false;
    logger.warn({ reason: confirmed.reason }, "search index incomplete: rebuilding both indexes from PostgreSQL");
    return true;
  });
  if (result.skipped) return "skipped";
  const forgotten = await forgetRelatedLists(db, wholeSince);
  logger.info({ indexed: result.indexed, relatedListsForgotten: forgotten }, "search indexes rebuilt from PostgreSQL");
  return "rebuilt";
}

/** Longest wait between checks after failures (a rebuild that keeps failing is tried again at most this often). */
export const MAX_CHECK_BACKOFF_MS = 30 * 60 * 1000;

/**
 * Checks now, then every intervalMs. A failed check or rebuild (PostgreSQL or Meilisearch away, Meilisearch's
 * disk full) is logged each time with its cause, and tried again after a wait that doubles with each failure
 * in a row (up to MAX_CHECK_BACKOFF_MS): a full rebuild holds the reindex lock, pausing deliveries, so one
 * that cannot succeed must not run back to back. Returns a function that stops the checks; it waits up to
 * `stopWaitMs` for a check in progress (a rebuild at a million papers takes minutes; one stopped midway leaves
 * temporary indexes that the next rebuild deletes).
 */
export function startIndexCheck(deps: IndexCheckDeps, intervalMs: number, stopWaitMs = 5_000): () => Promise<void> {
  // Not known before this process's first look (another worker may have delivered into a partial index already).
  let wholeSince: Date | undefined;
  // After a rebuild, the lists it forgot are swept once more at the next whole look: a computation that read the
  // partial index before the swap may have written its list after the rebuild's sweep.
  let sweepAgain: { from?: Date; to: Date } | undefined;
  return startPeriodic(
    async () => {
      const started = new Date();
      const since = wholeSince;
      const outcome = await checkIndexes(deps, since);
      if (outcome === "healthy" && sweepAgain) {
        await forgetRelatedLists(deps.db, sweepAgain.from, sweepAgain.to);
        sweepAgain = undefined;
      }
      // Found whole when the look began; rebuilt, whole from now (lists made until now were just deleted).
      if (outcome === "rebuilt") {
        wholeSince = new Date();
        sweepAgain = { from: since, to: wholeSince };
      } else if (outcome !== "skipped") wholeSince = started;
    },
    {
      intervalMs,
      maxBackoffMs: MAX_CHECK_BACKOFF_MS,
      stopWaitMs,
      onSuccess: (_, failures) => {
        if (failures) deps.logger.info("search indexes checked again");
      },
      onFailure: (error, failures) => deps.logger.error({ err: error, failures }, "search index check or rebuild failed; trying again later"),
    },
  );
}
