import { z } from "zod";
import type { Db } from "@commonplace/db";
import { publicAnnotationSql } from "../policy/public.ts";

/** A paper as lists of papers show it (home, trending, daily, categories, feeds). */
export const paperCard = z.object({
  id: z.string(),
  title: z.string(),
  /** The first authors in order (at most CARD_AUTHORS); `authorCount` is the full count. */
  authors: z.array(z.string()),
  authorCount: z.number().int(),
  /** The abstract, flattened and cut near SUMMARY_CHARS (full abstract under that). */
  summary: z.string().nullable(),
  publishedAt: z.string().nullable(),
  year: z.number().int().nullable(),
  categories: z.array(z.string()),
  upvotes: z.number().int(),
  /** Annotations anyone (signed out) can read: never PRIVATE, TEAM-only or in a non-public list. */
  publicAnnotations: z.number().int(),
  /** PUBLIC reading lists that hold the paper. */
  publicLists: z.number().int(),
  /** When the paper was added to this server (ISO). */
  addedAt: z.string(),
});
export type PaperCard = z.infer<typeof paperCard>;

const CARD_AUTHORS = 6;
const SUMMARY_CHARS = 320;

export function summarize(text: string | null, max = SUMMARY_CHARS): string | null {
  if (!text) return null;
  const flat = text.replace(/\s+/g, " ").trim();
  if (!flat) return null;
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(" ", max - 1);
  return `${flat.slice(0, cut > max / 2 ? cut : max).replace(/[,;:.]$/, "")}…`;
}

export interface PublicCounts {
  annotations: number;
  lists: number;
}

/** Public annotation and public list counts per paper: "public" as policy/public.ts defines it (the one definition). */
export async function publicCounts(db: Db, paperIds: string[]): Promise<Map<string, PublicCounts>> {
  const out = new Map<string, PublicCounts>(paperIds.map((id) => [id, { annotations: 0, lists: 0 }]));
  if (paperIds.length === 0) return out;
  const [annotations, lists] = await Promise.all([
    db.$queryRaw<{ paperId: string; n: number }[]>`
      SELECT a."paperId", count(*)::int AS n
      FROM "Annotation" a LEFT JOIN "ReadingList" l ON l.id = a."listId"
      WHERE a."paperId" = ANY(${paperIds}::text[]) AND ${publicAnnotationSql}
      GROUP BY a."paperId"`,
    db.$queryRaw<{ paperId: string; n: number }[]>`
      SELECT i."paperId", count(*)::int AS n
      FROM "ReadingListItem" i JOIN "ReadingList" l ON l.id = i."listId"
      WHERE i."paperId" = ANY(${paperIds}::text[]) AND l.visibility = 'PUBLIC'
      GROUP BY i."paperId"`,
  ]);
  for (const row of annotations) out.get(row.paperId)!.annotations = row.n;
  for (const row of lists) out.get(row.paperId)!.lists = row.n;
  return out;
}

/** Cards for these ids, in the order given (unknown ids are skipped). */
export async function loadCards(db: Db, ids: string[]): Promise<PaperCard[]> {
  if (ids.length === 0) return [];
  const [rows, counts] = await Promise.all([
    db.paper.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        title: true,
        abstract: true,
        publishedAt: true,
        year: true,
        categories: true,
        upvoteCount: true,
        createdAt: true,
        authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } },
      },
    }),
    publicCounts(db, ids),
  ]);
  const byId = new Map(rows.map((p) => [p.id, p]));
  return ids.flatMap((id) => {
    const p = byId.get(id);
    if (!p) return [];
    const c = counts.get(id)!;
    return [
      {
        id: p.id,
        title: p.title,
        authors: p.authors.slice(0, CARD_AUTHORS).map((a) => a.author.name),
        authorCount: p.authors.length,
        summary: summarize(p.abstract),
        publishedAt: p.publishedAt?.toISOString().slice(0, 10) ?? null,
        year: p.year,
        categories: p.categories,
        upvotes: p.upvoteCount,
        publicAnnotations: c.annotations,
        publicLists: c.lists,
        addedAt: p.createdAt.toISOString(),
      },
    ];
  });
}
