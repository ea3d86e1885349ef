import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDb, type Db } from "@commonplace/db";
import { createBoss, createIngestRun, getIngestRun, startBoss, stopBoss, type Boss } from "@commonplace/jobs";
import { searchPapers, type SearchClient } from "@commonplace/search";
import { createSearch } from "../src/context.ts";
import type { Env } from "../src/env.ts";
import { ingestPaths } from "../src/ingest-paths.ts";
import { DIGEST_SEED_PATH, ingestDigestOnFirstBoot } from "../src/seed.ts";
import { startWorker, type RunningWorker } from "../src/worker.ts";
import pg from "pg";
import { drainDeps } from "../src/context.ts";
import { drainOutboxBatch, REINDEX_LOCK_KEY } from "../src/pipeline/index.ts";
import { arxivLine, dropIndexes, freshDatabase, indexedIds, silentLogger, sink, tempDir, testEnv, uniquePrefix, waitFor, writeTemp } from "./helpers.ts";

vi.setConfig({ testTimeout: 180_000 });

let env: Env;
let db: Db;
let search: SearchClient;
const logger = silentLogger();
const dir = tempDir();

/** Like a machine without network: every request fails the way fetch fails offline. */
const offlineFetch: typeof fetch = async () => {
  throw new TypeError("fetch failed");
};

const ingest = (inputs: string[], extra: Parameters<typeof ingestPaths>[3] = {}) =>
  ingestPaths(env, logger, inputs, { report: sink(), fetch: offlineFetch, ...extra });

beforeAll(async () => {
  const url = await freshDatabase("worker_ingest_it");
  env = testEnv({ DATABASE_URL: url, MEILI_INDEX_PREFIX: uniquePrefix("ingest"), INGEST_RESOLVE_TIMEOUT_MS: "2000", INGEST_BATCH_SIZE: "20" });
  db = createDb(url);
  search = createSearch(env);
});

afterAll(async () => {
  await dropIndexes(search).catch(() => undefined);
  await db?.$disconnect();
});

describe("ingesting the daily digest", () => {
  it("creates the 49 papers and makes them searchable", async () => {
    const report = sink();
    const r = await ingest([DIGEST_SEED_PATH], { report });
    expect(r.exitCode).toBe(0);
    expect(r.summary).toMatchObject({ created: 49, updated: 0, duplicate: 0, failed: 0 });
    expect(report.text()).toMatch(/created\s+49/);
    expect(await db.paper.count()).toBe(49);
    expect(await db.searchOutbox.count({ where: { processedAt: null } })).toBe(0);

    const ids = await indexedIds(search);
    expect(ids.sort()).toEqual((await db.paper.findMany({ select: { id: true } })).map((p) => p.id).sort());
    const hit = await searchPapers(search, { q: "label proportions belief propagation" });
    expect(hit.hits[0]?.title).toBe("Learning from Label Proportions: Bootstrapping Supervised Learners via Belief Propagation");

    const run = await getIngestRun(db, r.summary!.runId);
    expect(run).toMatchObject({ status: "DONE", total: 49, processed: 49, created: 49 });
    expect(await db.paperVersion.count()).toBe(49);
  });

  it("ingesting it again creates nothing: every item is a duplicate", async () => {
    const outboxBefore = await db.searchOutbox.count();
    const r = await ingest([DIGEST_SEED_PATH]);
    expect(r.summary).toMatchObject({ created: 0, failed: 0 });
    expect(r.summary!.duplicate + r.summary!.updated).toBe(49);
    expect(r.summary!.duplicate).toBe(49);
    expect(await db.paper.count()).toBe(49);
    expect(await db.searchOutbox.count()).toBe(outboxBefore);
    expect(await db.ingestItem.count({ where: { runId: r.summary!.runId, outcome: "DUPLICATE" } })).toBe(49);
  });

  it("first boot (launcher): skipped once the database has papers", async () => {
    const said: string[] = [];
    const vars = {
      DATABASE_URL: env.DATABASE_URL,
      MEILI_HOST: env.MEILI_HOST,
      MEILI_MASTER_KEY: env.MEILI_MASTER_KEY,
      MEILI_INDEX_PREFIX: env.MEILI_INDEX_PREFIX,
      LOG_LEVEL: "silent",
    };
    const r = await ingestDigestOnFirstBoot(vars, { say: (m) => said.push(m) });
    expect(r).toMatchObject({ exitCode: 0, skipped: true });
    expect(said).toEqual(["Papers already present; the digest seed was skipped"]);
  });
});

