import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@commonplace/db";
import { normalizeTitle } from "@commonplace/formats";
import { toPaperDocument, type PaperInput } from "@commonplace/search";
import { documentInputsAfter, documentInputsByIds } from "../src/pipeline/document-rows.ts";
import { freshDatabase } from "./helpers.ts";

// The outbox drain and the reindex build search documents from one SQL statement (document-rows.ts)
// instead of Prisma's findMany + include. The inputs must be the ones the Prisma read produced: authors in
// position order (not insertion order), the publication instant to the millisecond, null dates and
// abstracts, papers without authors, full text; and a BC date, which Prisma read as an Invalid Date, keeps its year.

let db: Db;
const ids: string[] = [];

/** The reference: the Prisma read the drain and the reindex used before. */
async function viaPrisma(paperIds: string[]): Promise<PaperInput[]> {
  const papers = await db.paper.findMany({
    where: { id: { in: paperIds } },
    include: { authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } } },
  });
  return papers.map((p) => ({
    id: p.id,
    title: p.title,
    abstract: p.abstract,
    authors: p.authors.map((a) => a.author.name),
    year: p.year,
    publishedAt: p.publishedAt,
    categories: p.categories,
    source: p.source,
    upvotes: p.upvoteCount,
    fullText: p.fullText,
    arxivId: p.arxivId,
    doi: p.doi,
  }));
}

const byId = (docs: ReturnType<typeof toPaperDocument>[]) => [...docs].sort((a, b) => a.id.localeCompare(b.id));

beforeAll(async () => {
  db = createDb(await freshDatabase("worker_document_rows_it"));
  const author = (name: string) => ({ connectOrCreate: { where: { normName: normalizeTitle(name) }, create: { name, normName: normalizeTitle(name) } } });
  const papers = [
    {
      canonicalKey: "arxiv:2401.00001",
      arxivId: "2401.00001",
      title: "Attention Over Many Authors",
      abstract: "We study attention with twelve authors.",
      publishedAt: new Date("2024-01-02T03:04:05.678Z"),
      year: 2024,
      categories: ["cs.CL", "cs.LG"],
      upvoteCount: 7,
      fullText: "Full text of the paper.",
      // Created out of order: positions decide.
      authors: { create: [2, 0, 1].map((position) => ({ position, author: author(`Author Number ${position}`) })) },
    },
    { canonicalKey: "doi:10.1000/xyz", doi: "10.1000/xyz", title: "No Date, No Abstract, No Authors", source: "bibtex" },
    {
      canonicalKey: "hash:third",
      title: "Late Paper",
      publishedAt: new Date("1999-12-31T23:59:59.999Z"),
      authors: { create: [{ position: 0, author: author("Émile Ünïcode") }] },
    },
  ];
  for (const data of papers) ids.push((await db.paper.create({ data: { normTitle: normalizeTitle(data.title), source: "arxiv-jsonl", ...data } })).id);
  // A date Prisma cannot write from JavaScript but PostgreSQL stores (an imported record's BC year).
  await db.$executeRaw`UPDATE "Paper" SET "publishedAt" = '0044-03-15 12:00:00.250 BC' WHERE id = ${ids[2]}`;
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
});

describe("document rows", () => {
  it("by id: the same documents as the Prisma read, and nothing for unknown ids", async () => {
    const sql = await documentInputsByIds(db, [...ids, "no-such-paper"]);
    expect(sql).toHaveLength(3);
    const prisma = await viaPrisma(ids);
    const instant = (inputs: PaperInput[]) => Object.fromEntries(inputs.map((p) => [p.id, p.publishedAt ? new Date(p.publishedAt).getTime() : null]));
    // Prisma reads the BC date as an Invalid Date; the SQL read keeps the instant.
    expect(instant(sql)).toEqual({ ...instant(prisma), [ids[2]!]: instant(sql)[ids[2]!] });
    expect(instant(sql)[ids[0]!]).toBe(Date.parse("2024-01-02T03:04:05.678Z"));
    expect(new Date(instant(sql)[ids[2]!]!).getUTCFullYear()).toBe(-43); // 44 BC
    const withoutDate = ({ publishedAt: _p, year: _y, ...doc }: ReturnType<typeof toPaperDocument>) => doc;
    expect(byId(sql.map(toPaperDocument)).map(withoutDate)).toEqual(byId(prisma.map(toPaperDocument)).map(withoutDate));
    expect(byId(sql.filter((p) => p.id !== ids[2]).map(toPaperDocument))).toEqual(byId(prisma.filter((p) => p.id !== ids[2]).map(toPaperDocument)));
    const first = sql.find((p) => p.id === ids[0])!;
    expect(first.authors).toEqual(["Author Number 0", "Author Number 1", "Author Number 2"]);
    expect(await documentInputsByIds(db, [])).toEqual([]);
  });

  it("after an id: keyset pages in id order that cover every paper once", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await documentInputsAfter(db, after, 2);
      seen.push(...page.map((p) => p.id));
      if (page.length < 2) break;
      after = page[page.length - 1]!.id;
    }
    expect(seen).toEqual([...ids].sort());
  });
});
