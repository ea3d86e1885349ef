import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import pg from "pg";
import { ensureDatabase } from "@commonplace/embedded";
import { migrate } from "@commonplace/db/migrate";
import type { SearchClient } from "@commonplace/search";
import type { Db } from "@commonplace/db";
import { pipelineDeps } from "../src/context.ts";
import { loadEnv, type Env } from "../src/env.ts";
import { classifyArgument } from "../src/pipeline/fetch.ts";
import { runIngest } from "../src/pipeline/run.ts";
import { createLogger } from "../src/logger.ts";

// Each worker test file gets its own database (migrated fresh) and its own index prefix, so files
// never see each other's papers even though they share one PostgreSQL and one Meilisearch.

export async function freshDatabase(name: string): Promise<string> {
  const base = process.env.DATABASE_URL!;
  const withDb = (db: string) => base.replace(/\/[^/?]+(\?|$)/, `/${db}$1`);
  const admin = new pg.Client({ connectionString: withDb("postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
  await ensureDatabase(withDb("postgres"), name);
  const url = withDb(name);
  await migrate(url);
  return url;
}

export function testEnv(overrides: Record<string, string>): Env {
  return loadEnv({
    DATABASE_URL: process.env.DATABASE_URL,
    MEILI_HOST: process.env.MEILI_HOST,
    MEILI_MASTER_KEY: process.env.MEILI_MASTER_KEY,
    LOG_LEVEL: process.env.LOG_LEVEL ?? "silent",
    ...overrides,
  });
}

export const silentLogger = () => createLogger(process.env.LOG_LEVEL ?? "silent", { stderr: true });

export function uniquePrefix(tag: string): string {
  return `w${tag}_${process.pid}_${Date.now().toString(36)}_`;
}

export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), "commonplace-worker-test-"));
}

export function writeTemp(dir: string, name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** arXiv snapshot lines with distinctive titles ("Synthetic study 17 of quasar lensing"). */
export function arxivLine(i: number, opts: { version?: number; title?: string; doi?: string } = {}): string {
  const id = `2401.${String(i).padStart(5, "0")}`;
  const versions = Array.from({ length: opts.version ?? 1 }, (_, v) => ({ version: `v${v + 1}`, created: `Mon, ${1 + v} Jan 2024 10:00:00 GMT` }));
  return JSON.stringify({
    id,
    title: opts.title ?? `Synthetic study ${i} of ${TOPICS[i % TOPICS.length]}`,
    authors: `Ada Author${i} and Bo Writer`,
    authors_parsed: [
      [`Author${i}`, "Ada", ""],
      ["Writer", "Bo", ""],
    ],
    abstract: `We examine case ${i} of ${TOPICS[(i * 7) % TOPICS.length]} with a careful protocol and report what we measured.`,
    categories: "cs.LG stat.ML",
    doi: opts.doi ?? null,
    versions,
    update_date: "2024-01-02",
  });
}

/** Papers `from`…`from + n - 1` (arxivLine) through the pipeline as one import run; their outbox rows are left pending. */
export async function ingestArxiv(
  ctx: { env: Env; db: Db; logger: ReturnType<typeof silentLogger>; dir: string },
  from: number,
  n: number,
  label: string,
): Promise<void> {
  const file = writeTemp(ctx.dir, `batch-${from}.jsonl`, Array.from({ length: n }, (_, i) => arxivLine(from + i)).join("\n"));
  const run = await ctx.db.ingestRun.create({ data: { source: "test", label } });
  await runIngest(pipelineDeps(ctx.env, ctx.db, ctx.logger), run.id, [classifyArgument(file)]);
}

const TOPICS = [
  "quasar lensing",
  "protein folding",
  "graph coloring",
  "sparse attention",
  "ocean currents",
  "bird migration",
  "tensor networks",
  "soil carbon",
];

export async function waitFor<T>(what: string, probe: () => Promise<T | false | null | undefined>, timeoutMs = 60_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Every document id in the papers index (ids only). */
export async function indexedIds(search: SearchClient): Promise<string[]> {
  const ids: string[] = [];
  const index = search.meili.index(search.indexes.papers);
  for (let offset = 0; ; offset += 1000) {
    const page = await index.getDocuments<{ id: string }>({ fields: ["id"], limit: 1000, offset });
    ids.push(...page.results.map((d) => d.id));
    if (page.results.length < 1000) return ids;
  }
}

export async function dropIndexes(search: SearchClient): Promise<void> {
  const { results } = await search.meili.getIndexes({ limit: 1000 });
  await Promise.all(results.filter((i) => i.uid.startsWith(search.indexes.prefix)).map((i) => search.meili.deleteIndex(i.uid).waitTask()));
}

/** A writable that keeps what was written (the CLI report). */
export function sink(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const w = new Writable({
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk.toString());
      cb();
    },
  });
  return Object.assign(w, { text: () => chunks.join("") });
}
