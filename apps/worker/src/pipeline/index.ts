import { Prisma, type Db } from "@commonplace/db";
import {
  awaitTask,
  deleteDocuments,
  enqueueDelete,
  enqueueUpsert,
  ensureIndex,
  isRefusedDocuments,
  termsIndexMissing,
  SearchTaskError,
  toPaperDocument,
  upsertSkippingRefused,
  type PaperDocument,
  type SearchClient,
} from "@commonplace/search";
import type { Logger } from "../logger.ts";
import { errorText } from "./batch-writer.ts";
import { documentInputsByIds } from "./document-rows.ts";

// Stage 6: SearchOutbox → Meilisearch. Rows are claimed with FOR UPDATE SKIP LOCKED (several workers
// share the work), the papers are loaded as they are NOW (so order among rows does not matter and a
// paper gone from PostgreSQL is deleted from the index), and rows are marked processed only after
// Meilisearch reports the task succeeded (waited for outside the claiming transaction). A failed delivery keeps the rows and counts an attempt
// (a rejected document backs its row off; an unreachable Meilisearch is waited out by the drainer, which
// probes its health); nothing is lost while Meilisearch is down, and replaying is harmless (upsert by id).

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
  /**
   * Rebuilds both search indexes from PostgreSQL (outbox/reindex.ts), when a papers index has no terms index
   * beside it (settings.ts termsIndexMissing). Without it such a drain fails like an outage until someone reindexes.
   */
  rebuildIndexes?: () => Promise<unknown>;
  /** Batches a pipelined drain keeps pending in Meilisearch at once (default DEFAULT_IN_FLIGHT). */
  inFlight?: number;
  /**
   * How long claimed rows stay leased to this drain (default DEFAULT_LEASE_MS). The lease is renewed
   * while their tasks are awaited (renewLeases), so a live drain keeps its rows however slow
   * Meilisearch is, and the rows of a worker that died are free for others soon after.
   */
  leaseMs?: number;
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

/** A drain that delivered nothing (yet), with `fields` set. */
export const emptyDrain = (fields: Partial<DrainResult> = {}): DrainResult => ({
  claimed: 0,
  indexed: 0,
  deleted: 0,
  retried: 0,
  transient: false,
  paused: false,
  ...fields,
});

const BASE_BACKOFF_MS = 500;
/** Deliveries kept in flight by a pipelined drain (each is one claimed batch of rows). */
export const DEFAULT_IN_FLIGHT = 6;
export const DEFAULT_LEASE_MS = 15_000;

type Exec = Pick<Prisma.TransactionClient, "$executeRaw" | "$queryRaw">;
type RowRef = { id: bigint; paperId: string };

/** A claimed batch whose Meilisearch tasks are enqueued but not yet confirmed. */
interface Flight {
  rows: RowRef[];
  paperIds: string[];
  tasks: { uid: number; what: string }[];
  docIds: string[];
  gone: string[];
  /** Papers whose document could not even be built (bad id…). */
  rejected: Map<string, string>;
}

/**
 * Claim one batch, send it, and wait until Meilisearch has applied it (the unit tests and the reindex
 * test use this; the drainer and drainAll use drainPipelined, which keeps several batches in flight).
 */
export async function drainOutboxBatch(deps: DrainDeps, options: { ignoreBackoff?: boolean } = {}): Promise<DrainResult> {
  const sent = await claimOutboxBatch(deps, { ignoreBackoff: options.ignoreBackoff ?? false, exclude: [] });
  const flight = sent.flight;
  if (!flight) return sent.result;
  return withLeaseRenewal(
    deps,
    () => flight.rows.map((r) => r.id),
    () => settle(deps, flight),
  );
}

/**
 * Moves the lease of the unprocessed rows among `ids` with less than half of `leaseMs` left to `leaseMs`
 * ahead; returns how many it renewed. Renewal runs every quarter of the lease, so a row is rewritten about
 * every other tick instead of on each (a bulk ingest keeps 60,000 rows in flight), and a renewal may come
 * half a lease late before the lease runs out. It skips rows another statement holds locked (a flight
 * being marked done or released) instead of waiting for them: renewing every in-flight row in one
 * statement while a flight marked its own rows done, each locking in its own order, deadlocked at 1M
 * papers (and the flight's rows were sent again).
 */
