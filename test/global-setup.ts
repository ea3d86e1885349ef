import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { freePort, startEmbeddedPostgres, startMeilisearch } from "@commonplace/embedded";
import { migrate } from "@commonplace/db/migrate";

/**
 * Integration tier: real PostgreSQL and Meilisearch on free ports, in a temporary folder, fresh per run.
 * Their addresses reach the tests (and any process a test spawns) through the environment.
 * TEST_DATABASE_URL / TEST_MEILI_HOST point at external services instead (CI with managed services).
 */
export default async function setup() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "commonplace-test-"));
  const stops: (() => Promise<void>)[] = [];
  let databaseUrl = process.env.TEST_DATABASE_URL;
  if (!databaseUrl) {
    const postgres = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: await freePort(), database: "commonplace_test", ephemeral: true });
    stops.push(postgres.stop);
    databaseUrl = postgres.url;
  }
  let meiliHost = process.env.TEST_MEILI_HOST;
  let meiliKey = process.env.TEST_MEILI_MASTER_KEY ?? "";
  if (!meiliHost) {
    meiliKey = randomBytes(24).toString("hex");
    const meili = await startMeilisearch({ dataDir: path.join(dir, "meili"), port: await freePort(), masterKey: meiliKey, ephemeral: true });
    stops.push(meili.stop);
    meiliHost = meili.host;
  }
  await migrate(databaseUrl);
  Object.assign(process.env, {
    DATABASE_URL: databaseUrl,
    MEILI_HOST: meiliHost,
    MEILI_MASTER_KEY: meiliKey,
    MEILI_INDEX_PREFIX: `t${Date.now().toString(36)}_`,
    AUTH_SECRET: randomBytes(32).toString("hex"),
    LOG_LEVEL: process.env.LOG_LEVEL ?? "silent",
  });
  return async () => {
    for (const stop of stops.reverse()) await stop().catch(() => {});
    await rm(dir, { recursive: true, force: true });
  };
}
