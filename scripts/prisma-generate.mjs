// Generates the Prisma client (packages/db/src/generated). Node built-ins only: it runs before any
// TypeScript entry point is imported, because those import the generated client (a fresh clone has none).
// `prisma generate` needs no database, but the Prisma CLI insists on locating its schema engine (which it
// cannot download offline); any existing file satisfies that check.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dbDir = path.join(root, "packages/db");
const generatedDir = path.join(dbDir, "src/generated");
const marker = path.join(generatedDir, ".schema-hash");

function schemaHash() {
  const inputs = ["prisma/schema.prisma", "prisma.config.ts"].map((file) => readFileSync(path.join(dbDir, file)));
  const prismaVersion = readFileSync(path.join(root, "node_modules/prisma/package.json"));
  return createHash("sha256")
    .update(Buffer.concat([...inputs, prismaVersion]))
    .digest("hex");
}

/** Runs `prisma generate` and records the schema's hash next to the output. */
export function generatePrismaClient() {
  const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
  env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
  const result = spawnSync(path.join(root, "node_modules/.bin/prisma"), ["generate"], { cwd: dbDir, env, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  if (result.status !== 0) {
    process.stderr.write(result.error ? `${result.error.message}\n` : `${result.stdout}${result.stderr}`);
    process.stderr.write("✗ Generating the Prisma client failed; see the output above.\n");
    process.exit(result.status ?? 1);
  }
  writeFileSync(marker, schemaHash());
}

/** Generates the client when it is missing or was generated from another schema (a fresh clone, a pull). */
export function ensurePrismaClient() {
  const current = existsSync(path.join(generatedDir, "prisma/client.ts")) && existsSync(marker) && readFileSync(marker, "utf8") === schemaHash();
  if (!current) {
    process.stdout.write("▸ Generating the Prisma client …\n");
    generatePrismaClient();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) generatePrismaClient();
