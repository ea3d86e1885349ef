import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@commonplace/db";
import { citableFromStored, parseBibtex, parseCslJson, parseRis, toBibtex, toCslJson, toRis, type ParsedPaper } from "@commonplace/formats";
import type { SearchClient } from "@commonplace/search";
import { createSearch, pipelineDeps } from "../src/context.ts";
import type { Env } from "../src/env.ts";
import { sourcesForRun } from "../src/pipeline/fetch.ts";
import { runIngest } from "../src/pipeline/run.ts";
import { dropIndexes, freshDatabase, silentLogger, testEnv, uniquePrefix } from "./helpers.ts";

// Issue 15.2 through the real pipeline: the round-trip corpus (packages/formats/test/fixtures/round-trip) is
// ingested, exported from the stored rows in BibTeX, RIS and CSL-JSON, and each export read back gives the
// records the first import gave — type, volume, issue, pages, month and day, corporate authors included — and
// ingested again changes nothing (every item a duplicate). Keywords travel as the importer's tags (15.3).

let env: Env;
let db: Db;
let search: SearchClient;
const logger = silentLogger();
const corpus = (name: string) => readFileSync(new URL(`../../../packages/formats/test/fixtures/round-trip/${name}`, import.meta.url), "utf8");
const FILES = {
  "refs.bib": [corpus("corpus.bib"), parseBibtex],
  "refs.ris": [corpus("corpus.ris"), parseRis],
  "refs.json": [corpus("corpus.csl.json"), parseCslJson],
} as const;

async function importFile(name: string, text: string) {
  const run = await db.ingestRun.create({ data: { source: "upload", label: name } });
  await db.ingestUpload.create({ data: { runId: run.id, fileName: name, size: Buffer.byteLength(text), bytes: Buffer.from(text) } });
  await runIngest(pipelineDeps(env, db, logger), run.id, sourcesForRun(db, run.id, { kind: "uploads" }, env.INGEST_MAX_BYTES));
  return db.ingestItem.findMany({ where: { runId: run.id }, orderBy: { id: "asc" } });
}

const record = (p: ParsedPaper) => ({
  title: p.title,
  authors: p.authors,
  literal: p.citation?.literalAuthors ?? [],
  type: p.citation?.type ?? null,
  year: p.year ?? null,
  publishedAt: p.publishedAt ?? null,
  month: p.citation?.month ?? null,
  venue: p.venue ?? null,
  volume: p.citation?.volume ?? null,
  issue: p.citation?.issue ?? null,
  page: p.citation?.page ?? null,
  doi: p.doi ?? null,
  arxivId: p.arxivId ?? null,
  abstract: p.abstract ?? null,
  note: p.citation?.note ?? null,
});

async function storedCitables(ids: string[]) {
  const rows = await db.paper.findMany({
    where: { id: { in: ids } },
    include: { authors: { orderBy: { position: "asc" }, include: { author: true } } },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => {
    const r = byId.get(id)!;
    return citableFromStored({ ...r, authors: r.authors.map((a) => a.author.name) });
  });
}

beforeAll(async () => {
  const url = await freshDatabase("worker_round_trip_it");
  env = testEnv({ DATABASE_URL: url, MEILI_INDEX_PREFIX: uniquePrefix("rt") });
  db = createDb(url);
  search = createSearch(env);
});

afterAll(async () => {
  await dropIndexes(search).catch(() => {});
  await db?.$disconnect();
});

describe("round trips through the database", () => {
  it.each(Object.keys(FILES) as (keyof typeof FILES)[])("%s: stored, exported in every format, read back the same, re-imported as duplicates", async (name) => {
    const [text, parse] = FILES[name];
    const first = parse(text).flatMap((o) => (o.ok ? [o.paper] : []));
    const items = await importFile(name, text);
    expect(items.map((i) => i.outcome)).toEqual(first.map(() => "CREATED"));
    const citables = await storedCitables(items.map((i) => i.paperId!));

    for (const [file, write, read] of [
      ["again.bib", toBibtex, parseBibtex],
      ["again.ris", toRis, parseRis],
      ["again.json", toCslJson, parseCslJson],
    ] as const) {
      const exported = write(citables);
      const back = read(exported).flatMap((o) => (o.ok ? [o.paper] : []));
      // The entry type is kept within a format; across formats only as far as the other format can say it.
      const same = file.endsWith(name.slice(-4)) || (name === "refs.json" && file === "again.json");
      expect(back.map((p) => ({ ...record(p), type: same ? record(p).type : null }))).toEqual(
        first.map((p) => ({ ...record(p), type: same ? record(p).type : null })),
      );
      const again = await importFile(file, exported);
      expect(again.map((i) => [i.outcome, i.reason])).toEqual(first.map(() => ["DUPLICATE", null]));
    }
  });

  it("stores volume, issue, pages and the conference type as columns an export reads", async () => {
    const paper = await db.paper.findFirstOrThrow({ where: { title: "Deep learning" } });
    expect(paper.citation).toMatchObject({ type: "article-journal", volume: "521", issue: "7553", page: "436-444" });
    expect(paper.publishedAt?.toISOString().slice(0, 10)).toBe("2015-05-28");
    const bib = toBibtex(
      await storedCitables([(await db.paper.findFirstOrThrow({ where: { title: { startsWith: "Regret $" } }, orderBy: { createdAt: "asc" } })).id]),
    );
    expect(bib).toMatch(/^@inproceedings\{/);
    expect(bib).toContain("author = {García, José and Martínez, Ana and {Gemini Team}}");
  });
});
