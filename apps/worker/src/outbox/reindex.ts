import pg from "pg";
import type { Db } from "@commonplace/db";
import { deleteAbandonedBuilds, reindexPapers, type PaperInput, type SearchClient } from "@commonplace/search";
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

export async function reindexFromDatabase(deps: ReindexDeps): Promise<{ indexed: number; total: number; skipped?: true }> {
  const lock = new pg.Client({ connectionString: deps.databaseUrl, application_name: "commonplace-reindex" });
  await lock.connect();
  try {
    await lock.query("SELECT pg_advisory_lock($1)", [REINDEX_LOCK_KEY.toString()]);
    if (deps.onlyIf && !(await deps.onlyIf())) return { indexed: 0, total: 0, skipped: true };
    // Holding the lock, no other rebuild runs: any temporary index left is from one that was killed.
    const abandoned = await deleteAbandonedBuilds(deps.search);
    if (abandoned.length) deps.logger.warn({ abandoned }, "deleted the temporary indexes of a rebuild that never finished");
    const total = await deps.db.paper.count();
    deps.logger.info({ total }, "reindex started");
    const result = await reindexPapers(deps.search, papersFrom(deps.db, deps.pageSize ?? 1000), {
      batchSize: deps.pageSize ?? 1000,
      onProgress: (n) => deps.onProgress?.(n, total),
    });
    deps.logger.info({ indexed: result.indexed }, "reindex swapped in");
    return { indexed: result.indexed, total };
  } finally {
    await lock.query("SELECT pg_advisory_unlock($1)", [REINDEX_LOCK_KEY.toString()]).catch(() => undefined);
    await lock.end().catch(() => undefined);
  }
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
