// Rebuild the Meilisearch index from PostgreSQL without downtime (new index, then an atomic swap):
//   tsx apps/worker/src/cli/reindex.ts
// Outbox drains pause while it runs and catch up right after, so no write is lost at the swap. The related-paper
// lists are forgotten after the swap (forgetOldRelatedLists): a reindex is run when the index was wrong.
import { setTimeout as sleep } from "node:timers/promises";
import { createDatabase, createSearch } from "../context.ts";
import { loadEnvOrExit } from "../env.ts";
import { createLogger } from "../logger.ts";
import { formatDuration } from "./progress.ts";
import { forgetRelatedLists, reindexFromDatabase } from "../outbox/reindex.ts";

/** A related list whose search began before the swap may be written after the first sweep: swept once more after this. */
const SECOND_SWEEP_AFTER_MS = 5_000;

/**
 * The related-paper lists were computed from the index just replaced, and it is not known since when that was wrong
 * (the worker's index check knows, and forgets fewer): every list goes, and each is computed again at its paper's next
 * view. A failure here leaves the new index live, and says so.
 */
async function forgetOldRelatedLists(swappedAt: Date): Promise<void> {
  try {
    let forgotten = await forgetRelatedLists(db);
    await sleep(SECOND_SWEEP_AFTER_MS);
    forgotten += await forgetRelatedLists(db, undefined, swappedAt);
    process.stdout.write(
      `Forgot ${forgotten.toLocaleString("en-US")} related-paper ${forgotten === 1 ? "list" : "lists"}; each is computed again at its paper's next view.\n`,
    );
  } catch (error) {
    process.stderr.write(
      `The new index is live, but the related-paper lists computed from the old one could not be deleted: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  }
}

const env = loadEnvOrExit();
const logger = createLogger(env.LOG_LEVEL ?? "warn", { name: "reindex", stderr: true });
const db = createDatabase(env);
const started = Date.now();
const tty = !!process.stderr.isTTY;
let lastLine = 0;
try {
  const result = await reindexFromDatabase({
    db,
    search: createSearch(env),
    logger,
    databaseUrl: env.DATABASE_URL,
    onProgress: (indexed, total) => {
      const now = Date.now();
      if (!tty && now - lastLine < 5000) return;
      lastLine = now;
      const line = `reindex: ${indexed.toLocaleString("en-US")}/${total.toLocaleString("en-US")} papers`;
      process.stderr.write(tty ? `\r\x1b[K${line}` : `${line}\n`);
    },
  });
  if (tty) process.stderr.write("\n");
  process.stdout.write(
    `Reindexed ${result.indexed.toLocaleString("en-US")} papers in ${formatDuration((Date.now() - started) / 1000)}; the new index is live.\n`,
  );
  const swappedAt = new Date();
  if (result.refused.length) {
    process.stdout.write(`${result.refused.length} papers were left out; the worker retries them (see its log):\n`);
    for (const r of result.refused.slice(0, 20)) process.stdout.write(`  ${r.id}: ${r.reason}\n`);
  }
  await forgetOldRelatedLists(swappedAt);
} catch (error) {
  process.stderr.write(`reindex failed: ${error instanceof Error ? error.message : String(error)}\nThe live index was not changed.\n`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
