// Installs dependencies when they are missing or older than package-lock.json. Node built-ins only:
// this runs before anything is installed.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export function step(message) {
  process.stdout.write(`▸ ${message}\n`);
}

/**
 * A marker in node_modules records the hash of the package-lock.json it was installed from. A fresh clone
 * gets `npm ci`; an existing tree whose lock changed gets `npm install` (never deleting a tree in use).
 */
export function ensureDependencies() {
  const marker = path.join(root, "node_modules/.commonplace-installed");
  const lockHash = createHash("sha256")
    .update(readFileSync(path.join(root, "package-lock.json")))
    .digest("hex");
  if (existsSync(marker) && readFileSync(marker, "utf8").trim() === lockHash) return;
  const fresh = !existsSync(path.join(root, "node_modules"));
  step(fresh ? "Installing dependencies (npm ci) …" : "Updating dependencies (npm install) …");
  if (install(fresh ? "ci" : "install") !== 0) {
    // A tree left half-written (an install interrupted by Ctrl-C or a crash) can make npm fail on it:
    // start once more from nothing before giving up.
    step("The install failed; removing node_modules and installing from scratch (npm ci) …");
    removeNodeModules();
    const status = install("ci");
    if (status !== 0) {
      process.stderr.write("Dependency installation failed; see the npm output above.\n");
      process.exit(status ?? 1);
    }
  }
  writeFileSync(marker, lockHash);
}

function install(command) {
  return spawnSync("npm", [command, "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1" },
  }).status;
}

/** node_modules of the root and of every workspace folder (apps/*, packages/*, tooling/*). */
function removeNodeModules() {
  const folders = ["apps", "packages", "tooling"].flatMap((group) => {
    const dir = path.join(root, group);
    return existsSync(dir) ? readdirSync(dir).map((name) => path.join(dir, name)) : [];
  });
  for (const folder of [root, ...folders]) rmSync(path.join(folder, "node_modules"), { recursive: true, force: true });
}

/**
 * Runs a TypeScript entry point in this process through tsx (installed by ensureDependencies). Every entry
 * point may import the generated Prisma client, so it is produced first.
 */
export async function runTypeScript(file) {
  // .env (see .env.example): variables already in the environment win.
  if (existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));
  const { ensurePrismaClient } = await import("./prisma-generate.mjs");
  ensurePrismaClient();
  const { tsImport } = await import("tsx/esm/api");
  return tsImport(path.resolve(root, file), import.meta.url);
}
