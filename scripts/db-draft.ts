// npm run db:draft -- <name>: writes packages/db/prisma/migrations/<timestamp>_<name>/migration.sql with the
// SQL from the last committed schema.prisma to the working one (Prisma 6's offline engine, on a scratch
// embedded PostgreSQL). Review it; the schema test proves migrations and schema.prisma agree.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, startEmbeddedPostgres } from "@commonplace/embedded";
import { schemaDiffSql } from "@commonplace/prisma-diff";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:draft -- <name_in_snake_case>");
  process.exit(1);
}
const root = path.resolve(import.meta.dirname, "..");
const schemaPath = "packages/db/prisma/schema.prisma";
const before = execFileSync("git", ["show", `HEAD:${schemaPath}`], { cwd: root, encoding: "utf8" });
const after = readFileSync(path.join(root, schemaPath), "utf8");
const pg = await startEmbeddedPostgres({
  dataDir: path.join(mkdtempSync(path.join(os.tmpdir(), "db-draft-")), "pg"),
  port: await freePort(),
  database: "scratch",
  ephemeral: true,
});
try {
  const sql = schemaDiffSql(pg.url, before, after);
  // Later than the clock and than every existing migration, so folder order is apply order.
  const existing = readdirSync(path.join(root, "packages/db/prisma/migrations"))
    .map((d) => Number(d.slice(0, 14)))
    .filter(Boolean);
  const stamp = String(Math.max(Number(new Date().toISOString().replace(/\D/g, "").slice(0, 14)), ...existing.map((n) => n + 1)));
  const dir = path.join(root, "packages/db/prisma/migrations", `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  console.log(`Wrote ${path.relative(root, dir)}/migration.sql (${sql.split("\n").length} lines)`);
} finally {
  await pg.stop();
}
