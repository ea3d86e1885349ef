import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@commonplace/db";
import type { SearchClient } from "@commonplace/search";
import { createSearch, pipelineDeps } from "../src/context.ts";
import type { Env } from "../src/env.ts";
import { sourcesForRun } from "../src/pipeline/fetch.ts";
import { runIngest } from "../src/pipeline/run.ts";
import { dropIndexes, freshDatabase, silentLogger, testEnv, uniquePrefix } from "./helpers.ts";

// Issue 15.3: keywords of an imported record become the importer's own tags on the paper — normalised by the
// one tag rule, capped at 20 per paper, never anyone else's, and none for an operator's import (no person).

let env: Env;
let db: Db;
let search: SearchClient;
const logger = silentLogger();

const BIB = `@article{k1, title={Keyworded Reading of Sparse Graphs}, author={Lovelace, Ada}, year={2024}, keywords={Graph Theory; sparse  graphs, Reading Group}}
@article{k2, title={An Entry Without Keywords}, author={Hopper, Grace}, year={2023}}
`;

async function importAs(userId: string | null, text: string) {
  const run = await db.ingestRun.create({ data: { source: "upload", label: "refs.bib", createdById: userId } });
  await db.ingestUpload.create({ data: { runId: run.id, fileName: "refs.bib", size: text.length, bytes: Buffer.from(text) } });
  await runIngest(pipelineDeps(env, db, logger), run.id, sourcesForRun(db, run.id, { kind: "uploads" }, env.INGEST_MAX_BYTES));
}

const tagsOf = async (userId: string) =>
  (await db.paperTag.findMany({ where: { userId }, include: { paper: { select: { title: true } } }, orderBy: { tag: "asc" } })).map(
    (t) => `${t.paper.title}: ${t.tag}`,
  );

beforeAll(async () => {
  const url = await freshDatabase("worker_keywords_it");
  env = testEnv({ DATABASE_URL: url, MEILI_INDEX_PREFIX: uniquePrefix("kw") });
  db = createDb(url);
  search = createSearch(env);
});

afterAll(async () => {
  await dropIndexes(search).catch(() => {});
  await db?.$disconnect();
});

describe("imported keywords", () => {
  it("become the importer's own tags, and only theirs", async () => {
    const [ada, bob] = await Promise.all(["ada", "bob"].map((h) => db.user.create({ data: { email: `${h}@example.org`, handle: h, name: h } })));
    await importAs(null, BIB); // the operator's import: the papers, no tags
    expect(await db.paperTag.count()).toBe(0);
    await importAs(ada!.id, BIB);
    const title = "Keyworded Reading of Sparse Graphs";
    expect(await tagsOf(ada!.id)).toEqual([`${title}: graph theory`, `${title}: reading group`, `${title}: sparse graphs`]);
    expect(await tagsOf(bob!.id)).toEqual([]);
    // Bob already has 19 tags on the paper: his import adds only one more (20 per paper).
    const paper = await db.paper.findFirstOrThrow({ where: { title } });
    await db.paperTag.createMany({ data: Array.from({ length: 19 }, (_, i) => ({ userId: bob!.id, paperId: paper.id, tag: `mine ${i}` })) });
    await importAs(bob!.id, BIB);
    expect(await db.paperTag.count({ where: { userId: bob!.id, paperId: paper.id } })).toBe(20);
    // Importing again changes nothing for Ada.
    await importAs(ada!.id, BIB);
    expect(await tagsOf(ada!.id)).toHaveLength(3);
  });
});