describe("arXiv versions", () => {
  it("a newer version becomes PaperVersion 2 and updates the paper's current fields", async () => {
    const v1 = writeTemp(dir, "v1.jsonl", `${arxivLine(1, { version: 1, title: "Versioned paper, first draft" })}\n`);
    const v2 = writeTemp(dir, "v2.jsonl", `${arxivLine(1, { version: 2, title: "Versioned paper, revised" })}\n`);
    expect((await ingest([v1])).summary).toMatchObject({ created: 1 });
    const r = await ingest([v2]);
    expect(r.summary).toMatchObject({ created: 0, updated: 1 });

    const paper = await db.paper.findUniqueOrThrow({ where: { arxivId: "2401.00001" }, include: { versions: { orderBy: { version: "asc" } } } });
    expect(paper).toMatchObject({ title: "Versioned paper, revised", latestVersion: 2, canonicalKey: "2401.00001" });
    expect(paper.versions.map((v) => [v.version, v.title])).toEqual([
      [1, "Versioned paper, first draft"],
      [2, "Versioned paper, revised"],
    ]);
    const doc = await search.meili.index(search.indexes.papers).getDocument<{ title: string }>(paper.id);
    expect(doc.title).toBe("Versioned paper, revised");
    // Ingesting v2 again: nothing new.
    expect((await ingest([v2])).summary).toMatchObject({ created: 0, updated: 0, duplicate: 1 });
  });
});

describe("DOI dedupe", () => {
  it("matches DOIs case-insensitively, and arXiv DOIs against arXiv ids", async () => {
    const bib = writeTemp(
      dir,
      "refs.bib",
      `@article{one, title={Case-insensitive identifiers in practice}, author={Lovelace, Ada}, year={2020}, doi={10.5555/ABC.Def}}\n`,
    );
    const csl = writeTemp(
      dir,
      "refs.json",
      JSON.stringify([
        {
          id: "a",
          type: "article-journal",
          title: "Case-insensitive identifiers in practice",
          DOI: "10.5555/abc.def",
          author: [{ family: "Lovelace", given: "Ada" }],
        },
        { id: "b", type: "article", title: "Versioned paper, revised", DOI: "10.48550/arXiv.2401.00001" },
      ]),
    );
    expect((await ingest([bib])).summary).toMatchObject({ created: 1 });
    const before = await db.paper.count();
    const r = await ingest([csl]);
    expect(r.summary).toMatchObject({ created: 0, failed: 0 });
    expect(await db.paper.count()).toBe(before);
    const items = await db.ingestItem.findMany({ where: { runId: r.summary!.runId }, select: { paperId: true } });
    const doiPaper = await db.paper.findUniqueOrThrow({ where: { doi: "10.5555/abc.def" } });
    const arxivPaper = await db.paper.findUniqueOrThrow({ where: { arxivId: "2401.00001" } });
    expect(items.map((i) => i.paperId).sort()).toEqual([doiPaper.id, arxivPaper.id].sort());
  });
});

