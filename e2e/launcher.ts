import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { freePort } from "@commonplace/embedded";

export interface Launched {
  process: ChildProcess;
  baseURL: string;
  dataDir: string;
  output: () => string;
  /** Ctrl-C: SIGINT to the launcher; resolves with its exit code. */
  interrupt(): Promise<number | null>;
}

/** Runs the real `npm start` launcher (scripts/start.mjs) on free ports with its own data directory. */
export async function launch(options: { dataDir?: string; env?: Record<string, string> } = {}): Promise<Launched> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), "commonplace-e2e-")));
  const [port, pgPort, meiliPort] = [await freePort(), await freePort(), await freePort()];
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: path.resolve(import.meta.dirname, ".."),
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), PG_PORT: String(pgPort), MEILI_PORT: String(meiliPort), LOG_LEVEL: "warn", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (c) => (output += c));
  child.stderr.on("data", (c) => (output += c));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const settle = (error?: Error) => {
      clearInterval(timer);
      clearTimeout(deadline);
      if (error) reject(error);
      else resolve();
    };
    const timer = setInterval(() => {
      if (output.includes("Commonplace is ready")) settle();
      else if (child.exitCode !== null) settle(new Error(`launcher exited early:\n${output}`));
    }, 200);
    const deadline = setTimeout(() => settle(new Error(`launcher not ready in time:\n${output}`)), Number(process.env.E2E_READY_TIMEOUT_MS ?? 300_000));
  });
  return {
    process: child,
    baseURL: `http://localhost:${port}`,
    dataDir,
    output: () => output,
    interrupt: async () => {
      child.kill("SIGINT");
      return exited;
    },
  };
}
