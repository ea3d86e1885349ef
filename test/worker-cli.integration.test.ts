// `npm run ingest -- …` end to end: the command the README documents, in its own process, against the
// test PostgreSQL and Meilisearch. The CLI runs in a child started with the worker's heap cap.
import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@commonplace/db";
import { WORKER_MAX_OLD_SPACE_MB } from "@commonplace/worker/heap";
import { arxivLine, freshDatabase, tempDir, uniquePrefix } from "../apps/worker/test/helpers.ts";

const root = path.resolve(import.meta.dirname, "..");
const dir = tempDir();
let databaseUrl: string;
let db: Db;

/** Prints each node process's V8 heap limit, so the test sees what the CLI process was given. */
const heapProbe = path.join(dir, "heap-probe.mjs");
writeFileSync(
  heapProbe,
  `import v8 from "node:v8";\nprocess.stderr.write(\`HEAP_LIMIT_MB=\${Math.round(v8.getHeapStatistics().heap_size_limit / 1048576)}\\n\`);\n`,
);

async function ingestCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    MEILI_INDEX_PREFIX: uniquePrefix("cli"),
    DATA_DIR: path.join(dir, "data"),
    NODE_OPTIONS: `--import=${heapProbe}`,
    LOG_LEVEL: "warn",
  };
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["scripts/run.mjs", "scripts/worker-cli.ts", "ingest", ...args], {
      cwd: root,
      env,
      timeout: 150_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout: string; stderr: string };
    if (typeof e.code !== "number") throw error;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  databaseUrl = await freshDatabase("worker_cli_it");
  db = createDb(databaseUrl);
});

afterAll(async () => {
  await db?.$disconnect();
});

describe("npm run ingest", () => {
  it("ingests a file, exits 0, and runs the CLI under the worker's heap cap", async () => {
    const file = path.join(dir, "good.jsonl");
    writeFileSync(file, [arxivLine(9101), arxivLine(9102)].join("\n"));
    const r = await ingestCli(file);
    expect(r.code, r.stderr).toBe(0);
    expect(await db.paper.count({ where: { arxivId: { in: ["2401.09101", "2401.09102"] } } })).toBe(2);
    const limits = [...r.stderr.matchAll(/HEAP_LIMIT_MB=(\d+)/g)].map((m) => Number(m[1]));
    // The launcher's own node keeps V8's default; the process that ingests has the cap (plus V8's young space).
    expect(limits.some((mb) => mb <= WORKER_MAX_OLD_SPACE_MB + 64)).toBe(true);
  }, 180_000);

  it("exits non-zero when an item fails, and still ingests the others", async () => {
    const file = path.join(dir, "mixed.jsonl");
    writeFileSync(file, [arxivLine(9201), "{this is not json", arxivLine(9202)].join("\n"));
    const r = await ingestCli(file);
    expect(r.code).not.toBe(0);
    expect(await db.paper.count({ where: { arxivId: { in: ["2401.09201", "2401.09202"] } } })).toBe(2);
  }, 180_000);
});
