import type { Db } from "@commonplace/db";
import { z } from "zod";
import { Access } from "../annotations/access.ts";

// Reading notifications. What a notification points at is re-checked when read: one about an annotation
// the person can no longer see (they left the team, it was deleted) is not shown, nor counted.

export const notificationView = z.object({
  id: z.string(),
  kind: z.string(),
  actor: z.object({ id: z.string(), handle: z.string(), name: z.string() }).nullable(),
  paper: z.object({ id: z.string(), title: z.string() }).nullable(),
  list: z.object({ id: z.string(), title: z.string() }).nullable(),
  annotationId: z.string().nullable(),
  /** The first words of the annotation (plain markdown), when it is still there for you to see. */
  excerpt: z.string().nullable(),
  readAt: z.date().nullable(),
  createdAt: z.date(),
});
export type NotificationView = z.infer<typeof notificationView>;

const EXCERPT = 160;
const MAX_COUNTED = 1000;

/** Which of these annotation ids the user may see now (live rows only), with their bodies. */
async function visibleAnnotations(db: Db, userId: string, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.annotation.findMany({ where: { id: { in: unique }, deletedAt: null } });
  const access = new Access(db, userId);
  const out = new Map<string, string>();
  for (const r of rows) if ((await access.decide("read", r)) === "allow") out.set(r.id, r.body);
  return out;
}

export async function listNotifications(db: Db, userId: string, input: { limit: number; cursor?: string; unreadOnly: boolean }) {
  const rows = await db.notification.findMany({
    where: { userId, ...(input.unreadOnly ? { readAt: null } : {}) },
    include: { actor: { select: { id: true, handle: true, name: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, input.limit);
  const seen = await visibleAnnotations(
    db,
    userId,
    page.flatMap((n) => (n.annotationId ? [n.annotationId] : [])),
  );
  const shown = page.filter((n) => !n.annotationId || seen.has(n.annotationId));
  const [papers, lists] = await Promise.all([
    db.paper.findMany({ where: { id: { in: shown.flatMap((n) => (n.paperId ? [n.paperId] : [])) } }, select: { id: true, title: true } }),
    db.readingList.findMany({ where: { id: { in: shown.flatMap((n) => (n.listId ? [n.listId] : [])) } }, select: { id: true, title: true } }),
  ]);
  const paperById = new Map(papers.map((p) => [p.id, p]));
  const listById = new Map(lists.map((l) => [l.id, l]));
  const items: NotificationView[] = shown.map((n) => {
    const body = n.annotationId ? (seen.get(n.annotationId) ?? null) : null;
    return {
      id: n.id,
      kind: n.kind,
      actor: n.actor,
      annotationId: n.annotationId,
      readAt: n.readAt,
      createdAt: n.createdAt,
      paper: n.paperId ? (paperById.get(n.paperId) ?? null) : null,
      // A list title is shown only alongside an annotation the reader can see on it.
      list: n.listId && body !== null ? (listById.get(n.listId) ?? null) : null,
      excerpt: body === null ? null : body.length > EXCERPT ? `${body.slice(0, EXCERPT - 1)}…` : body,
    };
  });
  return { items, nextCursor: rows.length > input.limit ? page[page.length - 1]!.id : null };
}

export async function unreadCount(db: Db, userId: string): Promise<number> {
  const rows = await db.notification.findMany({ where: { userId, readAt: null }, select: { annotationId: true }, take: MAX_COUNTED });
  const seen = await visibleAnnotations(
    db,
    userId,
    rows.flatMap((n) => (n.annotationId ? [n.annotationId] : [])),
  );
  return rows.filter((n) => !n.annotationId || seen.has(n.annotationId)).length;
}
