import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { chmod, lstat, mkdir, mkdtemp, realpath, rm, stat, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, test } from "vitest";
import { freePort, startEmbeddedPostgres } from "../src/index.ts";
import { removeAbandonedData } from "../src/postgres-access.ts";

// A clone in /root (or any mode-0700 folder) used to fail with `spawn …/initdb EACCES`: as root, PostgreSQL
// runs as the `postgres` user, which could not reach its binaries or data there (postgres-access.ts).
// Both layouts: the data directory right inside the private folder (the integration tier's mkdtemp folder),
// and one level deeper (a clone's `<private>/commonplace/.data/postgres`), where the data must live elsewhere.

const asRoot = process.getuid?.() === 0;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});

async function privateFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "commonplace-private-"));
  await chmod(dir, 0o700);
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Starts the embedded PostgreSQL on `dataDir`, runs the statements, returns the last one's rows and the server's uid, stops. */
async function withServer(dataDir: string, statements: string[]): Promise<{ rows: { note: string }[]; uid: number }> {
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: "private_test" });
  try {
    const uid = Number(/^Uid:\s+(\d+)/m.exec(readFileSync(`/proc/${server.process.pid}/status`, "utf8"))![1]);
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      let rows: { note: string }[] = [];
      for (const sql of statements) rows = (await client.query<{ note: string }>(sql)).rows;
      return { rows, uid };
    } finally {
      await client.end();
    }
  } finally {
    await server.stop();
  }
}

async function writeStopStartRead(dataDir: string) {
  const first = await withServer(dataDir, ["CREATE TABLE kept (note text)", "INSERT INTO kept VALUES ('written before the restart') RETURNING note"]);
  expect(first.rows).toEqual([{ note: "written before the restart" }]);
  const second = await withServer(dataDir, ["SELECT note FROM kept"]);
  expect(second.rows).toEqual([{ note: "written before the restart" }]);
  return { uid: first.uid };
}

const postgresUid = () => Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());

describe(asRoot ? "as root, PostgreSQL runs as the postgres user from a mode-0700 folder" : "not root: PostgreSQL runs as this user", () => {
  test("data directory right inside the private folder: written, stopped, started again, read back", async () => {
    const dataDir = path.join(await privateFolder(), "pg");
    const { uid } = await writeStopStartRead(dataDir);
    expect(uid).toBe(asRoot ? postgresUid() : process.getuid!());
    expect((await lstat(dataDir)).isDirectory()).toBe(true);
    if (asRoot) expect((await stat(dataDir)).uid).toBe(postgresUid());
  });

  test("data directory deeper in the private folder (a clone's .data): placed where postgres reaches it, kept across restarts", async () => {
    const secret = await privateFolder();
    const dataDir = path.join(secret, "commonplace", ".data", "postgres");
    // The folder the data is placed in outside `secret` (when it is a link), removed after the test.
    cleanups.push(async () => {
      if ((await lstat(dataDir)).isSymbolicLink()) await rm(path.dirname(await realpath(dataDir)), { recursive: true, force: true });
    });
    const { uid } = await writeStopStartRead(dataDir);
    expect(uid).toBe(asRoot ? postgresUid() : process.getuid!());
    // The private folder stays private: nothing above the data directory's own parent is opened up.
    expect((await stat(secret)).mode & 0o777).toBe(0o700);
    if (asRoot) {
      // postgres cannot enter `secret`, so DATA_DIR/postgres links to a folder under /var/lib/commonplace.
      expect((await lstat(dataDir)).isSymbolicLink()).toBe(true);
      const target = await realpath(dataDir);
      expect(target.startsWith("/var/lib/commonplace/")).toBe(true);
      expect((await stat(target)).uid).toBe(postgresUid());
    } else {
      expect((await lstat(dataDir)).isDirectory()).toBe(true);
    }
  });

  test.runIf(asRoot)("data placed for a temporary folder that is gone is removed; a linked one, or one outside the temp folder, is kept", async () => {
    const later = () => Date.now() + 11 * 60_000; // past the grace period for folders being set up
    const secret = await privateFolder();
    const dataDir = path.join(secret, "commonplace", ".data", "postgres");
    await writeStopStartRead(dataDir);
    const placed = path.dirname(await realpath(dataDir));
    cleanups.push(() => rm(placed, { recursive: true, force: true }));
    expect(removeAbandonedData(later())).not.toContain(placed); // its link is there
    // A clone outside the temp folder whose link cannot be found (moved, perhaps): never taken for abandoned.
    const elsewhere = path.join("/var/lib/commonplace", `data-test-${process.pid}`);
    await mkdir(path.join(elsewhere, "postgres"), { recursive: true });
    await writeFile(path.join(elsewhere, "owner"), "/srv/moved-clone/.data/postgres");
    cleanups.push(() => rm(elsewhere, { recursive: true, force: true }));
    await utimes(elsewhere, new Date(0), new Date(0));

    await rm(secret, { recursive: true, force: true }); // the temporary folder is deleted
    expect(removeAbandonedData(Date.now())).not.toContain(placed); // still within the grace period
    expect(removeAbandonedData(later())).toContain(placed);
    expect(existsSync(placed)).toBe(false);
    expect(existsSync(elsewhere)).toBe(true);
  });
});
