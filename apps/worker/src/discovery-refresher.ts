import type { Db } from "@commonplace/db";
import { DISCOVERY_REFRESH_MS, refreshDiscovery } from "@commonplace/catalogue";
import type { Logger } from "./logger.ts";
import { startPeriodic } from "./periodic.ts";

/**
 * Rebuilds the discovery tables (trending scores, category counts) now and every intervalMs, so every web
 * instance reads them instead of computing them. With several workers, whoever holds the advisory lock
 * rebuilds and the others skip that round. A failed round (PostgreSQL away) is logged once and retried at the
 * next tick. Returns a function that stops it and waits (up to 5 s) for a round in progress.
 */
export function startDiscoveryRefresher(db: Db, logger: Logger, intervalMs = DISCOVERY_REFRESH_MS): () => Promise<void> {
  return startPeriodic(
    async () => {
      const started = Date.now();
      const done = await refreshDiscovery(db);
      logger.debug({ ms: Date.now() - started, done }, "discovery tables rebuilt");
    },
    {
      intervalMs,
      onSuccess: (_, failures) => {
        if (failures) logger.info("discovery tables rebuilt again");
      },
      onFailure: (error, failures) => {
        if (failures === 1) logger.warn({ err: error }, "could not rebuild the discovery tables; retrying every minute");
      },
    },
  );
}
