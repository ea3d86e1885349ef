import pg from "pg";
import type { Db } from "@commonplace/db";
import { deleteAbandonedBuilds, reindexPapers, type PaperInput, type RefusedPaper, type SearchClient } from "@commonplace/search";
import type { Logger } from "../logger.ts";
import { REINDEX_LOCK_KEY } from "../pipeline/index.ts";
import { documentInputsAfter } from "../pipeline/document-rows.ts";

// Rebuild the search index from PostgreSQL without downtime: packages/search builds a new index and
// swaps it in. While it runs we hold the reindex lock exclusively, so outbox drains pause instead of
// writing to the old index (those writes would be lost at the swap); the rows they leave pending are
// delivered to the new index right after.

export interface ReindexDeps {
  db: Db;
  search: SearchClient;
  logger: Logger;
  databaseUrl: string;
  pageSize?: number;
  onProgress?: (indexed: number, total: number) => void;
  /** Checked once the lock is held: false skips the rebuild (another process did it meanwhile). */
  onlyIf?: () => Promise<boolean>;
}

export interface ReindexOutcome {
  indexed: number;
  total: number;
  /** Papers left out (see reindexPapers), queued in the outbox: delivery retries them with backoff. */
  refused: RefusedPaper[];
  skipped?: true;
}

export async function reindexFromDatabase(deps: ReindexDeps): Promise<ReindexOutcome> {
  const lock = new pg.Client({ connectionString: deps.databaseUrl, application_name: "commonplace-reindex" });
  await lock.connect();
  try {
    await lock.query("SELECT pg_advisory_lock($1)", [REINDEX_LOCK_KEY.toString()]);
    if (deps.onlyIf && !(await deps.onlyIf())) return { indexed: 0, total: 0, refused: [], skipped: true };
    // Holding the lock, no other rebuild runs: any temporary index left is from one that was killed.
    const abandoned = await deleteAbandonedBuilds(deps.search);
    if (abandoned.length) deps.logger.warn({ abandoned }, "deleted the temporary indexes of a rebuild that never finished");
    const total = await deps.db.paper.count();
    deps.logger.info({ total }, "reindex started");
    const result = await reindexPapers(deps.search, papersFrom(deps.db, deps.pageSize ?? 1000), {
      batchSize: deps.pageSize ?? 1000,
      onProgress: (n) => deps.onProgress?.(n, total),
      // Before the swap, so a failure here leaves the live indexes as they were. As pending outbox rows these
      // papers are not counted as delivered (the index check does not rebuild again for them), and delivery
      // retries each with backoff, logging why.
      beforeSwap: async (refused) => {
        await queueForDelivery(deps.db, refused);
        deps.logger.error({ refused: refused.slice(0, 20), count: refused.length }, "reindex left out papers the search index refused; queued for retry");
      },
    });
    deps.logger.info({ indexed: result.indexed }, "reindex swapped in");
    return { indexed: result.indexed, total, refused: result.refused };
  } finally {
    await lock.query("SELECT pg_advisory_unlock($1)", [REINDEX_LOCK_KEY.toString()]).catch(() => undefined);
    await lock.end().catch(() => undefined);
  }
}

/**
 * Deletes the related-paper lists computed in [from, to) (open ends: unbounded); resolves to how many. After a
 * rebuild, lists computed from the index it replaced may be short (a partial or lost index); the next view of each
 * paper computes its list again (packages/api papers/related).
 */
export async function forgetRelatedLists(db: Db, from?: Date, to?: Date): Promise<number> {
  const computedAt = { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) };
  return (await db.relatedPapers.deleteMany({ where: { computedAt } })).count;
}

/** A pending outbox row for each refused paper that has none yet (a paper refused before usually has one). */
function queueForDelivery(db: Db, refused: RefusedPaper[]) {
  return db.$executeRaw`
    INSERT INTO "SearchOutbox" ("paperId", op, "lastError")
    SELECT r.id, 'upsert', left(r.reason, 1000) FROM unnest(${refused.map((r) => r.id)}::text[], ${refused.map((r) => r.reason)}::text[]) AS r(id, reason)
    WHERE NOT EXISTS (SELECT 1 FROM "SearchOutbox" o WHERE o."paperId" = r.id AND o."processedAt" IS NULL)`;
}

/** Every paper, in id order, a page at a time (keyset pagination: constant memory, no OFFSET scans). */
export async function* papersFrom(db: Db, pageSize: number): AsyncGenerator<PaperInput> {
  let after: string | null = null;
  for (;;) {
    const page = await documentInputsAfter(db, after, pageSize);
    yield* page;
    if (page.length < pageSize) return;
    after = page[page.length - 1]!.id;
  }
}
