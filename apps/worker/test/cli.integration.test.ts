import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDb, type Db } from "@commonplace/db";
import type { SearchClient } from "@commonplace/search";
import { createSearch } from "../src/context.ts";
import { DIGEST_SEED_PATH } from "../src/seed.ts";
import { arxivLine, dropIndexes, freshDatabase, indexedIds, tempDir, testEnv, uniquePrefix, writeTemp } from "./helpers.ts";

// The CLIs as operators run them: `node --import tsx apps/worker/src/cli/<name>.ts …` with configuration in
// the env (one process: not tsx's CLI, whose extra parent process ate the worker's SIGTERM exit on Node 24).
// Each spawns a fresh node process that compiles TypeScript, slow on a busy machine: generous limits.
vi.setConfig({ testTimeout: 180_000 });

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const tsx = [process.execPath, "--import", "tsx"] as const;
const dir = tempDir();
let childEnv: Record<string, string>;
let db: Db;
let search: SearchClient;

function run(
  script: string,
  args: string[],
  env: Record<string, string | undefined> = childEnv,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx[0], [...tsx.slice(1), path.join(root, "apps/worker/src/cli", script), ...args], { cwd: root, env: env as NodeJS.ProcessEnv });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  const url = await freshDatabase("worker_cli_it");
  const prefix = uniquePrefix("cli");
  childEnv = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    DATABASE_URL: url,
    MEILI_HOST: process.env.MEILI_HOST!,
    MEILI_MASTER_KEY: process.env.MEILI_MASTER_KEY ?? "",
    MEILI_INDEX_PREFIX: prefix,
    LOG_LEVEL: "error",
  };
  db = createDb(url);
  search = createSearch(testEnv({ DATABASE_URL: url, MEILI_INDEX_PREFIX: prefix }));
});

afterAll(async () => {
  await dropIndexes(search).catch(() => undefined);
  await db?.$disconnect();
});

describe("ingest CLI", () => {
  it("--seed ingests the digest on an empty database, prints the summary, and the papers are searchable", async () => {
    const r = await run("ingest.ts", ["--seed", DIGEST_SEED_PATH]);
    expect(r.stderr).toMatch(/^ingest: \[/m); // periodic progress lines when stderr is not a TTY
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/created\s+49\n/);
    expect(r.stdout).toMatch(/failed\s+0\n/);
    expect(r.stdout).toMatch(/Search index: up to date \(49 documents written\)/);
    expect((await indexedIds(search)).length).toBe(49);

    const again = await run("ingest.ts", ["--seed", DIGEST_SEED_PATH]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/Skipped: the database already has 49 papers/);
  });

  it("exits non-zero and lists each failure with its reason", async () => {
    const jsonl = writeTemp(dir, "cli.jsonl", [arxivLine(900), "{oops", arxivLine(901)].join("\n"));
    const r = await run("ingest.ts", [jsonl, "not-a-thing"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/created\s+2\n/);
    expect(r.stdout).toMatch(/failed\s+2\n/);
    expect(r.stdout).toMatch(/cli\.jsonl: line 2\s+line 2: not valid JSON/);
    expect(r.stdout).toMatch(/not-a-thing\s+no such file, and not a URL, arXiv id or DOI/);
  });

  it("refuses to start without configuration, naming the variable", async () => {
    const { DATABASE_URL: _omit, ...rest } = childEnv;
    const r = await run("ingest.ts", [DIGEST_SEED_PATH], rest);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/DATABASE_URL: required/);
  });
});

describe("reindex CLI", () => {
  it("rebuilds the index from PostgreSQL behind the same name", async () => {
    const papers = await db.paper.count();
    // Drift both indexes: remove a document behind the pipeline's back.
    const [victim] = await indexedIds(search);
    for (const uid of [search.indexes.papers, search.indexes.terms]) await search.meili.index(uid).deleteDocument(victim!).waitTask();
    expect((await indexedIds(search)).length).toBe(papers - 1);
    // A related-paper list computed from the drifted index.
    await db.relatedPapers.create({ data: { paperId: victim!, relatedIds: [], textHash: "x", librarySize: papers - 1 } });

    const r = await run("reindex.ts", []);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`Reindexed ${papers} papers`));
    expect(r.stdout).toMatch(/Forgot 1 related-paper list;/);
    expect(await db.relatedPapers.count()).toBe(0);
    expect((await indexedIds(search)).sort()).toEqual((await db.paper.findMany({ select: { id: true } })).map((p) => p.id).sort());
    const { results } = await search.meili.getIndexes({ limit: 1000 });
    expect(
      results
        .map((i) => i.uid)
        .filter((uid) => uid.startsWith(search.indexes.prefix))
        .sort(),
    ).toEqual([search.indexes.papers, search.indexes.terms].sort());
    expect((await search.meili.index(search.indexes.terms).getStats()).numberOfDocuments).toBe(papers);
  });
});

describe("worker process", () => {
  it("exits with a message naming the invalid variable", async () => {
    const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(tsx[0], [...tsx.slice(1), path.join(root, "apps/worker/src/main.ts")], { cwd: root, env: { ...childEnv, MEILI_HOST: "not a url" } });
      let stderr = "";
      child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
      child.on("close", (code) => resolve({ code, stderr }));
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/MEILI_HOST: expected an http\(s\):\/\/ URL/);
  });

  it("starts, logs JSON, and stops cleanly on SIGTERM", async () => {
    const child = spawn(tsx[0], [...tsx.slice(1), path.join(root, "apps/worker/src/main.ts")], { cwd: root, env: { ...childEnv, LOG_LEVEL: "info" } });
    let stdout = "";
    const started = new Promise<void>((resolve) =>
      child.stdout.on("data", (c: Buffer) => {
        stdout += c.toString();
        if (stdout.includes('"msg":"worker started"')) resolve();
      }),
    );
    const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
    await started;
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(stdout).toMatch(/"msg":"worker stopped"/);
  });
});
