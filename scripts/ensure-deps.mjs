// Installs dependencies when they are missing or older than package-lock.json. Node built-ins only:
// this runs before anything is installed.
import { spawnSync } from "node:child_process";
import { existsSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export function step(message) {
  process.stdout.write(`▸ ${message}\n`);
}

export function ensureDependencies() {
  const marker = path.join(root, "node_modules/.commonplace-installed");
  const lock = path.join(root, "package-lock.json");
  const fresh = existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs;
  if (fresh) return;
  step("Installing dependencies (npm ci) …");
  const result = spawnSync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) {
    process.stderr.write("Dependency installation failed; see the npm output above.\n");
    process.exit(result.status ?? 1);
  }
  writeFileSync(marker, new Date().toISOString());
}

/** Runs a TypeScript entry point in this process through tsx (installed by ensureDependencies). */
export async function runTypeScript(file) {
  const { tsImport } = await import("tsx/esm/api");
  return tsImport(path.resolve(root, file), import.meta.url);
}
