import { firstAuthorLastName } from "@commonplace/formats";
import { Prisma } from "@commonplace/db";
import { titleMatches } from "./dedupe.ts";
import type { NormalizedPaper } from "./types.ts";

type Tx = Prisma.TransactionClient;

// The title half of persist's candidate lookup: stored papers the title rule could match for an item
// (same normalized title, compatible ids, year within one; the first author's last name checked here).
//
// Why it is shaped this way: the lookup used to load every paper sharing a title with the batch and
// filter in JS. Titles repeat (a synthetic corpus's templates, "Introduction"), so the rows read per
// batch grew with the library — the main reason a 1M ingest slowed down. Papers whose arXiv id or DOI
// EQUALS the item's are loaded by the id lookups anyway, so only papers with no arXiv id (for an item
// that has one) or no DOI (for an item that has one) need the title path. For an arXiv item that is one
// seek in "Paper_normTitle_arxivId_idx" on (normTitle, arxivId IS NULL), however many arXiv papers
// share the title. Items without an arXiv id still read every same-title paper: any could be theirs.

interface Row {
  i: number;
  id: string;
  arxivId: string | null;
  doi: string | null;
  year: number | null;
  firstAuthor: string | null;
}

type TitleKeys = Pick<NormalizedPaper, "normTitle" | "arxivId" | "doi" | "year">;

/** The statement (exported for the lookup bench and the plan test): rows (i = 1-based item, paper, first author). */
export function sameTitleSql(titled: TitleKeys[]): Prisma.Sql {
  const col = <T>(f: (p: TitleKeys) => T) => titled.map(f);
  // One statement, two branches; `p."arxivId" IS NULL` is written literally so it is an index condition.
  return Prisma.sql`
    WITH t AS (
      SELECT * FROM unnest(${col((p) => p.normTitle)}::text[], ${col((p) => p.arxivId)}::text[], ${col((p) => p.doi)}::text[],
        ${col((p) => p.year)}::int[]) WITH ORDINALITY AS t(nt, arxiv, doi, year, i)
    ), hits AS (
      SELECT t.i, p.id, p."arxivId", p.doi, p.year FROM t JOIN "Paper" p ON p."normTitle" = t.nt AND p."arxivId" IS NULL
      WHERE t.arxiv IS NOT NULL AND (t.doi IS NULL OR p.doi IS NULL)
        AND (t.year IS NULL OR p.year IS NULL OR p.year BETWEEN t.year - 1 AND t.year + 1)
      UNION ALL
      SELECT t.i, p.id, p."arxivId", p.doi, p.year FROM t JOIN "Paper" p ON p."normTitle" = t.nt
      WHERE t.arxiv IS NULL AND (t.doi IS NULL OR p.doi IS NULL)
        AND (t.year IS NULL OR p.year IS NULL OR p.year BETWEEN t.year - 1 AND t.year + 1)
    )
    SELECT h.i::int AS i, h.id, h."arxivId", h.doi, h.year, a.name AS "firstAuthor"
    FROM hits h LEFT JOIN "PaperAuthor" pa ON pa."paperId" = h.id AND pa.position = 0 LEFT JOIN "Author" a ON a.id = pa."authorId"`;
}

export async function sameTitleCandidates(tx: Tx, items: NormalizedPaper[]): Promise<string[]> {
  const titled = items.filter((i) => i.normTitle);
  if (titled.length === 0) return [];
  const rows = await tx.$queryRaw<Row[]>(sameTitleSql(titled));
  const ids = new Set<string>();
  for (const r of rows) {
    const item = titled[r.i - 1];
    const light = { ...r, firstAuthorLast: firstAuthorLastName(r.firstAuthor ? [r.firstAuthor] : []) };
    if (item && titleMatches(light, item)) ids.add(r.id);
  }
  return [...ids];
}
