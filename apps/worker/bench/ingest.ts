// Ingest throughput on this machine, printed as a table (never asserted):
//   npx tsx apps/worker/bench/ingest.ts [lines=5000]
// Starts its own embedded PostgreSQL + Meilisearch in a temp folder, so it needs no configuration.
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";
import { migrate } from "@commonplace/db/migrate";
import { freePort, startEmbeddedPostgres, startMeilisearch } from "@commonplace/embedded";
import { createDatabase, createSearch, drainDeps } from "../src/context.ts";
import { loadEnv } from "../src/env.ts";
import { ingestPaths } from "../src/ingest-paths.ts";
import { createLogger } from "../src/logger.ts";
import { drainAll } from "../src/outbox/drainer.ts";
import { DIGEST_SEED_PATH } from "../src/seed.ts";
import { arxivLine, tempDir, writeTemp } from "../test/helpers.ts";

const lines = Number(process.argv[2] ?? 5000);
const dir = tempDir();
const pgHandle = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: await freePort(), database: "bench", ephemeral: true });
const masterKey = randomBytes(16).toString("hex");
const meili = await startMeilisearch({ dataDir: path.join(dir, "meili"), port: await freePort(), masterKey, ephemeral: true });
try {
  await migrate(pgHandle.url);
  const env = loadEnv({ DATABASE_URL: pgHandle.url, MEILI_HOST: meili.host, MEILI_MASTER_KEY: masterKey, MEILI_INDEX_PREFIX: "bench_" });
  const logger = createLogger("warn", { stderr: true });
  const file = writeTemp(dir, "synthetic.jsonl", Array.from({ length: lines }, (_, i) => arxivLine(i + 1)).join("\n"));
  const rows: [string, number, number][] = [];
  const time = async (label: string, items: number, fn: () => Promise<unknown>) => {
    const t = performance.now();
    await fn();
    rows.push([label, items, performance.now() - t]);
  };

  const db = createDatabase(env);
  const drain = () => drainAll(drainDeps(env, db, createSearch(env), logger), 60_000);
  await time("digest (49 papers), ingest only", 49, () => ingestPaths(env, logger, [DIGEST_SEED_PATH], { index: false }));
  await time("digest → Meilisearch (new index + settings)", 49, drain);
  await time(`synthetic JSONL, ingest only (${lines} new)`, lines, () => ingestPaths(env, logger, [file], { index: false }));
  await time(`outbox → Meilisearch (${lines} papers)`, lines, drain);
  await time(`synthetic JSONL again (${lines} duplicates)`, lines, () => ingestPaths(env, logger, [file]));
  await db.$disconnect();

  const w = Math.max(...rows.map((r) => r[0].length));
  process.stdout.write(`\n${"step".padEnd(w)}  ${"items".padStart(6)}  ${"seconds".padStart(8)}  ${"items/s".padStart(8)}\n`);
  for (const [label, n, ms] of rows) {
    process.stdout.write(
      `${label.padEnd(w)}  ${String(n).padStart(6)}  ${(ms / 1000).toFixed(2).padStart(8)}  ${Math.round((n * 1000) / ms)
        .toString()
        .padStart(8)}\n`,
    );
  }
} finally {
  await meili.stop();
  await pgHandle.stop();
  await rm(dir, { recursive: true, force: true });
}
