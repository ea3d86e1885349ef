import type { Db } from "@commonplace/db";
import type { Tx } from "../pipeline/persist.ts";
import { chunkSourceSchema, type ChunkToRead } from "./chunk-source.ts";

// Leases on chunks, all in SQL on the database's clock. A worker claims a chunk that is queued, or whose
// lease ran out (its worker died: that counts as a takeover, shown as "resumed"), renews the lease every
// third of its length while it works, and every write it makes for the chunk checks it still holds it.

export interface ClaimedChunk extends ChunkToRead {
  id: string;
  runId: string;
  position: number;
  items: number | null;
  attempts: number;
  /** Taken over from a worker whose lease ran out. */
  takeover: boolean;
}

interface Row {
  id: string;
  runId: string;
  position: number;
  source: unknown;
  startByte: bigint | null;
  endByte: bigint | null;
  cursor: bigint;
  items: number | null;
  attempts: number;
  was: string;
}

const ms = (n: number) => `${Math.round(n)} milliseconds`;

export async function claimChunk(db: Db, owner: string, leaseMs: number): Promise<ClaimedChunk | null> {
  const rows = await db.$queryRaw<Row[]>`
    WITH next AS (
      SELECT c.id, c.status::text AS was FROM "IngestChunk" c JOIN "IngestRun" r ON r.id = c."runId"
      WHERE c.status IN ('QUEUED', 'RUNNING') AND r.status = 'RUNNING' AND (c."leaseExpiresAt" IS NULL OR c."leaseExpiresAt" < now())
      ORDER BY r."createdAt", c.position
      LIMIT 1 FOR UPDATE OF c SKIP LOCKED)
    UPDATE "IngestChunk" c SET status = 'RUNNING', "leaseOwner" = ${owner}, "leaseExpiresAt" = now() + ${ms(leaseMs)}::interval,
      attempts = c.attempts + (CASE WHEN next.was = 'RUNNING' THEN 1 ELSE 0 END)
    FROM next WHERE c.id = next.id
    RETURNING c.id, c."runId", c.position, c.source, c."startByte", c."endByte", c.cursor, c.items, c.attempts, next.was`;
  const row = rows[0];
  if (!row) return null;
  const takeover = row.was === "RUNNING";
  if (takeover) await db.$executeRaw`UPDATE "IngestRun" SET resumed = resumed + 1 WHERE id = ${row.runId}`;
  return {
    id: row.id,
    runId: row.runId,
    position: row.position,
    source: chunkSourceSchema.parse(row.source),
    startByte: row.startByte === null ? null : Number(row.startByte),
    endByte: row.endByte === null ? null : Number(row.endByte),
    cursor: Number(row.cursor),
    items: row.items,
    attempts: row.attempts,
    takeover,
  };
}

/** Extends the lease; false when this worker no longer holds it (taken over after it expired). */
export async function renewLease(db: Db, chunkId: string, owner: string, leaseMs: number): Promise<boolean> {
  const n = await db.$executeRaw`UPDATE "IngestChunk" SET "leaseExpiresAt" = now() + ${ms(leaseMs)}::interval
    WHERE id = ${chunkId} AND "leaseOwner" = ${owner} AND status = 'RUNNING'`;
  return n > 0;
}

/** In a batch's transaction: commit the cursor, if this worker still holds the chunk. */
export async function commitCursor(tx: Tx, chunkId: string, owner: string, cursor: number): Promise<boolean> {
  const n = await tx.$executeRaw`UPDATE "IngestChunk" SET cursor = ${BigInt(cursor)} WHERE id = ${chunkId} AND "leaseOwner" = ${owner} AND status = 'RUNNING'`;
  return n > 0;
}

/** Counts a source's items into the run's total, once per chunk (a resumed chunk does not count again). */
export async function countItems(db: Db, chunk: ClaimedChunk, items: number): Promise<void> {
  await db.$executeRaw`
    WITH counted AS (UPDATE "IngestChunk" SET items = ${items} WHERE id = ${chunk.id} AND items IS NULL RETURNING 1)
    UPDATE "IngestRun" SET total = total + ${items} WHERE id = ${chunk.runId} AND EXISTS (SELECT 1 FROM counted)`;
}

/**
 * The chunk is done: mark it, and when it was the run's last, the run too (its uploads are then deleted).
 * Under the run's row lock, so two workers finishing the last two chunks see each other's.
 */
export async function finishChunk(db: Db, chunk: ClaimedChunk, owner: string): Promise<"run-done" | "chunk-done" | "lost"> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "IngestRun" WHERE id = ${chunk.runId} FOR UPDATE`;
    // leaseOwner stays: who finished the chunk.
    const n = await tx.$executeRaw`UPDATE "IngestChunk" SET status = 'DONE', "leaseExpiresAt" = NULL
      WHERE id = ${chunk.id} AND "leaseOwner" = ${owner} AND status = 'RUNNING'`;
    if (n === 0) return "lost";
    const left = await tx.ingestChunk.count({ where: { runId: chunk.runId, status: { not: "DONE" } } });
    if (left > 0) return "chunk-done";
    await tx.$executeRaw`UPDATE "IngestRun" SET status = 'DONE', "finishedAt" = now() WHERE id = ${chunk.runId} AND status = 'RUNNING'`;
    await tx.ingestUpload.deleteMany({ where: { runId: chunk.runId } });
    return "run-done";
  });
}

/** Gives the chunk back (graceful stop, or a failure to retry later): any worker may claim it after `delayMs`. */
export async function releaseChunk(db: Db, chunkId: string, owner: string, delayMs: number, error?: string): Promise<void> {
  await db.$executeRaw`UPDATE "IngestChunk" SET status = 'QUEUED', "leaseOwner" = NULL, "leaseExpiresAt" = now() + ${ms(delayMs)}::interval,
    attempts = attempts + ${error ? 1 : 0}, error = COALESCE(${error ?? null}, error)
    WHERE id = ${chunkId} AND "leaseOwner" = ${owner}`;
}

/** A chunk that keeps failing fails its run (the other chunks stop being claimed). */
export async function failChunk(db: Db, chunk: ClaimedChunk, owner: string, error: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const n = await tx.$executeRaw`UPDATE "IngestChunk" SET status = 'FAILED', "leaseOwner" = NULL, "leaseExpiresAt" = NULL, error = ${error}
      WHERE id = ${chunk.id} AND "leaseOwner" = ${owner}`;
    if (n > 0)
      await tx.$executeRaw`UPDATE "IngestRun" SET status = 'FAILED', "finishedAt" = now(), error = ${error} WHERE id = ${chunk.runId} AND status = 'RUNNING'`;
  });
}
