import type { Db } from "@commonplace/db";
import type { LiveBus } from "@commonplace/db/live";
import { isSearchAvailable, type SearchClient } from "@commonplace/search";

// Three answers for three askers:
// - liveness (`/api/health/live`): the process answers; a load balancer restarts it when it does not.
// - readiness (`/api/health/ready`): this web instance can serve requests — PostgreSQL and Meilisearch
//   are reachable. The worker is not part of it: a stopped worker must not take every web instance out.
// - health (`/api/health`): every part, for people and monitors — database, search, queue (a worker has
//   checked in) and this instance's live-events connection.

export type PartStatus = "up" | "down";
export interface Health {
  status: "ok" | "degraded";
  db: PartStatus;
  search: PartStatus;
  queue: PartStatus;
  /** This instance's LISTEN connection for live events (it reconnects by itself). */
  live: PartStatus;
  version: string;
  /** Names of the parts that are down, for the 503 message. */
  down: string[];
}

export interface Readiness {
  status: "ready" | "unready";
  db: PartStatus;
  search: PartStatus;
  down: string[];
}

const TIMEOUT_MS = 2000;

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function probe(check: () => Promise<unknown>): Promise<PartStatus> {
  try {
    await withTimeout(check());
    return "up";
  } catch {
    return "down";
  }
}

const downParts = (parts: Record<string, PartStatus>) =>
  Object.entries(parts)
    .filter(([, s]) => s === "down")
    .map(([name]) => name);

const probeDb = (db: Db) => probe(() => db.$queryRaw`SELECT 1`);
const probeSearch = (search: SearchClient) =>
  probe(async () => {
    if (!(await isSearchAvailable(search, TIMEOUT_MS))) throw new Error("search unavailable");
  });

/** PostgreSQL and Meilisearch reachable: what this instance needs to serve. */
export async function checkReadiness(deps: { db: Db; search: SearchClient }): Promise<Readiness> {
  const [db, search] = await Promise.all([probeDb(deps.db), probeSearch(deps.search)]);
  const down = downParts({ db, search });
  return { status: down.length ? "unready" : "ready", db, search, down };
}

/**
 * Every part the product needs: PostgreSQL answers, Meilisearch reports healthy, the queue's schema
 * (created by pg-boss when the worker starts) is there and a worker has checked in within two minutes,
 * and this instance's live bus is listening (it is started here if nothing has used it yet).
 */
export async function checkHealth(deps: { db: Db; search: SearchClient; live: LiveBus; version: string }): Promise<Health> {
  const [db, search, queue, live] = await Promise.all([
    probeDb(deps.db),
    probeSearch(deps.search),
    probe(async () => {
      const rows = await deps.db.$queryRaw<{ alive: boolean }[]>`
        SELECT EXISTS (SELECT 1 FROM "WorkerHeartbeat" WHERE "seenAt" > now() - interval '2 minutes') AS alive
        WHERE to_regclass('pgboss.version') IS NOT NULL`;
      if (!rows[0]?.alive) throw new Error("no worker");
    }),
    probe(() => deps.live.ready({ waitMs: TIMEOUT_MS })),
  ]);
  const parts = { db, search, queue, live };
  const down = downParts(parts);
  return { status: down.length ? "degraded" : "ok", ...parts, version: deps.version, down };
}
