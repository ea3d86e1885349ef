import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@commonplace/db";
import { PAPER_SETTINGS, searchPapers, termsIndexMissing, type SearchClient } from "@commonplace/search";
import { createSearch, drainDeps } from "../src/context.ts";
import type { Env } from "../src/env.ts";
import { drainAll } from "../src/outbox/drainer.ts";
import { dropIndexes, ingestArxiv, freshDatabase, indexedIds, silentLogger, tempDir, testEnv, uniquePrefix } from "./helpers.ts";

// Upgrading from a version that kept the stems in the papers index (no terms index): the worker's first
// delivery finds a filled papers index with no terms index beside it, rebuilds both from PostgreSQL under
// the reindex lock, and only then delivers; until then the rows wait and long queries take the short path.

const logger = silentLogger();
const dir = tempDir();
let env: Env;
let db: Db;
let search: SearchClient;

beforeAll(async () => {
  const url = await freshDatabase("worker_terms_upgrade_it");
  env = testEnv({
    DATABASE_URL: url,
    MEILI_HOST: process.env.MEILI_HOST!,
    MEILI_MASTER_KEY: process.env.MEILI_MASTER_KEY ?? "",
    MEILI_INDEX_PREFIX: uniquePrefix("upgrade"),
  });
  db = createDb(url);
  search = createSearch(env);
}, 180_000);

afterAll(async () => {
  if (search) await dropIndexes(search);
  await db?.$disconnect();
});

async function ingest(from: number, n: number): Promise<void> {
  await ingestArxiv({ env, db, logger, dir }, from, n, "upgrade");
}

describe("a search index written by a version without the terms index", () => {
  it("is rebuilt from PostgreSQL by the first delivery, before anything new is delivered", async () => {
    await ingest(1, 30);
    await drainAll(drainDeps(env, db, search, logger), 60_000);
    // Make it look like the older version's index: stems in the papers index, no terms index.
    const documents = await search.meili.index(search.indexes.terms).getDocuments<{ id: string; terms: string }>({ fields: ["id", "terms"], limit: 1000 });
    await search.meili
      .index(search.indexes.papers)
      .updateSettings({ ...PAPER_SETTINGS, searchableAttributes: ["title", "authors", "abstract", "fullText", "terms"] })
      .waitTask();
    await search.meili.index(search.indexes.papers).updateDocuments(documents.results).waitTask();
    await search.meili.deleteIndex(search.indexes.terms).waitTask();
    expect(await termsIndexMissing(search)).toBe(true);
    const sentence = "we examine protein folding and sparse attention with a careful protocol and report what we measured in every synthetic study";
    expect((await searchPapers(search, { q: sentence })).strategy).toBe("short");

    // New papers arrive; a drain without a way to rebuild fails like an outage and keeps every row.
    await ingest(31, 10);
    const { rebuildIndexes: _rebuild, ...withoutRebuild } = drainDeps(env, db, search, logger);
    const refused = await drainAll(withoutRebuild, 2_000);
    expect(refused.pending).toBe(10);
    expect(await termsIndexMissing(search)).toBe(true);

    // The worker's own drain rebuilds both indexes, then delivers the new rows.
    const result = await drainAll(drainDeps(env, db, search, logger), 120_000);
    expect(result.pending).toBe(0);
    expect(await termsIndexMissing(search)).toBe(false);
    const all = (await db.paper.findMany({ select: { id: true } })).map((p) => p.id).sort();
    expect(all).toHaveLength(40);
    expect((await indexedIds(search)).sort()).toEqual(all);
    expect((await search.meili.index(search.indexes.terms).getStats()).numberOfDocuments).toBe(40);
    // Rebuilt, the papers index no longer holds the stems.
    expect((await search.meili.index(search.indexes.papers).getSettings()).searchableAttributes).not.toContain("terms");
    expect(await search.meili.index(search.indexes.papers).getDocument(all[0]!)).not.toHaveProperty("terms");
    expect((await searchPapers(search, { q: sentence })).strategy).toBe("long");
  });
});
