import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { freePort, startEmbeddedPostgres, startMeilisearch, ensureDatabase } from "@commonplace/embedded";
import { migrate } from "@commonplace/db/migrate";

// Every bench owns its services: PostgreSQL + Meilisearch on free loopback ports in a temp dir,
// migrated like production, removed on stop. Nothing here touches a developer's .data/.

export interface BenchServices {
  dir: string;
  databaseUrl: string;
  /** Same cluster, another database name (raw baselines get their own database). */
  databaseUrlFor(name: string): Promise<string>;
  meiliHost: string;
  meiliKey: string;
  /** Environment for the worker / API (loadEnv, env()). */
  env(indexPrefix: string): Record<string, string>;
  stop(): Promise<void>;
}

export async function startServices(label: string): Promise<BenchServices> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `commonplace-bench-${label}-`));
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const postgres = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: await freePort(), database: "commonplace_bench", ephemeral: true });
    stops.push(postgres.stop);
    const meiliKey = randomBytes(24).toString("hex");
    const meili = await startMeilisearch({ dataDir: path.join(dir, "meili"), port: await freePort(), masterKey: meiliKey, ephemeral: true });
    stops.push(meili.stop);
    await migrate(postgres.url);
    const authSecret = randomBytes(32).toString("hex");
    return {
      dir,
      databaseUrl: postgres.url,
      async databaseUrlFor(name) {
        const url = postgres.url.replace(/\/[^/]+$/, `/${name}`);
        await ensureDatabase(postgres.url.replace(/\/[^/]+$/, "/postgres"), name);
        await migrate(url);
        return url;
      },
      meiliHost: meili.host,
      meiliKey,
      env: (indexPrefix) => ({
        DATABASE_URL: postgres.url,
        MEILI_HOST: meili.host,
        MEILI_MASTER_KEY: meiliKey,
        MEILI_INDEX_PREFIX: indexPrefix,
        AUTH_SECRET: authSecret,
        APP_URL: "http://127.0.0.1:3000",
        NODE_ENV: "production",
      }),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Stop services on Ctrl-C too, so no PostgreSQL/Meilisearch outlives the bench. */
export function stopOnSignal(services: { stop(): Promise<void> }): () => void {
  const handler = () => void services.stop().finally(() => process.exit(130));
  process.once("SIGINT", handler);
  process.once("SIGTERM", handler);
  return () => {
    process.off("SIGINT", handler);
    process.off("SIGTERM", handler);
  };
}
