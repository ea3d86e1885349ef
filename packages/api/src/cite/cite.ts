import { z } from "zod";
import type { Db } from "@commonplace/db";
import { citableToCsl, type CitablePaper } from "@commonplace/formats";
import { formatCitations, type CitationStyle } from "@commonplace/formats/cite";
import { citablePaperSelect, listCitables, toCitable } from "../lists/export.ts";
import { notFound } from "../rest/errors.ts";

// Formatted citations of papers, a list, or some of a list's items: the records exports use (toCitable),
// formatted by the formats package (citation-js's CSL plugin).

const formatted = z.object({ text: z.string(), html: z.string() });

export const citeView = z.object({
  style: z.object({ key: z.string(), title: z.string() }),
  count: z.number().int(),
  /** The reference list. */
  bibliography: formatted,
  /** The in-text citation of the same papers, e.g. "(He et al., 2016)" or "[1], [2]". */
  citation: formatted,
});
export type CiteView = z.infer<typeof citeView>;

export function citeCitables(papers: readonly CitablePaper[], style: CitationStyle): CiteView {
  const out = formatCitations(papers.map(citableToCsl), style);
  return { style: { key: style.key, title: style.title }, count: papers.length, ...out };
}

/** A list's papers in list order; with `itemIds`, only those items (still in list order). */
export async function listCitablesFor(db: Db, listId: string, itemIds?: readonly string[]): Promise<CitablePaper[]> {
  if (!itemIds) return listCitables(db, listId);
  const items = await db.readingListItem.findMany({ where: { listId, id: { in: [...itemIds] } }, select: { paperId: true } });
  const wanted = new Set(items.map((i) => i.paperId));
  return (await listCitables(db, listId)).filter((p) => wanted.has(p.id));
}

/** One paper, or 404. */
export async function paperCitable(db: Db, paperId: string): Promise<CitablePaper> {
  const paper = await db.paper.findUnique({ where: { id: paperId }, select: citablePaperSelect });
  if (!paper) throw notFound("paper with this id");
  return toCitable(paper);
}
