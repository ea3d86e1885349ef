// Runs `prisma migrate diff` (Prisma 6.19, WASM engine) against a scratch database.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const dbDir = path.join(here, "../../packages/db/prisma");

/** @param {string} scratchUrl @param {string[]} args @returns {{ status: number, stdout: string, stderr: string }} */
export function prismaDiff(scratchUrl, args) {
  const bin = path.join(here, "node_modules/.bin/prisma");
  const cli = spawnSync(bin, ["migrate", "diff", ...args], {
    cwd: here,
    encoding: "utf8",
    env: {
      ...process.env,
      PRISMA_DIFF_DATABASE_URL: scratchUrl,
      // The CLI only checks that these exist; the WASM engine does the work.
      PRISMA_QUERY_ENGINE_LIBRARY: path.join(dbDir, "schema.prisma"),
      PRISMA_SCHEMA_ENGINE_BINARY: path.join(dbDir, "schema.prisma"),
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
    },
  });
  return { status: cli.status ?? 1, stdout: cli.stdout, stderr: cli.stderr };
}

/**
 * SQL that creates, from nothing, the database schema.prisma describes. (Diffing from the migrations
 * would need the engine to introspect PostgreSQL 18, which the WASM engine cannot; the schema test
 * instead applies this SQL and the migrations to two databases and compares their catalogs.)
 */
export function schemaSql(scratchUrl) {
  const result = prismaDiff(scratchUrl, ["--from-empty", "--to-schema-datamodel", prisma6Schema(), "--script"]);
  if (result.status !== 0) throw new Error(`prisma migrate diff failed: ${result.stderr || result.stdout}`);
  return result.stdout;
}

/** Prisma 6 requires `url` in the datasource block, which Prisma 7 moved to prisma.config.ts. */
function prisma6Schema() {
  const schema = withUrl(readFileSync(path.join(dbDir, "schema.prisma"), "utf8"));
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "prisma-diff-")), "schema.prisma");
  writeFileSync(file, schema);
  return file;
}

/** SQL from one schema.prisma text to another (drafts a migration; the schema test then checks it). */
export function schemaDiffSql(scratchUrl, fromSchemaText, toSchemaText) {
  const files = [fromSchemaText, toSchemaText].map((text, i) => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "prisma-diff-")), `schema${i}.prisma`);
    writeFileSync(file, withUrl(text));
    return file;
  });
  const result = prismaDiff(scratchUrl, ["--from-schema-datamodel", files[0], "--to-schema-datamodel", files[1], "--script"]);
  if (result.status !== 0) throw new Error(`prisma migrate diff failed: ${result.stderr || result.stdout}`);
  return result.stdout;
}

function withUrl(schema) {
  return schema.replace(/datasource db \{([^}]*)\}/, 'datasource db {$1  url = env("PRISMA_DIFF_DATABASE_URL")\n}');
}