export function renewLeases(db: Exec, ids: readonly bigint[], leaseMs: number): Promise<number> {
  if (ids.length === 0) return Promise.resolve(0);
  return db.$executeRaw`UPDATE "SearchOutbox" SET "availableAt" = now() + ${leaseMs}::float8 * interval '1 millisecond'
    WHERE id IN (SELECT id FROM "SearchOutbox" WHERE id = ANY(${ids.map(String)}::bigint[]) AND "processedAt" IS NULL
      AND "availableAt" < now() + ${leaseMs / 2}::float8 * interval '1 millisecond' FOR UPDATE SKIP LOCKED)`;
}

/** While `work` runs, renews the lease of the rows `ids()` names (those still unprocessed). */
async function withLeaseRenewal<T>(deps: DrainDeps, ids: () => bigint[], work: () => Promise<T>): Promise<T> {
  const leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
  const timer = setInterval(
    () => void renewLeases(deps.db, ids(), leaseMs).catch((error: unknown) => deps.logger.warn({ err: error }, "could not renew outbox leases")),
    Math.max(50, Math.floor(leaseMs / 4)),
  );
  timer.unref();
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}

/**
 * Drain batch after batch with up to `inFlight` deliveries pending in Meilisearch at once: it indexes
 * tasks queued back to back as one batch, so this is several times faster than one batch at a time.
 * Row locks are held only while claiming and sending; the claimed rows are leased (availableAt moved
 * leaseMs ahead, renewed while their tasks are awaited) so other drainers skip them, and are marked processed when their task
 * succeeded, or backed off when it did not. Stops at the first short claim, pause or failure.
 */
export async function drainPipelined(
  deps: DrainDeps,
  options: {
    ignoreBackoff?: boolean;
    inFlight?: number;
    shouldStop?: () => boolean;
    /** Claim only while a whole batch is waiting (bulk ingests: fewer, larger Meilisearch tasks). */
    fullBatchesOnly?: boolean;
  } = {},
): Promise<DrainResult> {
  const total = emptyDrain();
  const add = (r: DrainResult) => {
    total.claimed += r.claimed;
    total.indexed += r.indexed;
    total.deleted += r.deleted;
    total.retried += r.retried;
    total.transient ||= r.transient;
    total.paused ||= r.paused;
    if (r.error) total.error = r.error;
  };
  const depth = Math.max(1, options.inFlight ?? deps.inFlight ?? DEFAULT_IN_FLIGHT);
  const pending: Promise<DrainResult>[] = [];
  const inFlightIds = new Set<bigint>();
  return withLeaseRenewal(
    deps,
    () => [...inFlightIds],
    async () => {
      try {
        while (!total.transient && !options.shouldStop?.()) {
          if (options.fullBatchesOnly && !(await pendingAtLeast(deps.db, deps.batchSize, [...inFlightIds]))) break;
          const sent = await claimOutboxBatch(deps, { ignoreBackoff: options.ignoreBackoff ?? false, exclude: [...inFlightIds] });
          if (!sent.flight) {
            add(sent.result);
            break;
          }
          const flight = sent.flight;
          for (const r of flight.rows) inFlightIds.add(r.id);
          const delivery = settle(deps, flight).finally(() => {
            for (const r of flight.rows) inFlightIds.delete(r.id);
          });
          // Awaited in order below; a later delivery failing first must not be an unhandled rejection.
          delivery.catch(() => undefined);
          pending.push(delivery);
          if (flight.rows.length < deps.batchSize) break;
          while (pending.length >= depth) add(await pending.shift()!);
        }
      } finally {
        // Every delivery sent is confirmed (or backed off) before returning, even when claiming threw.
        for (const r of await Promise.allSettled(pending)) {
          if (r.status === "fulfilled") add(r.value);
          else throw r.reason;
        }
      }
      return total;
    },
  );
}

/**
 * The first half of a delivery: claim a batch, send it to Meilisearch, lease the rows. A worker that
 * dies after this leaves its rows leased for at most the lease (tests use it to play that worker).
 */
