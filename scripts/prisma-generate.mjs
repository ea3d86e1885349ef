// `prisma generate` needs no database, but the Prisma CLI insists on locating its schema engine
// (which it cannot download here); any existing file satisfies that check.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const result = spawnSync(path.join(root, "node_modules/.bin/prisma"), ["generate"], {
  cwd: path.join(root, "packages/db"),
  env,
  stdio: ["ignore", "pipe", "pipe"],
  encoding: "utf8",
});
if (result.status !== 0) {
  process.stderr.write(result.stdout + result.stderr);
  process.exit(result.status ?? 1);
}
