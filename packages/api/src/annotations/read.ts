import { TRPCError } from "@trpc/server";
import type { Db, Prisma } from "@commonplace/db";
import { visibleAnnotationsWhere } from "../policy/can.ts";
import type { Access } from "./access.ts";
import type { listInput } from "./schemas.ts";
import { annotationInclude, toThreads, toView, type AnnotationRow } from "./views.ts";
import type { z } from "zod";

// Reading threads. Two guards: every query ANDs visibleAnnotationsWhere (rows the caller may not see are
// never loaded), and each loaded row is decided again with the policy before it is shown.

export type ListThreadsInput = z.infer<typeof listInput>;

async function visible(rows: AnnotationRow[], access: Access): Promise<AnnotationRow[]> {
  const out: AnnotationRow[] = [];
  for (const r of rows) if ((await access.decide("read", r)) === "allow") out.push(r);
  return out;
}

async function repliesOf(db: Db, access: Access, rootIds: string[], shareToken?: string) {
  if (rootIds.length === 0) return [];
  const rows = await db.annotation.findMany({
    where: { AND: [{ rootId: { in: rootIds } }, visibleAnnotationsWhere(access.userId, { shareToken })] },
    include: annotationInclude,
    orderBy: { createdAt: "asc" },
  });
  return visible(rows, access);
}

export async function listThreads(db: Db, access: Access, input: ListThreadsInput) {
  if (input.listId && !(await access.list(input.listId))?.readable)
    throw new TRPCError({ code: "NOT_FOUND", message: "No reading list here (or you cannot see it)." });
  const filters: Prisma.AnnotationWhereInput[] = [{ parentId: null }];
  if (input.paperId) filters.push({ paperId: input.paperId });
  if (input.listId) filters.push({ listId: input.listId });
  if (input.author) filters.push({ author: { is: { handle: input.author } } });
  if (input.teamSlug) filters.push({ team: { is: { slug: input.teamSlug } } });
  if (input.visibility) filters.push({ visibility: input.visibility });
  if (input.resolved !== undefined) filters.push({ resolved: input.resolved });
  const roots = await db.annotation.findMany({
    where: { AND: [...filters, visibleAnnotationsWhere(access.userId, { shareToken: input.shareToken })] },
    include: annotationInclude,
    orderBy: [{ paperId: "asc" }, { start: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    take: input.limit,
  });
  const shown = await visible(roots, access);
  return toThreads(
    shown,
    await repliesOf(
      db,
      access,
      shown.map((r) => r.id),
      input.shareToken,
    ),
    access,
  );
}

/** The thread holding annotation `id` (a root or a reply). */
export async function getThread(db: Db, access: Access, id: string, shareToken?: string) {
  const row = await db.annotation.findFirst({
    where: { AND: [{ id }, visibleAnnotationsWhere(access.userId, { shareToken })] },
    select: { id: true, rootId: true },
  });
  const root = row ? await db.annotation.findUnique({ where: { id: row.rootId ?? row.id }, include: annotationInclude }) : null;
  const [thread] = root && (await visible([root], access)).length ? await toThreads([root], await repliesOf(db, access, [root.id], shareToken), access) : [];
  if (!thread) throw new TRPCError({ code: "NOT_FOUND", message: "No annotation here (or you cannot see it)." });
  return thread;
}

/** The caller's own highlights that re-anchoring could not place with confidence (LOW_CONFIDENCE, ORPHANED). */
export async function needsAttention(db: Db, access: Access, input: { limit: number; cursor?: string }) {
  const rows = await db.annotation.findMany({
    where: { authorId: access.userId!, parentId: null, deletedAt: null, anchorStatus: { in: ["LOW_CONFIDENCE", "ORPHANED"] } },
    include: { ...annotationInclude, paper: { select: { id: true, title: true } } },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, input.limit);
  return {
    items: await Promise.all(page.map(async (r) => ({ ...(await toView(r, access)), paper: r.paper }))),
    nextCursor: rows.length > input.limit ? page[page.length - 1]!.id : null,
  };
}
