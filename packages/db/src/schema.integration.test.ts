import { describe, expect, it } from "vitest";
import { ensureDatabase } from "@commonplace/embedded";
import { schemaSql } from "@commonplace/prisma-diff";
import pg from "pg";
import { describeSchema } from "./catalog.ts";
import { migrate } from "./migrate.ts";

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

describe("migrations and schema.prisma", () => {
  it("build the same database", async () => {
    const fromMigrations = await fresh("schema_from_migrations");
    await migrate(fromMigrations);

    const fromSchema = await fresh("schema_from_prisma");
    const scratch = await fresh("schema_scratch");
    const client = new pg.Client({ connectionString: fromSchema });
    await client.connect();
    await client.query(schemaSql(scratch));
    await client.end();

    const [a, b] = await Promise.all([describeSchema(fromMigrations), describeSchema(fromSchema)]);
    expect(a.columns?.length).toBeGreaterThan(20);
    expect(a).toEqual(b);
  });

  it("re-running migrations applies nothing and keeps the record", async () => {
    const url = await fresh("schema_rerun");
    const first = await migrate(url);
    const second = await migrate(url);
    expect(first.applied.length).toBeGreaterThan(0);
    expect(second).toEqual({ applied: [], alreadyApplied: first.applied.length });
  });
});
