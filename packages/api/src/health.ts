import type { Db } from "@commonplace/db";

export type PartStatus = "up" | "down";
export interface Health {
  status: "ok" | "degraded";
  db: PartStatus;
  search: PartStatus;
  queue: PartStatus;
  version: string;
  /** Names of the parts that are down, for the 503 message. */
  down: string[];
}

const TIMEOUT_MS = 2000;

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS))]);
}

async function probe(check: () => Promise<unknown>): Promise<PartStatus> {
  try {
    await withTimeout(check());
    return "up";
  } catch {
    return "down";
  }
}

/**
 * Every part the product needs: PostgreSQL answers, Meilisearch reports healthy, and the queue's schema
 * (created by pg-boss when the worker starts) is there and a worker has checked in within two minutes.
 */
export async function checkHealth(deps: { db: Db; meiliHost: string; version: string }): Promise<Health> {
  const [db, search, queue] = await Promise.all([
    probe(() => deps.db.$queryRaw`SELECT 1`),
    probe(async () => {
      const response = await fetch(`${deps.meiliHost.replace(/\/$/, "")}/health`);
      if (!response.ok) throw new Error(String(response.status));
    }),
    probe(async () => {
      const rows = await deps.db.$queryRaw<{ alive: boolean }[]>`
        SELECT EXISTS (SELECT 1 FROM "WorkerHeartbeat" WHERE "seenAt" > now() - interval '2 minutes') AS alive
        WHERE to_regclass('pgboss.version') IS NOT NULL`;
      if (!rows[0]?.alive) throw new Error("no worker");
    }),
  ]);
  const parts = { db, search, queue };
  const down = Object.entries(parts).filter(([, s]) => s === "down").map(([name]) => name);
  return { status: down.length ? "degraded" : "ok", ...parts, version: deps.version, down };
}
