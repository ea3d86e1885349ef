import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDb, type Db } from "@commonplace/db";
import { indexHealth, searchPapers, type SearchClient } from "@commonplace/search";
import { createSearch, drainDeps, rebuildIndexes } from "../src/context.ts";
import type { Env } from "../src/env.ts";
import { drainAll } from "../src/outbox/drainer.ts";
import { checkIndexes, indexRepair, type IndexCheckDeps } from "../src/outbox/index-check.ts";
import type { DrainDeps } from "../src/pipeline/index.ts";
import { startWorker } from "../src/worker.ts";
import { dropIndexes, ingestArxiv, freshDatabase, indexedIds, silentLogger, tempDir, testEnv, uniquePrefix, waitFor } from "./helpers.ts";

// A search index that Meilisearch lost (deleted by hand, a data directory gone) comes back whole without
// anyone running `npm run reindex`: the worker's index check rebuilds it from PostgreSQL.

vi.setConfig({ testTimeout: 180_000 });

const logger = silentLogger();
const dir = tempDir();
let env: Env;
let db: Db;
let search: SearchClient;
/** One set of drain deps throughout, as in a running worker: after its first delivery it no longer ensures the index. */
let drain: DrainDeps;
let check: IndexCheckDeps;
let ingested = 0;

beforeAll(async () => {
  const url = await freshDatabase("worker_index_check_it");
  env = testEnv({
    DATABASE_URL: url,
    MEILI_HOST: process.env.MEILI_HOST!,
    MEILI_MASTER_KEY: process.env.MEILI_MASTER_KEY ?? "",
    MEILI_INDEX_PREFIX: uniquePrefix("heal"),
  });
  db = createDb(url);
  search = createSearch(env);
  drain = drainDeps(env, db, search, logger);
  check = { db, search, logger, rebuild: (onlyIf) => rebuildIndexes(env, db, search, logger, onlyIf) };
}, 180_000);

afterAll(async () => {
  if (search) await dropIndexes(search);
  await db?.$disconnect();
});

async function ingest(n: number): Promise<void> {
  const from = ingested + 1;
  ingested += n;
  await ingestArxiv({ env, db, logger, dir }, from, n, "heal");
}

const allIds = async () => (await db.paper.findMany({ select: { id: true } })).map((p) => p.id).sort();
const deleteIndex = (uid: string) => search.meili.deleteIndex(uid).waitTask();
/** A filtered, sorted search: it fails on an index without this version's settings. */
const filtered = () => searchPapers(search, { q: "synthetic", filters: { categories: ["cs.LG"] }, sort: "newest", limit: 50 });