describe("title dedupe", () => {
  it("same title: one paper per first author and year (within one); a later record of one of them merges", async () => {
    const title = "Narwhal Tusk Acoustics in Shallow Fjords";
    const entry = (key: string, author: string, year: number) => `@article{${key}, title={${title}}, author={${author}}, year={${year}}}\n`;
    const first = writeTemp(
      dir,
      "titles-1.bib",
      entry("a", "Nansen, Fridtjof", 2020) + entry("b", "Amundsen, Roald", 2020) + entry("c", "Nansen, Fridtjof", 2012),
    );
    expect((await ingest([first])).summary).toMatchObject({ created: 3, failed: 0 });
    const later = writeTemp(dir, "titles-2.bib", entry("d", "Nansen, F.", 2021));
    const r = await ingest([later]);
    expect(r.summary).toMatchObject({ created: 0, failed: 0 });
    // Still three papers; the 2021 record merged into Nansen's 2020 paper (and, equally trusted, updated its year).
    const papers = await db.paper.findMany({
      where: { title },
      select: { id: true, year: true, authors: { where: { position: 0 }, select: { author: { select: { name: true } } } } },
    });
    const byKey = Object.fromEntries(papers.map((p) => [`${p.authors[0]?.author.name.split(" ").at(-1)} ${p.year}`, p.id]));
    expect(Object.keys(byKey).sort()).toEqual(["Amundsen 2020", "Nansen 2012", "Nansen 2021"]);
    const [item] = await db.ingestItem.findMany({ where: { runId: r.summary!.runId }, select: { paperId: true } });
    expect(item?.paperId).toBe(byKey["Nansen 2021"]);
  });
});

describe("bad input never stops good input", () => {
  it("records failures with reasons and ingests the good items", async () => {
    const good = writeTemp(
      dir,
      "good.bib",
      `@article{g1, title={A perfectly good entry}, author={Good, Gina}, year={2021}}\n@article{g2, title={Another good entry}, author={Good, Gus}, year={2022}}\n`,
    );
    const jsonl = writeTemp(dir, "mixed.jsonl", [arxivLine(501), "{not json", JSON.stringify({ id: "2401.00502", title: 42 }), arxivLine(503)].join("\n"));
    const empty = writeTemp(dir, "empty.bib", "");
    const binary = writeTemp(dir, "blob.bin", new Uint8Array([0, 1, 2, 3, 255, 254, 0, 7, 8]));
    const report = sink();
    const r = await ingest([good, jsonl, empty, binary, "/nonexistent/file.bib"], { report });
    expect(r.exitCode).toBe(1);
    expect(r.summary).toMatchObject({ created: 4, failed: 5 });

    const failures = await db.ingestItem.findMany({ where: { runId: r.summary!.runId, outcome: "FAILED" }, orderBy: { id: "asc" } });
    expect(failures.map((f) => [f.ref, f.reason])).toEqual([
      ["mixed.jsonl: line 2", expect.stringMatching(/not valid JSON/)],
      ["mixed.jsonl: line 3", expect.stringMatching(/title/)],
      ["empty.bib", expect.stringMatching(/Empty file/)],
      ["blob.bin", expect.stringMatching(/Unrecognized file format/)],
      ["/nonexistent/file.bib", expect.stringMatching(/no such file/)],
    ]);
    expect(report.text()).toMatch(/Failures \(5\):/);
    expect(report.text()).toMatch(/mixed\.jsonl: line 2\s+.*not valid JSON/);
    expect(await db.paper.count({ where: { title: { in: ["A perfectly good entry", "Another good entry"] } } })).toBe(2);
  });

  it("identifiers fail with 'source unreachable' offline; other items still ingest", async () => {
    const good = writeTemp(dir, "one.bib", `@article{o1, title={Offline but fine}, author={Net, No}, year={2023}}\n`);
    const r = await ingest(["arXiv:2402.01234", "10.1145/3292500.3330701", good]);
    expect(r.summary).toMatchObject({ created: 1, failed: 2 });
    expect(r.summary!.failures).toEqual([
      { ref: "arXiv:2402.01234", reason: "source unreachable: export.arxiv.org" },
      { ref: "10.1145/3292500.3330701", reason: "source unreachable: api.crossref.org" },
    ]);
  });

  it("with the real global fetch and no route to arXiv, an identifier fails the same way", async () => {
    const r = await ingestPaths(testEnv({ ...envOverrides(), INGEST_RESOLVE_TIMEOUT_MS: "1500" }), logger, ["arXiv:2402.09999"], {
      report: sink(),
      index: false,
      fetch: unreachableFetch,
    });
    expect(r.summary!.failures[0]?.reason).toMatch(/^source unreachable: export\.arxiv\.org/);
  });
});

// A fetch against a closed local port: the real network stack refusing, independent of this machine's internet.
const unreachableFetch: typeof fetch = (input, init) => {
  const url = new URL(String(input instanceof Request ? input.url : input));
  return fetch(`http://127.0.0.1:9${url.pathname}${url.search}`, init);
};