export async function claimOutboxBatch(
  deps: DrainDeps,
  options: { ignoreBackoff: boolean; exclude: bigint[] },
): Promise<{ result: DrainResult; flight?: Flight }> {
  const { db, search, logger } = deps;
  const state = (deps.state ??= { indexReady: false });
  const result = emptyDrain();
  const timeout = search.taskTimeoutMs + 30_000;
  const leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
  const exclude = options.exclude.map(String);
  // Indexes written by a version without the terms index are rebuilt first (outside the transaction: it takes
  // the reindex lock exclusively, and minutes at a million papers); a failure is logged and retried like an outage.
  // (A check that fails, Meilisearch unreachable, is left to ensureIndex below, which records it on the claimed rows.)
  if (!state.indexReady && deps.rebuildIndexes && (await termsIndexMissing(search).catch(() => false))) {
    try {
      logger.warn("the search index has no terms index beside it (written by an older version): rebuilding both from PostgreSQL");
      await deps.rebuildIndexes();
    } catch (error) {
      logger.warn({ err: error }, "could not rebuild the search indexes; retrying later");
      return { result: { ...result, transient: true, error: errorText(error) } };
    }
  }
  return db.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ ok: boolean }[]>`SELECT pg_try_advisory_xact_lock_shared(${REINDEX_LOCK_KEY}) AS ok`;
      if (!lock?.ok) return { result: { ...result, paused: true } };
      const rows = await tx.$queryRaw<RowRef[]>`
        SELECT id, "paperId" FROM "SearchOutbox"
        WHERE "processedAt" IS NULL AND (${options.ignoreBackoff} OR "availableAt" <= now())
          AND NOT (id = ANY(${exclude}::bigint[]))
        ORDER BY id LIMIT ${deps.batchSize} FOR UPDATE SKIP LOCKED`;
      result.claimed = rows.length;
      if (rows.length === 0) return { result };
      const paperIds = [...new Set(rows.map((r) => r.paperId))];
      const { docs, gone, rejected } = await loadDocuments(tx, paperIds);
      const flight: Flight = { rows, paperIds, tasks: [], docIds: docs.map((d) => d.id), gone, rejected };
      try {
        if (!state.indexReady) {
          await ensureIndex(search);
          state.indexReady = true;
        }
        // Enqueued while the reindex lock is held shared: a reindex cannot swap indexes under us.
        for (const uid of await enqueueUpsert(search, docs)) flight.tasks.push({ uid, what: `upsert ${docs.length} docs` });
        for (const uid of await enqueueDelete(search, gone)) flight.tasks.push({ uid, what: `delete ${gone.length} docs` });
      } catch (error) {
        state.indexReady = false;
        const message = errorText(error);
        await release(
          tx,
          rows.map((r) => r.id),
          message,
        );
        logger.warn({ err: error, rows: rows.length }, "search index unavailable; outbox rows kept for retry");
        return { result: { ...result, retried: rows.length, transient: true, error: message } };
      }
      // Leased until the task is confirmed: other drainers skip these rows meanwhile.
      await renewLeases(
        tx,
        rows.map((r) => r.id),
        leaseMs,
      );
      return { result, flight };
    },
    { maxWait: 20_000, timeout },
  );
}

/** Wait for a flight's tasks; mark its rows processed, or back them off. Never holds a transaction open. */
async function settle(deps: DrainDeps, flight: Flight): Promise<DrainResult> {
  const { db, search, logger } = deps;
  const result: DrainResult = { claimed: flight.rows.length, indexed: 0, deleted: 0, retried: 0, transient: false, paused: false };
  const idsOf = (pids: Set<string>) => flight.rows.filter((r) => pids.has(r.paperId)).map((r) => r.id);
  const rejected = new Map(flight.rejected);
  let delivered = new Set([...flight.docIds, ...flight.gone]);
  try {
    for (const t of flight.tasks) await awaitTask(search, t.uid, t.what);
    result.indexed = flight.docIds.length;
    result.deleted = flight.gone.length;
  } catch (error) {
    if (!(error instanceof SearchTaskError)) {
      // Unreachable, timed out, 5xx, bad key: the whole batch waits for the next attempt.
      if (deps.state) deps.state.indexReady = false;
      const message = errorText(error);
      await release(
        db,
        flight.rows.map((r) => r.id),
        message,
      );
      logger.warn({ err: error, rows: flight.rows.length }, "search index unavailable; outbox rows kept for retry");
      return { ...result, retried: flight.rows.length, transient: true, error: message };
    }
    if (!isRefusedDocuments(error)) {
      // Meilisearch failed the task as a whole (a full disk, an internal error, a canceled task): the whole
      // batch backs off, rather than re-sending it a document at a time into the same failure.
      await backOff(
        db,
        deps,
        flight.rows.map((r) => r.id),
        errorText(error),
      );
      logger.error({ err: error, rows: flight.rows.length }, "search index failed a delivery; will retry with backoff");
      return { ...result, retried: flight.rows.length };
    }
    // Meilisearch refused documents of the batch: find them (upsertSkippingRefused halves the batch), deliver the rest.
    const { docs, gone } = await loadDocuments(db, flight.paperIds);
    if (gone.length) await deleteDocuments(search, gone);
    const refusedNow = new Set<string>();
    await upsertSkippingRefused(search, docs, (r) => {
      refusedNow.add(r.id);
      rejected.set(r.id, r.reason);
    });
    result.indexed = docs.length - refusedNow.size;
    result.deleted = gone.length;
    delivered = new Set([...gone, ...docs.map((d) => d.id).filter((id) => !refusedNow.has(id))]);
  }
  // Outside the try above: a PostgreSQL failure here is not Meilisearch's. It is thrown (the drainer's "database
  // failed" path); the documents are in the index and the rows, still leased, are sent again once the lease ends.
  await markDone(db, idsOf(delivered));
  for (const [paperId, reason] of rejected) {
    await backOff(db, deps, idsOf(new Set([paperId])), reason);
    logger.error({ paperId, reason }, "search index rejected a paper; will retry with backoff");
  }
  result.retried = idsOf(new Set(rejected.keys())).length;
  return result;
}