describe("the worker's search index check", () => {
  it("leaves whole indexes alone, counting papers still waiting in the outbox as not yet delivered", async () => {
    await ingest(12);
    expect((await drainAll(drain, 60_000)).pending).toBe(0);
    const before = await search.meili.getRawIndex(search.indexes.papers);
    await ingest(3); // pending: not in the index yet, and not missing either
    expect(await indexRepair(db, search)).toBeNull();
    expect(await checkIndexes(check)).toBe("healthy");
    expect((await search.meili.getRawIndex(search.indexes.papers)).createdAt).toEqual(before.createdAt);
    expect((await drainAll(drain, 60_000)).pending).toBe(0);
  });

  it("rebuilds a deleted papers index from PostgreSQL", async () => {
    await deleteIndex(search.indexes.papers);
    await expect(searchPapers(search, { q: "synthetic" })).rejects.toMatchObject({ status: 503 });
    expect(await indexRepair(db, search)).toEqual({ kind: "rebuild", reason: "the papers index is missing" });

    expect(await checkIndexes(check)).toBe("rebuilt");
    expect((await indexedIds(search)).sort()).toEqual(await allIds());
    expect((await filtered()).total).toBe(15);
    expect(await indexRepair(db, search)).toBeNull();
  });

  it("rebuilds both when Meilisearch lost them and a delivery re-created them holding only the new papers, without settings", async () => {
    await Promise.all([deleteIndex(search.indexes.papers), deleteIndex(search.indexes.terms)]);
    await ingest(2);
    expect((await drainAll(drain, 60_000)).pending).toBe(0);
    const reborn = await indexHealth(search);
    expect(reborn.papers).toEqual({ documents: 2, settingsCurrent: false });
    await expect(filtered()).rejects.toThrow();
    expect(await indexRepair(db, search)).toEqual({ kind: "rebuild", reason: "the papers index holds 2 papers where PostgreSQL has delivered 17" });

    expect(await checkIndexes(check)).toBe("rebuilt");
    expect(await indexHealth(search)).toEqual({ papers: { documents: 17, settingsCurrent: true }, terms: { documents: 17, settingsCurrent: true } });
    expect((await filtered()).total).toBe(17);
    // The long path reads the rebuilt terms index.
    const sentence = "we examine protein folding and sparse attention with a careful protocol and report what we measured in every synthetic study";
    const long = await searchPapers(search, { q: sentence });
    expect(long.strategy).toBe("long");
    expect(long.total).toBeGreaterThan(0);
  });

  it("gives an index with other settings this version's, without rebuilding it", async () => {
    const before = await search.meili.getRawIndex(search.indexes.papers);
    await search.meili.index(search.indexes.papers).updateFilterableAttributes([]).waitTask();
    expect(await indexRepair(db, search)).toEqual({ kind: "settings", reason: "the papers index does not have this version's settings" });
    expect(await checkIndexes(check)).toBe("settings");
    expect((await indexHealth(search)).papers).toEqual({ documents: 17, settingsCurrent: true });
    expect((await search.meili.getRawIndex(search.indexes.papers)).createdAt).toEqual(before.createdAt);
    expect((await filtered()).total).toBe(17);
  });

  it("rebuilds once when two workers find the index missing at the same time", async () => {
    await deleteIndex(search.indexes.terms);
    const outcomes = await Promise.all([checkIndexes(check), checkIndexes(check)]);
    expect(outcomes.sort()).toEqual(["rebuilt", "skipped"]);
    expect((await indexHealth(search)).terms).toEqual({ documents: 17, settingsCurrent: true });
  });

  it("counts a paper merged away (its delete still waiting in the outbox) as neither delivered nor missing", async () => {
    // Two papers lost from both indexes, while two deletes of papers no longer in PostgreSQL wait: subtracting
    // pending rows instead of pending papers would make the counts agree and hide the loss.
    const [a, b] = (await allIds()).slice(0, 2) as [string, string];
    await search.meili.index(search.indexes.papers).deleteDocuments([a, b]).waitTask();
    await search.meili.index(search.indexes.terms).deleteDocuments([a, b]).waitTask();
    const merged = await db.searchOutbox.createManyAndReturn({
      data: [
        { paperId: "merged-away-1", op: "delete" },
        { paperId: "merged-away-2", op: "delete" },
      ],
    });
    try {
      expect(await indexRepair(db, search)).toEqual({ kind: "rebuild", reason: "the papers index holds 15 papers where PostgreSQL has delivered 17" });
      expect(await checkIndexes(check)).toBe("rebuilt");
      expect(await indexHealth(search)).toEqual({ papers: { documents: 17, settingsCurrent: true }, terms: { documents: 17, settingsCurrent: true } });
    } finally {
      await db.searchOutbox.deleteMany({ where: { id: { in: merged.map((r) => r.id) } } });
    }
  });

  it("deletes the temporary indexes of a rebuild that was killed before it finished", async () => {
    const abandoned = [`${search.indexes.papers}_tmp_1`, `${search.indexes.terms}_tmp_1`];
    for (const uid of abandoned) await search.meili.createIndex(uid).waitTask();
    await deleteIndex(search.indexes.papers);
    expect(await checkIndexes(check)).toBe("rebuilt");
    const uids = (await search.meili.getIndexes({ limit: 1000 })).results.map((i) => i.uid);
    for (const uid of abandoned) expect(uids).not.toContain(uid);
    expect(uids).toContain(search.indexes.papers);
  });

  it("rebuilds around papers the index cannot take, queues each once for delivery's retries, and does not rebuild again for them", async () => {
    // Papers whose ids Meilisearch would refuse: before, one failed every rebuild, so a lost index stayed lost.
    const paper = (id: string) =>
      db.paper.create({
        data: { id, canonicalKey: `test:${id}`, title: "A paper the index cannot take", normTitle: "a paper the index cannot take", source: "test" },
      });
    const fresh = await paper("not a valid id!");
    const waiting = await paper("also not valid!");
    await db.searchOutbox.create({ data: { paperId: waiting.id, op: "upsert" } }); // as an edit would leave it
    const ids = [fresh.id, waiting.id];
    try {
      await deleteIndex(search.indexes.papers);
      expect(await checkIndexes(check)).toBe("rebuilt");
      expect(await indexHealth(search)).toEqual({ papers: { documents: 17, settingsCurrent: true }, terms: { documents: 17, settingsCurrent: true } });
      expect((await filtered()).total).toBe(17);
      // One pending row each: a new one with the reason, and the one already waiting (not doubled).
      const queued = await db.searchOutbox.findMany({ where: { paperId: { in: ids }, processedAt: null }, orderBy: { id: "asc" } });
      expect(queued.map((r) => r.paperId)).toEqual([waiting.id, fresh.id]);
      expect(queued[1]!.lastError).toMatch(/not a valid Meilisearch id/);
      // Pending, so not counted as delivered: the next check finds the indexes whole.
      expect(await indexRepair(db, search)).toBeNull();
      expect(await checkIndexes(check)).toBe("healthy");
      // Delivery retries them, refuses them again, and backs them off with the reason.
      await drainAll(drain, 5_000);
      for (const row of await db.searchOutbox.findMany({ where: { paperId: { in: ids } } })) {
        expect(row.processedAt).toBeNull();
        expect(row.attempts).toBeGreaterThan(0);
        expect(row.lastError).toMatch(/not a valid Meilisearch id/);
        expect(row.availableAt.getTime()).toBeGreaterThan(Date.now());
      }
    } finally {
      await db.searchOutbox.deleteMany({ where: { paperId: { in: ids } } });
      await db.paper.deleteMany({ where: { id: { in: ids } } });
    }
  });

  it("after a rebuild, forgets the related-paper lists computed since the indexes were last found whole", async () => {
    const [older, newer] = (await allIds()).slice(0, 2) as [string, string];
    const lastWhole = new Date(Date.now() - 60_000);
    const list = { relatedIds: [], textHash: "x", librarySize: 17 };
    await db.relatedPapers.createMany({
      data: [
        { paperId: older, ...list, computedAt: new Date(lastWhole.getTime() - 60_000) },
        { paperId: newer, ...list, computedAt: new Date() }, // possibly from the partial index
      ],
    });
    try {
      expect(await checkIndexes(check, lastWhole)).toBe("healthy");
      expect(await db.relatedPapers.count({ where: { paperId: { in: [older, newer] } } })).toBe(2);
      await deleteIndex(search.indexes.papers);
      expect(await checkIndexes(check, lastWhole)).toBe("rebuilt");
      expect((await db.relatedPapers.findMany({ where: { paperId: { in: [older, newer] } } })).map((r) => r.paperId)).toEqual([older]);
    } finally {
      await db.relatedPapers.deleteMany({ where: { paperId: { in: [older, newer] } } });
    }
  });

  it("with Meilisearch unreachable, the check fails without rebuilding anything", async () => {
    let rebuilds = 0;
    const away = createSearch({ ...env, MEILI_HOST: "http://127.0.0.1:9" });
    const deps: IndexCheckDeps = { db, search: away, logger, rebuild: async () => (rebuilds++, { indexed: 0 }) };
    await expect(checkIndexes(deps)).rejects.toThrow();
    expect(rebuilds).toBe(0);
  });

  it("a running worker heals a deleted index on its own, forgetting the related lists computed since its last whole look", async () => {
    const [before, after] = (await allIds()).slice(0, 2) as [string, string];
    const list = { relatedIds: [], textHash: "x", librarySize: 17 };
    await db.relatedPapers.create({ data: { paperId: before, ...list, computedAt: new Date(Date.now() - 60_000) } });
    const worker = await startWorker({ ...env, SEARCH_INDEX_CHECK_MS: 200 }, logger);
    try {
      await new Promise((resolve) => setTimeout(resolve, 1_000)); // a few whole looks
      // Stamped ahead: whichever look comes last before the loss, this list is newer than it (as one computed in
      // the partial index's window would be), so the test does not race the 200 ms checks.
      await db.relatedPapers.create({ data: { paperId: after, ...list, computedAt: new Date(Date.now() + 60_000) } });
      await deleteIndex(search.indexes.papers);
      const healed = await waitFor("search to answer again", async () => {
        const result = await filtered().catch(() => null);
        return result?.total === 17 ? result : null;
      });
      expect(healed.hits).toHaveLength(17);
      expect((await indexedIds(search)).sort()).toEqual(await allIds());
      const kept = await waitFor("the list computed after the last whole look to be forgotten", async () => {
        const rows = await db.relatedPapers.findMany({ where: { paperId: { in: [before, after] } } });
        return rows.length === 1 ? rows : null;
      });
      expect(kept.map((r) => r.paperId)).toEqual([before]);
    } finally {
      await worker.stop();
      await db.relatedPapers.deleteMany({ where: { paperId: { in: [before, after] } } });
    }
  });
});
