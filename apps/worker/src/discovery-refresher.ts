import type { Db } from "@commonplace/db";
import { DISCOVERY_REFRESH_MS, refreshDiscovery } from "@commonplace/catalogue";
import type { Logger } from "./logger.ts";

/**
 * Rebuilds the discovery tables (trending scores, category counts) now and every intervalMs, so every web
 * instance reads them instead of computing them. With several workers, whoever holds the advisory lock
 * rebuilds and the others skip that round. A failed round (PostgreSQL away) is logged and retried at the
 * next tick. Returns a function that stops it and waits for a round in progress.
 */
export function startDiscoveryRefresher(db: Db, logger: Logger, intervalMs = DISCOVERY_REFRESH_MS): () => Promise<void> {
  let running: Promise<void> = Promise.resolve();
  let failing = false;
  const round = () => {
    running = (async () => {
      const started = Date.now();
      try {
        const done = await refreshDiscovery(db);
        if (failing) logger.info("discovery tables rebuilt again");
        failing = false;
        logger.debug({ ms: Date.now() - started, done }, "discovery tables rebuilt");
      } catch (error) {
        if (!failing) logger.warn({ err: error }, "could not rebuild the discovery tables; retrying every minute");
        failing = true;
      }
    })();
  };
  round();
  const timer = setInterval(round, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
