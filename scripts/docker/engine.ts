import { spawn, spawnSync, type SpawnSyncOptions } from "node:child_process";
import { existsSync, openSync, readFileSync } from "node:fs";
import { rootCertificates } from "node:tls";
import path from "node:path";

const clock = () => {
  const t = Math.round(process.uptime());
  return `${String(Math.floor(t / 60)).padStart(2, "0")}:${String(t % 60).padStart(2, "0")}`;
};
/** A progress line, with the minutes:seconds since test:docker started. */
export const say = (message: string) => process.stdout.write(`▸ [${clock()}] ${message}\n`);

/** Runs a command to completion; throws with its output's tail when it fails. */
export function run(command: string, args: string[], options: SpawnSyncOptions & { quiet?: boolean } = {}): string {
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: options.quiet === false ? "inherit" : "pipe", ...options });
  if (result.error) throw new Error(`${command}: ${result.error.message}`);
  if (result.status !== 0) {
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim().split("\n").slice(-30).join("\n");
    throw new Error(`${command} ${args.join(" ").slice(0, 200)} exited with ${result.status}\n${output}`);
  }
  return String(result.stdout ?? "");
}

const has = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;

/** Docker's engine and client, debootstrap and Compose, from Debian's packages when any is missing. */
export function ensureTools(): void {
  const packages = new Map([
    ["docker.io", has("docker") && has("dockerd")],
    ["debootstrap", has("debootstrap")],
    ["docker-compose", has("docker-compose") || spawnSync("docker", ["compose", "version"], { stdio: "ignore" }).status === 0],
  ]);
  const missing = [...packages].filter(([, present]) => !present).map(([name]) => name);
  if (!missing.length) return;
  say(`Installing ${missing.join(", ")} with apt-get …`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  run("apt-get", ["update", "-qq"], { env });
  run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...missing], { env });
}

const engineUp = () => spawnSync("docker", ["info"], { stdio: "ignore", timeout: 15_000 }).status === 0;

/** Starts dockerd when no engine answers; returns a function that stops it again (a no-op if it was running). */
export async function ensureEngine(logDir: string): Promise<() => Promise<void>> {
  if (engineUp()) return async () => {};
  say("Starting the Docker engine (dockerd) …");
  const log = openSync(path.join(logDir, "dockerd.log"), "a");
  const daemon = spawn("dockerd", [], { detached: true, stdio: ["ignore", log, log] });
  const exited = new Promise<void>((resolve) => daemon.once("exit", () => resolve()));
  for (let i = 0; i < 60 && !engineUp(); i++) {
    if (daemon.exitCode !== null) throw new Error(`dockerd exited with ${daemon.exitCode}; see ${path.join(logDir, "dockerd.log")}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
  if (!engineUp()) throw new Error(`dockerd did not answer within 60 s; see ${path.join(logDir, "dockerd.log")}`);
  return async () => {
    if (daemon.exitCode !== null) return;
    daemon.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
  };
}

export const imageExists = (name: string) => spawnSync("docker", ["image", "inspect", name], { stdio: "ignore" }).status === 0;

/** The npm registry this machine's npm uses (its own config: .npmrc, environment), for builds inside Docker. */
export function npmRegistry(): string {
  return run("npm", ["config", "get", "registry"]).trim();
}

const pemBody = (pem: string) => pem.replace(/-----[^-]+-----/g, "").replace(/\s+/g, "");

/**
 * Certificate authorities this machine's npm trusts beyond Node's built-in ones (npm's cafile, NODE_EXTRA_CA_CERTS):
 * a TLS-inspecting proxy's, say. Passed to the build (PEM text), so `npm ci` inside trusts what npm here trusts.
 */
export function npmExtraCertificates(): string {
  const files = [run("npm", ["config", "get", "cafile"]).trim(), process.env.NODE_EXTRA_CA_CERTS ?? ""].filter(
    (f) => f && f !== "null" && f !== "undefined" && existsSync(f),
  );
  const builtIn = new Set(rootCertificates.map(pemBody));
  const extra = new Map<string, string>();
  for (const file of files) {
    for (const pem of readFileSync(file, "utf8").match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []) {
      if (!builtIn.has(pemBody(pem))) extra.set(pemBody(pem), pem);
    }
  }
  return [...extra.values()].join("\n");
}
