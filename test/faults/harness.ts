import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { createDb, type Db } from "@commonplace/db";
import { freePort } from "@commonplace/embedded";
import { processesMentioning } from "../../scripts/ci/processes.mjs";

export { processesMentioning };

// The fault suite drives the real launcher (`node scripts/start.mjs`, i.e. `npm start` after its install
// step) on free ports and a fresh data directory, and kills its parts the way a crash would.

export const root = path.resolve(import.meta.dirname, "../..");

export async function until<T>(
  what: string,
  timeoutMs: number,
  check: () => Promise<T | undefined | false> | T | undefined | false,
  everyMs = 250,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`${what}: not within ${timeoutMs / 1000} s${last ? ` (last error: ${(last as Error).message})` : ""}`);
}

export interface Launched {
  process: ChildProcess;
  base: string;
  dataDir: string;
  ports: { PORT: number; PG_PORT: number; MEILI_PORT: number };
  databaseUrl: string;
  output(): string;
  /** Resolves when the output contains `text` (after `from`, an earlier output length). */
  waitFor(text: string | RegExp, timeoutMs?: number, from?: number): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  interrupt(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export async function launch(options: { dataDir?: string; env?: Record<string, string>; ready?: boolean } = {}): Promise<Launched> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), "commonplace-fault-")));
  const port = async (name: string) => Number(options.env?.[name] ?? (await freePort()));
  const ports = { PORT: await port("PORT"), PG_PORT: await port("PG_PORT"), MEILI_PORT: await port("MEILI_PORT") };
  // Without vitest's NODE_ENV=test: turbo hashes NODE_ENV, so the launcher would rebuild what `npm start` built.
  const { NODE_ENV: _vitest, ...inherited } = process.env;
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: root,
    env: { ...inherited, DATA_DIR: dataDir, LOG_LEVEL: "warn", ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])), ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (output += c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const waitFor = async (text: string | RegExp, timeoutMs = 300_000, from = 0) => {
    await until(`launcher output ${String(text)}`, timeoutMs, () => {
      const tail = output.slice(from);
      if (typeof text === "string" ? tail.includes(text) : text.test(tail)) return true;
      if (child.exitCode !== null) throw new Error(`launcher exited (${child.exitCode}) before ${String(text)}:\n${output.slice(-3000)}`);
      return false;
    });
  };
  const launched: Launched = {
    process: child,
    base: `http://127.0.0.1:${ports.PORT}`,
    dataDir,
    ports,
    databaseUrl: `postgresql://commonplace:commonplace@127.0.0.1:${ports.PG_PORT}/commonplace`,
    output: () => output,
    waitFor,
    exited,
    interrupt: async () => {
      if (child.exitCode === null) child.kill("SIGINT");
      return exited;
    },
  };
  if (options.ready !== false) {
    try {
      await waitFor("Commonplace is ready");
    } catch (error) {
      await launched.interrupt(); // a launch that never got ready must not leave its processes behind
      throw error;
    }
  }
  return launched;
}

/** After a test: stop the launcher if it still runs, and remove its data. */
export async function cleanup(app: Launched | undefined): Promise<void> {
  if (!app) return;
  await app.interrupt();
  await rm(app.dataDir, { recursive: true, force: true });
}

/** The pid of one of the launcher's parts, found by what its command line holds. */
export function partPid(app: Launched, part: "worker" | "web" | "postgres" | "meilisearch"): number {
  const needle = {
    worker: "apps/worker/src/main.ts",
    web: `server.mjs --port ${app.ports.PORT}`,
    postgres: `-p ${app.ports.PG_PORT}`,
    meilisearch: `--http-addr 127.0.0.1:${app.ports.MEILI_PORT}`,
  }[part];
  const candidates = processesMentioning(needle, "cmdline").filter(
    (p) => part !== "worker" || readFileSync(`/proc/${p.pid}/environ`, "utf8").includes(`:${app.ports.PG_PORT}/`),
  );
  // PostgreSQL: the postmaster is the one whose parent is not another postgres of this cluster.
  const pids = candidates.map((c) => c.pid).sort((a, b) => a - b);
  if (!pids.length) throw new Error(`no ${part} process found`);
  return pids[0]!;
}

export async function health(app: Launched, path = "/api/health"): Promise<number> {
  try {
    return (await fetch(`${app.base}${path}`)).status;
  } catch {
    return 0;
  }
}

/** One launched app and a database client on it, for a test file's beforeAll/afterAll. */
export function launchedApp(): { app: () => Launched; db: () => Db } {
  let app: Launched | undefined;
  let db: Db | undefined;
  beforeAll(async () => {
    app = await launch();
    db = createDb(app.databaseUrl, { max: 3 });
  });
  afterAll(async () => {
    await db?.$disconnect();
    await cleanup(app);
  });
  return { app: () => app!, db: () => db! };
}
