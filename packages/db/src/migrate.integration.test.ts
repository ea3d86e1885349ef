import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import pg from "pg";
import { ensureDatabase } from "@commonplace/embedded";
import { migrate } from "./migrate.ts";

// The runner against a real PostgreSQL, with small migration folders written per test.

const baseUrl = process.env.DATABASE_URL!;
const withDatabase = (name: string) => baseUrl.replace(/\/[^/?]+(\?|$)/, `/${name}$1`);

async function fresh(name: string): Promise<string> {
  const admin = withDatabase("postgres");
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
  await ensureDatabase(admin, name);
  return withDatabase(name);
}

function migrationsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "commonplace-migrations-"));
  for (const [name, sql] of Object.entries(files)) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

async function sql<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

const records = (url: string) =>
  sql<{ migration_name: string; finished: boolean; rolled_back: boolean }>(
    url,
    `SELECT migration_name, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back FROM "_prisma_migrations" ORDER BY started_at, migration_name`,
  );
const tableExists = async (url: string, table: string) => (await sql<{ t: string | null }>(url, `SELECT to_regclass('${table}')::text AS t`))[0]!.t !== null;

// Sleeps only while the marker table exists, so the same file (same checksum) runs fast the next time.
const SLOW = `CREATE TABLE widget (id int PRIMARY KEY);
SELECT pg_sleep(CASE WHEN to_regclass('slow_marker') IS NOT NULL THEN 60 ELSE 0 END);
INSERT INTO widget VALUES (1);`;

describe("migration runner", () => {
  it("a migration cut off mid-way (its backend terminated) leaves nothing behind, and the next run applies it", async () => {
    const url = await fresh("migrate_interrupted");
    const dir = migrationsDir({ "20260101000000_first": "CREATE TABLE first_table (id int);", "20260102000000_slow": SLOW });
    await sql(url, "CREATE TABLE slow_marker (x int)");

    const running = migrate(url, dir).then(
      () => null,
      (error: unknown) => error as Error,
    );
    let pid: number | undefined;
    for (let i = 0; i < 300 && pid === undefined; i++) {
      const rows = await sql<{ pid: number }>(
        url,
        `SELECT pid FROM pg_stat_activity WHERE application_name = 'commonplace-migrate' AND query LIKE '%pg_sleep%' AND state = 'active'`,
      );
      pid = rows[0]?.pid;
      if (pid === undefined) await new Promise((r) => setTimeout(r, 50));
    }
    expect(pid).toBeDefined();
    await sql(url, `SELECT pg_terminate_backend(${pid})`);
    expect(await running).toBeInstanceOf(Error);

    // As before the interrupted migration: the first one applied, nothing of the second, no half record.
    expect(await tableExists(url, "first_table")).toBe(true);
    expect(await tableExists(url, "widget")).toBe(false);
    expect(await records(url)).toEqual([{ migration_name: "20260101000000_first", finished: true, rolled_back: false }]);

    await sql(url, "DROP TABLE slow_marker");
    expect(await migrate(url, dir)).toEqual({ applied: ["20260102000000_slow"], alreadyApplied: 1 });
    expect(await sql(url, "SELECT id FROM widget")).toEqual([{ id: 1 }]);
  });

  it("retries a migration the previous runner left started but unfinished, when its effects were rolled back", async () => {
    const url = await fresh("migrate_stale_row");
    const dir = migrationsDir({ "20260101000000_widgets": "CREATE TABLE widget (id int);" });
    await migrate(url, migrationsDir({}));
    // What the old runner left after an interrupt: its row, written before the migration's transaction.
    await sql(
      url,
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ('00000000-0000-0000-0000-000000000001', 'x', '20260101000000_widgets')`,
    );

    expect(await migrate(url, dir)).toEqual({ applied: ["20260101000000_widgets"], alreadyApplied: 0 });
    expect(await tableExists(url, "widget")).toBe(true);
    expect(await records(url)).toEqual([
      { migration_name: "20260101000000_widgets", finished: false, rolled_back: true },
      { migration_name: "20260101000000_widgets", finished: true, rolled_back: false },
    ]);
    expect(await migrate(url, dir)).toEqual({ applied: [], alreadyApplied: 1 });
  });

  it("an unfinished row whose effects did commit stops the start with the SQL error and how to resolve it", async () => {
    const url = await fresh("migrate_stale_committed");
    const dir = migrationsDir({ "20260101000000_widgets": "CREATE TABLE widget (id int);" });
    await migrate(url, migrationsDir({}));
    await sql(url, `CREATE TABLE widget (id int)`);
    await sql(
      url,
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ('00000000-0000-0000-0000-000000000002', 'x', '20260101000000_widgets')`,
    );
    await expect(migrate(url, dir)).rejects.toThrow(/20260101000000_widgets.*did not finish.*"widget" already exists.*mark it applied/s);
  });

  it("a migration that fails for a real reason stops with its SQL error, every time, and changes nothing", async () => {
    const url = await fresh("migrate_real_failure");
    const dir = migrationsDir({ "20260101000000_ok": "CREATE TABLE ok_table (id int);", "20260102000000_bad": "CREATE TABLE half (id int);\nSELECT 1/0;" });
    await expect(migrate(url, dir)).rejects.toThrow(/20260102000000_bad failed and was rolled back: division by zero/);
    await expect(migrate(url, dir)).rejects.toThrow(/20260102000000_bad failed and was rolled back: division by zero/);
    expect(await tableExists(url, "half")).toBe(false);
    expect(await tableExists(url, "ok_table")).toBe(true);
  });
});
