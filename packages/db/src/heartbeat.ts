import os from "node:os";
import type { Db } from "./client.ts";

/**
 * Starts upserting this process's heartbeat every intervalMs; returns a function that stops it. Each
 * beat also removes the rows of workers that missed three beats in a row (killed, or lost with their
 * machine): a live worker's row is never older than one interval, so only the dead are removed.
 */
export function startHeartbeat(db: Db, workerId: string, intervalMs = 10_000): () => Promise<void> {
  const startedAt = new Date();
  const beat = async () => {
    try {
      await db.workerHeartbeat.upsert({
        where: { workerId },
        create: { workerId, hostname: os.hostname(), pid: process.pid, startedAt, seenAt: new Date() },
        update: { seenAt: new Date() },
      });
      await removeDeadHeartbeats(db, 3 * intervalMs);
    } catch {
      // a missed beat is reported by /api/health, never crashes the worker
    }
  };
  void beat();
  const timer = setInterval(() => void beat(), intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await db.workerHeartbeat.delete({ where: { workerId } }).catch(() => undefined);
  };
}

/** Removes heartbeats not renewed for `olderThanMs`. */
export async function removeDeadHeartbeats(db: Db, olderThanMs: number): Promise<number> {
  const { count } = await db.workerHeartbeat.deleteMany({ where: { seenAt: { lt: new Date(Date.now() - olderThanMs) } } });
  return count;
}