/** The papers as they are now, as documents; ids no longer in PostgreSQL are `gone`. */
async function loadDocuments(db: Exec, paperIds: string[]) {
  const papers = await documentInputsByIds(db, paperIds);
  const docs: PaperDocument[] = [];
  const rejected = new Map<string, string>();
  for (const p of papers) {
    try {
      docs.push(toPaperDocument(p));
    } catch (error) {
      rejected.set(p.id, errorText(error));
    }
  }
  const found = new Set(papers.map((p) => p.id));
  return { docs, rejected, gone: paperIds.filter((id) => !found.has(id)) };
}

/**
 * The rows among `ids`, locked in id order: two statements updating overlapping rows (a drainAll that took
 * over a worker's leased rows, a release racing a markDone) wait for each other instead of deadlocking.
 */
const rowsInOrder = (ids: bigint[]) => Prisma.sql`id IN (SELECT id FROM "SearchOutbox" WHERE id = ANY(${ids.map(String)}::bigint[]) ORDER BY id FOR UPDATE)`;

function markDone(db: Exec, ids: bigint[]) {
  return ids.length ? db.$executeRaw`UPDATE "SearchOutbox" SET "processedAt" = now() WHERE ${rowsInOrder(ids)}` : Promise.resolve(0);
}

/**
 * Meilisearch as a whole failed: count the attempt and free the rows at once. Waiting is the drainer's
 * job (it probes Meilisearch's health and resumes as soon as it is back); a row backoff here would
 * keep the rows waiting long after Meilisearch returned.
 */
function release(db: Exec, ids: bigint[], error: string) {
  return ids.length
    ? db.$executeRaw`UPDATE "SearchOutbox" SET attempts = attempts + 1, "lastError" = ${error.slice(0, 1000)}, "availableAt" = now()
        WHERE ${rowsInOrder(ids)}`
    : Promise.resolve(0);
}

/** Meilisearch rejected these papers' documents: retry them with exponential backoff, capped. */
function backOff(db: Exec, deps: DrainDeps, ids: bigint[], error: string) {
  return ids.length
    ? db.$executeRaw`UPDATE "SearchOutbox" SET attempts = attempts + 1, "lastError" = ${error.slice(0, 1000)},
        "availableAt" = now() + least(${deps.maxBackoffMs}::float8, ${BASE_BACKOFF_MS}::float8 * power(2, least(attempts, 20))) * interval '1 millisecond'
        WHERE ${rowsInOrder(ids)}`
    : Promise.resolve(0);
}

async function pendingAtLeast(db: Db, n: number, exclude: bigint[]): Promise<boolean> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM "SearchOutbox"
      WHERE "processedAt" IS NULL AND "availableAt" <= now() AND NOT (id = ANY(${exclude.map(String)}::bigint[])) LIMIT ${n}) t`;
  return (row?.n ?? 0) >= n;
}

export async function pendingOutboxCount(db: Db): Promise<number> {
  return db.searchOutbox.count({ where: { processedAt: null } });
}

/** Processed rows are history only; keep a day of it. */
export async function pruneOutbox(db: Db, olderThanMs = 24 * 60 * 60 * 1000): Promise<number> {
  return db.searchOutbox.deleteMany({ where: { processedAt: { lt: new Date(Date.now() - olderThanMs) } } }).then((r) => r.count);
}
