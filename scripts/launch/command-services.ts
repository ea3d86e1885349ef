import path from "node:path";
import { isPortFree, startEmbeddedPostgres, startMeilisearch } from "@commonplace/embedded";
import { migrate } from "@commonplace/db/migrate";
import { launchEnv } from "./env.ts";
import { loadSecrets } from "./secrets.ts";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * For one-off commands (db:*, ingest, reindex, admin): the configured services, or the embedded ones on
 * their data directories for the duration of the command. When `npm start` is already running, its
 * embedded servers hold the ports: the command then reuses them.
 */
export async function withServices<T>(
  needs: { search?: boolean },
  run: (services: {
    databaseUrl: string;
    meiliHost: string;
    meiliKey: string;
    indexPrefix: string;
    embedded: boolean;
    /** Migrations this command applied (none when the database was up to date). */
    applied: string[];
  }) => Promise<T>,
): Promise<T> {
  const env = launchEnv(root);
  const stops: (() => Promise<void>)[] = [];
  try {
    let databaseUrl = env.DATABASE_URL;
    if (!databaseUrl) {
      if (await isPortFree(env.PG_PORT)) {
        const pg = await startEmbeddedPostgres({ dataDir: path.join(env.dataDir, "postgres"), port: env.PG_PORT, database: "commonplace" });
        stops.push(pg.stop);
        databaseUrl = pg.url;
      } else databaseUrl = `postgresql://commonplace:commonplace@127.0.0.1:${env.PG_PORT}/commonplace`;
    }
    const { applied } = await migrate(databaseUrl); // a no-op when up to date; commands may run before the first `npm start`
    let meiliHost = env.MEILI_HOST ?? `http://127.0.0.1:${env.MEILI_PORT}`;
    // The generated key (kept under DATA_DIR) only for the embedded Meilisearch: with MEILI_MASTER_KEY set, nothing is written.
    const meiliKey = env.MEILI_MASTER_KEY ?? loadSecrets(env.dataDir).meiliMasterKey;
    if (needs.search && !env.MEILI_HOST && (await isPortFree(env.MEILI_PORT))) {
      const meili = await startMeilisearch({ dataDir: path.join(env.dataDir, "meilisearch"), port: env.MEILI_PORT, masterKey: meiliKey });
      stops.push(meili.stop);
      meiliHost = meili.host;
    }
    return await run({ databaseUrl, meiliHost, meiliKey, indexPrefix: env.MEILI_INDEX_PREFIX, embedded: !env.DATABASE_URL, applied });
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => {});
  }
}
