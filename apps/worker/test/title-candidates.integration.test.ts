import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, Prisma, type Db } from "@commonplace/db";
import { normalizeTitle } from "@commonplace/formats";
import { loadCandidates } from "../src/pipeline/persist.ts";
import { sameTitleSql } from "../src/pipeline/title-candidates.ts";
import type { NormalizedPaper } from "../src/pipeline/types.ts";
import { freshDatabase } from "./helpers.ts";

// Issue 17.1: persist's title lookup reads only the same-title papers the title rule could match
// (papers with the item's own arXiv id or DOI come through the id lookup), so its cost no longer grows
// with the number of arXiv papers sharing a title; and for arXiv items it seeks (normTitle, arxivId IS NULL) in one index.

let db: Db;
const TITLE = "Reading Groups as Distributed Memory";

async function paper(key: string, o: { arxivId?: string; doi?: string; year: number; author: string }): Promise<string> {
  const p = await db.paper.create({
    data: {
      canonicalKey: key,
      arxivId: o.arxivId ?? null,
      doi: o.doi ?? null,
      title: TITLE,
      normTitle: normalizeTitle(TITLE),
      year: o.year,
      source: o.arxivId ? "arxiv-jsonl" : "bibtex",
      authors: {
        create: [
          {
            position: 0,
            author: { connectOrCreate: { where: { normName: normalizeTitle(o.author) }, create: { name: o.author, normName: normalizeTitle(o.author) } } },
          },
        ],
      },
    },
  });
  return p.id;
}

const item = (o: Partial<NormalizedPaper>): NormalizedPaper =>
  ({ normTitle: normalizeTitle(TITLE), arxivId: null, doi: null, year: 2024, firstAuthorLast: "lovelace", canonicalKey: "hash:x", ...o }) as NormalizedPaper;

let ids: Record<string, string>;

beforeAll(async () => {
  db = createDb(await freshDatabase("worker_title_candidates_it"));
  ids = {
    arxivOther: await paper("2401.00001", { arxivId: "2401.00001", year: 2024, author: "Ada Lovelace" }),
    arxivSame: await paper("2401.00002", { arxivId: "2401.00002", year: 2024, author: "Ada Lovelace" }),
    noIds: await paper("hash:a", { year: 2023, author: "A. Lovelace" }),
    tooOld: await paper("hash:b", { year: 2020, author: "Ada Lovelace" }),
    otherAuthor: await paper("hash:c", { year: 2024, author: "Grace Hopper" }),
    otherDoi: await paper("doi:10.5555/other", { doi: "10.5555/other", year: 2024, author: "Ada Lovelace" }),
    sameDoi: await paper("doi:10.5555/same", { doi: "10.5555/same", year: 2024, author: "Ada Lovelace" }),
  };
});

afterAll(async () => {
  await db?.$disconnect();
});

const candidates = (items: NormalizedPaper[]) => db.$transaction(async (tx) => (await loadCandidates(tx, items)).map((p) => p.id).sort());

describe("persist's candidate lookup", () => {
  it("for an arXiv item: its own arXiv id, its DOI, and same-title papers without conflicting ids, year or author", async () => {
    const got = await candidates([item({ arxivId: "2401.00002", doi: "10.5555/same", canonicalKey: "2401.00002" })]);
    expect(got).toEqual([ids.arxivSame, ids.noIds, ids.sameDoi].sort());
  });

  it("for an item without identifiers: every same-title paper the title rule allows, arXiv papers included", async () => {
    const got = await candidates([item({})]);
    expect(got).toEqual([ids.arxivOther, ids.arxivSame, ids.noIds, ids.otherDoi, ids.sameDoi].sort());
  });

  it("for items unknown by year or author, the title rule does not veto (a digest entry has neither)", async () => {
    const got = await candidates([item({ arxivId: "2401.09999", canonicalKey: "2401.09999", year: null, firstAuthorLast: "" })]);
    expect(got).toEqual([ids.noIds, ids.tooOld, ids.otherAuthor, ids.otherDoi, ids.sameDoi].sort());
  });
});

describe("the title lookup's plan at a library's proportions", () => {
  beforeAll(async () => {
    // 4,000 arXiv papers over 8 titles (titles repeat), 2,000 papers without ids, each its own title.
    await db.$executeRaw`INSERT INTO "Paper" (id, "canonicalKey", "arxivId", title, "normTitle", year, source, "updatedAt")
      SELECT 'ax' || g, '2301.' || g, '2301.' || g, 'Common ' || (g % 8), 'common ' || (g % 8), 2023, 'arxiv-jsonl', now()
      FROM generate_series(1, 4000) g`;
    await db.$executeRaw`INSERT INTO "Paper" (id, "canonicalKey", title, "normTitle", year, source, "updatedAt")
      SELECT 'bib' || g, 'hash:' || g, 'Rare ' || g, 'rare ' || g, 2023, 'bibtex', now() FROM generate_series(1, 2000) g`;
    await db.$executeRaw`ANALYZE "Paper"`;
  });

  it("seeks (title, no arXiv id) for an arXiv item instead of reading every same-title paper", async () => {
    const rows = await db.$queryRaw<{ "QUERY PLAN": string }[]>(
      Prisma.sql`EXPLAIN ${sameTitleSql([item({ arxivId: "2401.09999", normTitle: "common 1" }), item({ arxivId: "2401.09998", normTitle: "common 2" })])}`,
    );
    const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
    // Both conditions in the index seek, not "arxivId" IS NULL as a filter over the title's 500 rows.
    expect(plan).toMatch(/Index Cond: \(\("normTitle" = t\.nt\) AND \("arxivId" IS NULL\)\)/);
  });
});
