// Installs dependencies when they are missing or older than package-lock.json. Node built-ins only:
// this runs before anything is installed.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
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
  const lockHash = createHash("sha256").update(readFileSync(path.join(root, "package-lock.json"))).digest("hex");
  if (existsSync(marker) && readFileSync(marker, "utf8").trim() === lockHash) return;
  const fresh = !existsSync(path.join(root, "node_modules"));
  step(fresh ? "Installing dependencies (npm ci) …" : "Updating dependencies (npm install) …");
  const result = spawnSync("npm", [fresh ? "ci" : "install", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) {
    process.stderr.write("Dependency installation failed; see the npm output above.\n");
    process.exit(result.status ?? 1);
  }
  writeFileSync(marker, lockHash);
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
