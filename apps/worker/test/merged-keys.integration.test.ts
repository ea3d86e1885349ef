import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@commonplace/db";
import type { SearchClient } from "@commonplace/search";
import { createSearch, pipelineDeps } from "../src/context.ts";
import type { Env } from "../src/env.ts";
import { sourcesForRun } from "../src/pipeline/fetch.ts";
import { runIngest } from "../src/pipeline/run.ts";
import { dropIndexes, freshDatabase, silentLogger, testEnv, uniquePrefix } from "./helpers.ts";

// Issue 15.6: after an administrator merges two duplicates with different DOIs, importing the merged
// paper's record again must not bring the duplicate back: its key (PaperRedirect.fromKey) leads to the
// paper kept. (The merge itself is packages/api's catalogue.merge; here its redirect row is what matters.)

let env: Env;
let db: Db;
let search: SearchClient;
const logger = silentLogger();

const KEPT = `@article{kept, title={Reading Groups as Distributed Memory}, author={Lovelace, Ada}, year={2024}, doi={10.5555/kept.1}}\n`;
const MERGED = `@article{merged, title={Reading Groups as Distributed Memory (Extended)}, author={Lovelace, Ada}, year={2024}, doi={10.5555/merged.2}}\n`;

async function importText(text: string) {
  const run = await db.ingestRun.create({ data: { source: "upload", label: "refs.bib", createdById: null } });
  await db.ingestUpload.create({ data: { runId: run.id, fileName: "refs.bib", size: text.length, bytes: Buffer.from(text) } });
  await runIngest(pipelineDeps(env, db, logger), run.id, sourcesForRun(db, run.id, { kind: "uploads" }, env.INGEST_MAX_BYTES));
  return db.ingestItem.findMany({ where: { runId: run.id }, select: { outcome: true, paperId: true } });
}

beforeAll(async () => {
  const url = await freshDatabase("worker_merged_keys_it");
  env = testEnv({ DATABASE_URL: url, MEILI_INDEX_PREFIX: uniquePrefix("mk") });
  db = createDb(url);
  search = createSearch(env);
});

afterAll(async () => {
  await dropIndexes(search).catch(() => {});
  await db?.$disconnect();
});

describe("a merged paper's key", () => {
  it("leads a new import of that paper to the paper kept, not to a new copy", async () => {
    await importText(KEPT + MERGED);
    const kept = await db.paper.findFirstOrThrow({ where: { doi: "10.5555/kept.1" } });
    const merged = await db.paper.findFirstOrThrow({ where: { doi: "10.5555/merged.2" } });
    // What catalogue.merge leaves behind: the duplicate gone, a redirect carrying its key.
    await db.$transaction([
      db.paperRedirect.create({ data: { fromId: merged.id, toId: kept.id, fromTitle: merged.title, fromKey: merged.canonicalKey } }),
      db.paper.delete({ where: { id: merged.id } }),
    ]);

    const items = await importText(MERGED);
    expect(items).toEqual([{ outcome: expect.not.stringMatching(/CREATED|FAILED/), paperId: kept.id }]);
    expect(await db.paper.count({ where: { doi: "10.5555/merged.2" } })).toBe(0);
    expect(await db.paper.count()).toBe(1);
  });
});
