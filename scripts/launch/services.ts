import path from "node:path";
import { assertPortFree, startEmbeddedPostgres, startMeilisearch } from "@commonplace/embedded";
import type { LaunchEnv } from "./env.ts";
import { loadSecrets } from "./secrets.ts";

export interface Services {
  databaseUrl: string;
  meiliHost: string;
  meiliKey: string;
  authSecret: string;
  embeddedDatabase: boolean;
  stop(): Promise<void>;
}

type Say = (message: string) => void;

/** PostgreSQL and Meilisearch: external when configured, else embedded with data under DATA_DIR. */
export async function startServices(env: LaunchEnv, say: Say): Promise<Services> {
  const secrets = loadSecrets(env.dataDir);
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => {});
  };
  try {
    let databaseUrl = env.DATABASE_URL;
    if (databaseUrl) say("Using PostgreSQL from DATABASE_URL");
    else {
      await assertPortFree(env.PG_PORT, "PG_PORT");
      say(`Starting embedded PostgreSQL on port ${env.PG_PORT} (data in ${path.relative(process.cwd(), env.dataDir) || "."}/postgres)`);
      const pg = await startEmbeddedPostgres({ dataDir: path.join(env.dataDir, "postgres"), port: env.PG_PORT, database: "commonplace" });
      stops.push(pg.stop);
      databaseUrl = pg.url;
    }
    let meiliHost = env.MEILI_HOST;
    let meiliKey = env.MEILI_MASTER_KEY ?? secrets.meiliMasterKey;
    if (meiliHost) say("Using Meilisearch from MEILI_HOST");
    else {
      await assertPortFree(env.MEILI_PORT, "MEILI_PORT");
      say(`Starting embedded Meilisearch on port ${env.MEILI_PORT} (data in ${path.relative(process.cwd(), env.dataDir) || "."}/meilisearch)`);
      meiliKey = secrets.meiliMasterKey;
      const meili = await startMeilisearch({ dataDir: path.join(env.dataDir, "meilisearch"), port: env.MEILI_PORT, masterKey: meiliKey });
      stops.push(meili.stop);
      meiliHost = meili.host;
    }
    return { databaseUrl, meiliHost, meiliKey, authSecret: env.AUTH_SECRET ?? secrets.authSecret, embeddedDatabase: !env.DATABASE_URL, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
