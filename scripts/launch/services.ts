import path from "node:path";
import { assertPortFree, startEmbeddedPostgres, startMeilisearch } from "@commonplace/embedded";
import type { LaunchEnv } from "./env.ts";
import { Keeper, type KeeperHooks } from "./keeper.ts";
import { loadSecrets } from "./secrets.ts";

export interface Services {
  databaseUrl: string;
  meiliHost: string;
  meiliKey: string;
  authSecret: string;
  embeddedDatabase: boolean;
  keepers: Keeper[];
  stop(): Promise<void>;
}

/**
 * PostgreSQL and Meilisearch: external when configured, else embedded with data under DATA_DIR, each kept
 * running by a Keeper (restarted on the same data and port when its process dies).
 */
export async function startServices(env: LaunchEnv, meiliBinary: string | undefined, hooks: KeeperHooks): Promise<Services> {
  const secrets = loadSecrets(env.dataDir);
  const keepers: Keeper[] = [];
  const stop = async () => {
    for (const keeper of [...keepers].reverse()) await keeper.stop().catch(() => {});
  };
  const where = (dir: string) => path.relative(process.cwd(), path.join(env.dataDir, dir)) || ".";
  try {
    let databaseUrl = env.DATABASE_URL;
    if (databaseUrl) hooks.say("Using PostgreSQL from DATABASE_URL");
    else {
      await assertPortFree(env.PG_PORT, "PG_PORT");
      hooks.say(`Starting embedded PostgreSQL on port ${env.PG_PORT} (data in ${where("postgres")})`);
      const keeper = new Keeper(
        "embedded PostgreSQL",
        async () => {
          const pg = await startEmbeddedPostgres({ dataDir: path.join(env.dataDir, "postgres"), port: env.PG_PORT, database: "commonplace" });
          databaseUrl = pg.url;
          return pg;
        },
        hooks,
        "SIGINT", // PostgreSQL's fast shutdown
      );
      keepers.push(keeper);
      await keeper.start();
    }
    let meiliHost = env.MEILI_HOST;
    let meiliKey = env.MEILI_MASTER_KEY ?? secrets.meiliMasterKey;
    if (meiliHost) hooks.say("Using Meilisearch from MEILI_HOST");
    else {
      await assertPortFree(env.MEILI_PORT, "MEILI_PORT");
      hooks.say(`Starting embedded Meilisearch on port ${env.MEILI_PORT} (${meiliBinary}; data in ${where("meilisearch")})`);
      meiliKey = secrets.meiliMasterKey;
      const keeper = new Keeper(
        "embedded Meilisearch",
        async () => {
          const meili = await startMeilisearch({
            dataDir: path.join(env.dataDir, "meilisearch"),
            port: env.MEILI_PORT,
            masterKey: meiliKey,
            binary: meiliBinary,
          });
          meiliHost = meili.host;
          return meili;
        },
        hooks,
      );
      keepers.push(keeper);
      await keeper.start();
    }
    return {
      databaseUrl: databaseUrl!,
      meiliHost: meiliHost!,
      meiliKey,
      authSecret: env.AUTH_SECRET ?? secrets.authSecret,
      embeddedDatabase: !env.DATABASE_URL,
      keepers,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
