import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

/**
 * Applies prisma/migrations/<name>/migration.sql in order and records each in _prisma_migrations the way
 * `prisma migrate deploy` does (same table and columns, checksum = sha256 of the file, same advisory
 * lock), so the two stay interchangeable where Prisma's schema engine can be downloaded. Unlike Prisma,
 * the row is written in the migration's own transaction (see applyOne).
 */
export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "../prisma/migrations");
const PRISMA_ADVISORY_LOCK = 72707369;

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

export async function listMigrations(dir = MIGRATIONS_DIR): Promise<{ name: string; sql: string; checksum: string }[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

export async function migrate(databaseUrl: string, dir = MIGRATIONS_DIR): Promise<MigrationResult> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: "commonplace-migrate" });
  // A connection the server ends (shutdown, pg_terminate_backend) fails the query in flight; without a
  // listener its "error" event would also crash the process.
  client.on("error", () => undefined);
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
    );
    const done = new Map(rows.filter((r) => r.finished_at).map((r) => [r.migration_name, r.checksum]));
    // Started but neither finished nor rolled back: left by an interrupted run of the previous runner
    // (which recorded the row outside the migration's transaction) or of `prisma migrate deploy`.
    const unfinished = new Set(rows.filter((r) => !r.finished_at && !r.rolled_back_at).map((r) => r.migration_name));
    const result: MigrationResult = { applied: [], alreadyApplied: 0 };
    for (const migration of await listMigrations(dir)) {
      const recorded = done.get(migration.name);
      if (recorded) {
        if (recorded !== migration.checksum) throw new Error(`Migration ${migration.name} was changed after it was applied (checksum differs).`);
        result.alreadyApplied++;
        continue;
      }
      await applyOne(client, migration, unfinished.has(migration.name));
      result.applied.push(migration.name);
    }
    return result;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK]).catch(() => {});
    await client.end().catch(() => {});
  }
}

/**
 * The migration's SQL and its finished `_prisma_migrations` row commit in one transaction: a run
 * interrupted at any point (Ctrl-C, a killed process, a lost connection) leaves the database and the
 * record as they were, and the next run applies the migration again. An unfinished row left by an
 * earlier runner is retried the same way: if its SQL applies now, its effects had been rolled back,
 * and the old row is marked rolled back in the same transaction.
 */
async function applyOne(client: pg.Client, migration: { name: string; sql: string; checksum: string }, unfinished: boolean): Promise<void> {
  try {
    await client.query("BEGIN");
    await client.query(migration.sql);
    if (unfinished) {
      await client.query(
        `UPDATE "_prisma_migrations" SET rolled_back_at = now(), logs = concat_ws(E'\\n', logs, 'interrupted; applied again by a later run')
        WHERE migration_name = $1 AND finished_at IS NULL AND rolled_back_at IS NULL`,
        [migration.name],
      );
    }
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), clock_timestamp(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    const reason = (error as Error).message;
    if (unfinished) {
      throw new Error(
        `Migration ${migration.name} was started by an earlier run that did not finish, and applying it again failed: ${reason}. ` +
          `If its changes are already in the database, mark it applied (UPDATE "_prisma_migrations" SET finished_at = now() WHERE migration_name = '${migration.name}'); otherwise fix the database and start again.`,
      );
    }
    // Recorded as rolled back (as Prisma records a resolved failure), so the next run tries it again.
    await client
      .query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, logs, rolled_back_at) VALUES ($1, $2, $3, now(), $4, now())`, [
        randomUUID(),
        migration.checksum,
        migration.name,
        String(error),
      ])
      .catch(() => {});
    throw new Error(`Migration ${migration.name} failed and was rolled back: ${reason}`);
  }
}

/** Drops every table, type and function in the public schema (db:reset). */
export async function resetDatabase(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
    await client.query("DROP SCHEMA IF EXISTS pgboss CASCADE");
  } finally {
    await client.end();
  }
}
