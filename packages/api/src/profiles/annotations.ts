import type { Db } from "@commonplace/db";
import { renderMarkdown } from "@commonplace/formats/markdown";
import { publicAnnotationsWhere } from "../policy/public.ts";
import type { PublicAnnotation } from "./views.ts";

/**
 * A person's public annotations, newest first, with their papers (keyset pagination on createdAt,id).
 * Exported for the RSS/Atom feed of a person's annotations, which must show exactly what the profile shows.
 */
export async function publicAnnotationsOf(
  db: Db,
  authorId: string,
  opts: { take?: number; before?: { createdAt: Date; id: string } } = {},
): Promise<PublicAnnotation[]> {
  const before = opts.before;
  const rows = await db.annotation.findMany({
    where: publicAnnotationsWhere({
      authorId,
      ...(before ? { OR: [{ createdAt: { lt: before.createdAt } }, { createdAt: before.createdAt, id: { lt: before.id } }] } : {}),
    }),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(opts.take ?? 10, 100),
    select: {
      id: true,
      quote: true,
      body: true,
      parentId: true,
      createdAt: true,
      paper: { select: { id: true, title: true } },
      list: { select: { id: true, title: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    quote: r.quote,
    bodyHtml: renderMarkdown(r.body),
    isReply: r.parentId !== null,
    createdAt: r.createdAt,
    paper: r.paper,
    list: r.list,
  }));
}

export function countPublicAnnotations(db: Db, authorId: string): Promise<number> {
  return db.annotation.count({ where: publicAnnotationsWhere({ authorId }) });
}
