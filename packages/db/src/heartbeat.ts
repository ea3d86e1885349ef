import os from "node:os";
import type { Db } from "./client.ts";

/** Starts upserting this process's heartbeat every intervalMs; returns a function that stops it. */
export function startHeartbeat(db: Db, workerId: string, intervalMs = 10_000): () => Promise<void> {
  const startedAt = new Date();
  const beat = () =>
    db.workerHeartbeat
      .upsert({
        where: { workerId },
        create: { workerId, hostname: os.hostname(), pid: process.pid, startedAt, seenAt: new Date() },
        update: { seenAt: new Date() },
      })
      .catch(() => undefined); // a missed beat is reported by /api/health, never crashes the worker
  void beat();
  const timer = setInterval(beat, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await db.workerHeartbeat.delete({ where: { workerId } }).catch(() => undefined);
  };
}
