import { Prisma, type Db } from "@commonplace/db";
import { visibleAnnotationsWhere } from "../policy/can.ts";
import { publicAnnotationsWhere } from "../policy/public.ts";

// Threads (page notes and highlights, not replies) per paper that the caller may read, for paper cards.
// Signed out this is the public count (policy/public.ts); signed in, the policy's own read filter, so a
// private note or another team's note is never counted for someone who cannot open it.

export interface ThreadCount {
  paperId: string;
  threads: number;
  pageNotes: number;
}

export async function visibleThreadCounts(db: Db, userId: string | null, paperIds: string[]): Promise<ThreadCount[]> {
  if (paperIds.length === 0) return [];
  const roots: Prisma.AnnotationWhereInput = { paperId: { in: paperIds }, parentId: null, deletedAt: null };
  const where = userId ? { AND: [roots, visibleAnnotationsWhere(userId)] } : publicAnnotationsWhere(roots);
  const [all, notes] = await Promise.all([
    db.annotation.groupBy({ by: ["paperId"], where, _count: { _all: true } }),
    // Page notes: roots that never had selectors (views.ts isPageNote).
    db.annotation.groupBy({ by: ["paperId"], where: { AND: [where, { selectors: { equals: Prisma.DbNull } }] }, _count: { _all: true } }),
  ]);
  const count = (rows: typeof all, id: string) => rows.find((r) => r.paperId === id)?._count._all ?? 0;
  return paperIds.map((paperId) => ({ paperId, threads: count(all, paperId), pageNotes: count(notes, paperId) }));
}