function envOverrides(): Record<string, string> {
  return { DATABASE_URL: env.DATABASE_URL, MEILI_INDEX_PREFIX: env.MEILI_INDEX_PREFIX };
}

describe("the queue path (what the API does)", () => {
  let worker: RunningWorker;
  let producer: Boss;

  beforeAll(async () => {
    const workerEnv = testEnv({ ...envOverrides(), INGEST_MAX_BYTES: "4096", OUTBOX_POLL_MS: "200" });
    worker = await startWorker(workerEnv, logger);
    producer = await startBoss(createBoss(env.DATABASE_URL, { role: "producer" }));
  });

  afterAll(async () => {
    if (producer) await stopBoss(producer);
    await worker?.stop();
  });

  it("stores uploads in PostgreSQL, runs the job, records outcomes and indexes the papers", async () => {
    const bib = Buffer.from(`@article{q1, title={Queued through pg-boss}, author={Queue, Quinn}, year={2024}}\n`);
    const big = Buffer.alloc(10_000, "a");
    const { runId, jobId } = await createIngestRun(
      db,
      producer,
      {
        files: [
          { fileName: "queued.bib", bytes: bib },
          { fileName: "huge.pdf", bytes: big },
        ],
      },
      { source: "upload", maxBytes: 1_000_000 },
    );
    expect(jobId).toBeTruthy();
    const uploads = await db.ingestUpload.count({ where: { runId } });
    expect(uploads).toBe(2);

    const run = await waitFor("the run to finish", async () => {
      const r = await getIngestRun(db, runId);
      return r && (r.status === "DONE" || r.status === "FAILED") ? r : null;
    });
    expect(run).toMatchObject({ status: "DONE", created: 1, failed: 1, total: 2 });
    expect(run.failures).toEqual([{ ref: "huge.pdf", title: null, reason: "File is 9.8 KB; the limit is 4 KB" }]);
    expect(await db.ingestUpload.count({ where: { runId } })).toBe(0);

    const paper = await db.paper.findFirstOrThrow({ where: { title: "Queued through pg-boss" } });
    await waitFor("the paper in the index", async () => (await indexedIds(search)).includes(paper.id));
  });

  it("a payload that fails validation is logged and dropped; the worker keeps serving", async () => {
    await producer.send("ingest.run", { runId: 42 });
    const ok = await createIngestRun(
      db,
      producer,
      { files: [{ fileName: "after.bib", bytes: Buffer.from(`@misc{a, title={Still serving}, year={2024}}`) }] },
      { source: "upload" },
    );
    await waitFor("the next run", async () => (await getIngestRun(db, ok.runId))?.status === "DONE");
  });
});

describe("reindex lock", () => {
  it("pauses outbox drains while a reindex holds it; the rows are delivered afterwards", async () => {
    const bib = writeTemp(dir, "during-reindex.bib", `@article{r1, title={Written during a reindex}, author={Lock, Lee}, year={2024}}\n`);
    const lock = new pg.Client({ connectionString: env.DATABASE_URL });
    await lock.connect();
    try {
      await lock.query("SELECT pg_advisory_lock($1)", [REINDEX_LOCK_KEY.toString()]);
      const r = await ingest([bib], { index: false });
      expect(r.summary).toMatchObject({ created: 1 });
      const deps = drainDeps(env, db, search, logger);
      expect(await drainOutboxBatch(deps)).toMatchObject({ paused: true, claimed: 0 });
      expect(await db.searchOutbox.count({ where: { processedAt: null } })).toBe(1);
    } finally {
      await lock.query("SELECT pg_advisory_unlock($1)", [REINDEX_LOCK_KEY.toString()]);
      await lock.end();
    }
    const after = await drainOutboxBatch(drainDeps(env, db, search, logger));
    expect(after).toMatchObject({ paused: false, claimed: 1, indexed: 1 });
    const paper = await db.paper.findFirstOrThrow({ where: { title: "Written during a reindex" } });
    expect(await indexedIds(search)).toContain(paper.id);
  });
});
