import type { Db } from "@commonplace/db";
import { deleteDocuments, ensureIndex, SearchTaskError, toPaperDocument, upsertDocuments, type PaperDocument, type SearchClient } from "@commonplace/search";
import type { Logger } from "../logger.ts";

// Stage 6: SearchOutbox → Meilisearch. Rows are claimed with FOR UPDATE SKIP LOCKED (several workers
// share the work), the papers are loaded as they are NOW (so order among rows does not matter and a
// paper gone from PostgreSQL is deleted from the index), and rows are marked processed only after
// Meilisearch reports the task succeeded. A failed delivery keeps the rows, counts an attempt and
// backs the rows off; nothing is lost while Meilisearch is down, and replaying is harmless (upsert by id).

/** Held exclusively by a reindex; drains take it shared and pause while a reindex builds the new index. */
export const REINDEX_LOCK_KEY = 7_216_660_417n;

export interface DrainDeps {
  db: Db;
  search: SearchClient;
  logger: Logger;
  batchSize: number;
  maxBackoffMs: number;
  /** Shared across drains of one process: settings are applied once, not per batch. */
  state?: { indexReady: boolean };
}

export interface DrainResult {
  claimed: number;
  indexed: number;
  deleted: number;
  /** Rows kept for a retry (Meilisearch unreachable, or a document it rejected). */
  retried: number;
  /** Meilisearch unreachable or erroring as a whole: the caller should back off. */
  transient: boolean;
  /** A reindex holds the lock: nothing was claimed. */
  paused: boolean;
  error?: string;
}

const BASE_BACKOFF_MS = 500;

export async function drainOutboxBatch(deps: DrainDeps, options: { ignoreBackoff?: boolean } = {}): Promise<DrainResult> {
  const { db, search, logger } = deps;
  const state = deps.state ?? { indexReady: false };
  const result: DrainResult = { claimed: 0, indexed: 0, deleted: 0, retried: 0, transient: false, paused: false };
  const timeout = search.taskTimeoutMs * 3 + 30_000;
  return db.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ ok: boolean }[]>`SELECT pg_try_advisory_xact_lock_shared(${REINDEX_LOCK_KEY}) AS ok`;
      if (!lock?.ok) return { ...result, paused: true };
      const ignore = options.ignoreBackoff ?? false;
      const rows = await tx.$queryRaw<{ id: bigint; paperId: string }[]>`
        SELECT id, "paperId" FROM "SearchOutbox"
        WHERE "processedAt" IS NULL AND (${ignore} OR "availableAt" <= now())
        ORDER BY id LIMIT ${deps.batchSize} FOR UPDATE SKIP LOCKED`;
      result.claimed = rows.length;
      if (rows.length === 0) return result;

      const paperIds = [...new Set(rows.map((r) => r.paperId))];
      const papers = await tx.paper.findMany({
        where: { id: { in: paperIds } },
        include: { authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } } },
      });
      const docs: PaperDocument[] = [];
      const rejected = new Map<string, string>();
      for (const p of papers) {
        try {
          docs.push(
            toPaperDocument(paperInputFromRow(p)),
          );
        } catch (error) {
          rejected.set(p.id, errorText(error));
        }
      }
      const found = new Set(papers.map((p) => p.id));
      const gone = paperIds.filter((id) => !found.has(id));

      const idsOf = (pids: Set<string>) => rows.filter((r) => pids.has(r.paperId)).map((r) => r.id.toString());
      const markDone = (ids: string[]) =>
        ids.length ? tx.$executeRaw`UPDATE "SearchOutbox" SET "processedAt" = now() WHERE id = ANY(${ids}::bigint[])` : Promise.resolve(0);
      const backOff = (ids: string[], error: string) =>
        ids.length
          ? tx.$executeRaw`UPDATE "SearchOutbox" SET attempts = attempts + 1, "lastError" = ${error.slice(0, 1000)},
              "availableAt" = now() + least(${deps.maxBackoffMs}::float8, ${BASE_BACKOFF_MS}::float8 * power(2, least(attempts, 20))) * interval '1 millisecond'
              WHERE id = ANY(${ids}::bigint[])`
          : Promise.resolve(0);

      try {
        if (!state.indexReady) {
          await ensureIndex(search);
          state.indexReady = true;
        }
        await upsertDocuments(search, docs);
        await deleteDocuments(search, gone);
        const ok = new Set([...docs.map((d) => d.id), ...gone]);
        await markDone(idsOf(ok));
        result.indexed = docs.length;
        result.deleted = gone.length;
      } catch (error) {
        if (!(error instanceof SearchTaskError)) {
          // Unreachable, timed out, 5xx, bad key: the whole batch waits for the next attempt.
          state.indexReady = false;
          const message = errorText(error);
          await backOff(idsOf(new Set(paperIds)), message);
          logger.warn({ err: error, rows: rows.length }, "search index unavailable; outbox rows kept for retry");
          return { ...result, retried: rows.length, transient: true, error: message };
        }
        // Meilisearch rejected the task: find the documents it refuses, deliver the rest.
        const ok = new Set<string>(gone);
        if (gone.length) await deleteDocuments(search, gone);
        for (const doc of docs) {
          try {
            await upsertDocuments(search, [doc]);
            ok.add(doc.id);
          } catch (single) {
            if (!(single instanceof SearchTaskError)) throw single;
            rejected.set(doc.id, errorText(single));
          }
        }
        await markDone(idsOf(ok));
        result.indexed = docs.length - rejected.size;
        result.deleted = gone.length;
      }
      for (const [paperId, reason] of rejected) {
        await backOff(idsOf(new Set([paperId])), reason);
        logger.error({ paperId, reason }, "search index rejected a paper; will retry with backoff");
      }
      result.retried = idsOf(new Set(rejected.keys())).length;
      return result;
    },
    { maxWait: 20_000, timeout },
  );
}

export async function pendingOutboxCount(db: Db): Promise<number> {
  return db.searchOutbox.count({ where: { processedAt: null } });
}

/** Processed rows are history only; keep a day of it. */
export async function pruneOutbox(db: Db, olderThanMs = 24 * 60 * 60 * 1000): Promise<number> {
  return db.searchOutbox.deleteMany({ where: { processedAt: { lt: new Date(Date.now() - olderThanMs) } } }).then((r) => r.count);
}

function errorText(error: unknown): string {
  const msg = error instanceof Error ? error.message : String(error);
  return msg.split("\n")[0]?.slice(0, 500) || "unknown error";
}

/** A Paper row (authors in order) as the search package's input; shared by the drain and the reindex. */
export function paperInputFromRow(p: {
  id: string; title: string; abstract: string | null; authors: { author: { name: string } }[]; year: number | null;
  publishedAt: Date | null; categories: string[]; source: string; upvoteCount: number; fullText: string | null;
  arxivId: string | null; doi: string | null;
}) {
  return {
    id: p.id,
    title: p.title,
    abstract: p.abstract,
    authors: p.authors.map((a) => a.author.name),
    year: p.year,
    publishedAt: p.publishedAt,
    categories: p.categories,
    source: p.source,
    upvotes: p.upvoteCount,
    fullText: p.fullText,
    arxivId: p.arxivId,
    doi: p.doi,
  };
}
