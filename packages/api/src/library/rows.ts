import type { Db } from "@commonplace/db";
import { collectLibrary, type LibraryEntry } from "./collect.ts";
import type { EntryMatch } from "./match.ts";

// A library entry with the paper fields filters, facets, sorting and matching read. Authors are loaded apart:
// for every row only when a query is matched against them, else for the page shown (a list of 10,000 papers'
// authors was a third of an unfiltered page's time).

export interface Row {
  entry: LibraryEntry;
  paper: { id: string; title: string; year: number | null; venue: string | null; abstract: string | null };
  match: EntryMatch | null;
}

export async function loadRows(db: Db, userId: string, withAbstract: boolean): Promise<Row[]> {
  const entries = await collectLibrary(db, userId);
  const papers = await db.paper.findMany({
    where: { id: { in: entries.map((e) => e.paperId) } },
    select: { id: true, title: true, year: true, venue: true, abstract: withAbstract },
  });
  const byId = new Map(papers.map((p) => [p.id, p]));
  return entries.flatMap((entry) => {
    const p = byId.get(entry.paperId);
    return p ? [{ entry, paper: { ...p, abstract: p.abstract ?? null }, match: null }] : [];
  });
}

export interface Authors {
  names: string[];
  count: number;
}

/** The first `take` authors of each paper, in order, and how many it has. */
export async function authorsOf(db: Db, paperIds: string[], take = 12): Promise<Map<string, Authors>> {
  const [rows, counts] = await Promise.all([
    db.paperAuthor.findMany({
      where: { paperId: { in: paperIds }, position: { lt: take } },
      select: { paperId: true, position: true, author: { select: { name: true } } },
      orderBy: [{ paperId: "asc" }, { position: "asc" }],
    }),
    db.paperAuthor.groupBy({ by: ["paperId"], where: { paperId: { in: paperIds } }, _count: { _all: true } }),
  ]);
  const out = new Map<string, Authors>(paperIds.map((id) => [id, { names: [], count: 0 }]));
  for (const r of rows) out.get(r.paperId)!.names.push(r.author.name);
  for (const c of counts) out.get(c.paperId)!.count = c._count._all;
  return out;
}
