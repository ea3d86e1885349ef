import { z } from "zod";
import type { Db } from "@commonplace/db";
import { loadCards, paperCard } from "./cards.ts";

export const pageInput = z.object({
  limit: z.number().int().min(1).max(100).default(20),
  offset: z.number().int().min(0).max(10_000).default(0),
});

export const cardPage = z.object({ papers: z.array(paperCard), hasMore: z.boolean() });
export type CardPage = z.infer<typeof cardPage>;

/** Fetches one more id than asked to know whether another page exists. */
export async function pageOfIds(ids: string[], limit: number, db: Db): Promise<CardPage> {
  return { papers: await loadCards(db, ids.slice(0, limit)), hasMore: ids.length > limit };
}

/**
 * Newest first by publication date (Paper.publishedSort: the day, else 1 January of the year), then papers
 * with no date at all by when they were added. Two index-ordered reads (publishedSort, createdAt) instead
 * of one sort over every paper: `DESC NULLS LAST` cannot use the ascending index, and at 100k papers that
 * sort dominated the page.
 */
export async function newestPapers(db: Db, input: z.output<typeof pageInput>): Promise<CardPage> {
  const want = input.limit + 1;
  const dated = await db.paper.findMany({
    where: { publishedSort: { not: null } },
    orderBy: [{ publishedSort: "desc" }, { id: "asc" }],
    skip: input.offset,
    take: want,
    select: { id: true },
  });
  let ids = dated.map((r) => r.id);
  if (ids.length < want) {
    const datedTotal = ids.length > 0 ? input.offset + ids.length : await db.paper.count({ where: { publishedSort: { not: null } } });
    const undated = await db.paper.findMany({
      where: { publishedSort: null },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: Math.max(0, input.offset - datedTotal),
      take: want - ids.length,
      select: { id: true },
    });
    ids = [...ids, ...undated.map((r) => r.id)];
  }
  return pageOfIds(ids, input.limit, db);
}

export const categoryCount = z.object({ category: z.string(), count: z.number().int() });
export type CategoryCount = z.infer<typeof categoryCount>;
