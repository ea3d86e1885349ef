import { z } from "zod";
import type { Db, Prisma } from "@commonplace/db";
import { protectedProcedure, publicProcedure, router } from "../../trpc.ts";
import { listProcedure } from "../../policy/procedures.ts";
import { visibleAnnotationsWhere } from "../../policy/can.ts";
import { loadList } from "../../policy/scope.ts";
import { Access } from "../../annotations/access.ts";
import { listTopic, paperTopic, userTopic } from "../../annotations/events.ts";
import { liveBus } from "../../live/services.ts";
import type { LiveEvent } from "@commonplace/db/live";
import { lastEventIdInput, liveStream, type LiveEventView } from "./stream.ts";

// live.* — tRPC subscriptions over SSE (httpSubscriptionLink), fed by PostgreSQL LISTEN/NOTIFY so a write
// on any web instance reaches subscribers on every instance. Events carry ids and a kind, never content;
// each is re-checked against the subscriber's permissions before it is sent. Yielded values are parsed
// with liveEventView (tRPC 11 has no .output() for subscriptions).

const isAnnotationEvent = (e: LiveEvent) => e.kind.startsWith("annotation.");

/**
 * Whether `userId` may see the annotation an event is about (a deleted one stays visible to say so). The
 * event's subject says whose it is and where it lives, so only the caller's role is read (and only when the
 * read rule needs it); an event without one (an older publisher) re-reads the row.
 */
async function maySee(db: Db, userId: string | null, e: LiveEvent, shareToken?: string): Promise<boolean> {
  if (!e.id) return false;
  const subject =
    e.subject ?? (await db.annotation.findUnique({ where: { id: e.id }, select: { authorId: true, visibility: true, teamId: true, listId: true } }));
  return subject !== null && (await new Access(db, userId, shareToken).mayRead(subject));
}

/** After a reconnect: the annotations changed since `since` that the caller may see, as "annotation.changed". */
async function changedSince(db: Db, userId: string | null, where: Prisma.AnnotationWhereInput, since: Date, shareToken?: string): Promise<LiveEventView[]> {
  const rows = await db.annotation.findMany({
    where: { AND: [where, { updatedAt: { gte: since } }, visibleAnnotationsWhere(userId, { shareToken })] },
    select: { id: true, updatedAt: true, authorId: true, visibility: true, teamId: true, listId: true },
    orderBy: { updatedAt: "asc" },
    take: 500,
  });
  const access = new Access(db, userId, shareToken);
  const out: LiveEventView[] = [];
  for (const r of rows)
    if ((await access.decide("read", r)) === "allow") out.push({ kind: "annotation.changed", id: r.id, actorId: null, at: r.updatedAt.getTime() });
  return out;
}

export const liveRouter = router({
  /** Annotation events on a paper: annotation.created · replied · updated · deleted · resolved · reopened · reanchored (· changed after a reconnect, · live.reload when what was missed cannot be listed). */
  paper: publicProcedure.input(z.object({ paperId: z.string().min(1).max(64), lastEventId: lastEventIdInput })).subscription(async function* ({
    ctx,
    input,
    signal,
  }) {
    const userId = ctx.user?.id ?? null;
    yield* liveStream({
      bus: liveBus(),
      topic: paperTopic(input.paperId),
      signal,
      lastEventId: input.lastEventId,
      catchUp: (since) => changedSince(ctx.db, userId, { paperId: input.paperId }, since),
      allow: async (e) => !isAnnotationEvent(e) || maySee(ctx.db, userId, e),
    });
  }),

  /** Events on a reading list: its annotations (as on live.paper) and list changes published on list:<id>. */
  list: listProcedure("list.read")
    .input(z.object({ lastEventId: lastEventIdInput }))
    .subscription(async function* ({ ctx, input, signal }) {
      const userId = ctx.user?.id ?? null;
      const listId = ctx.list.list.id;
      yield* liveStream({
        bus: liveBus(),
        topic: listTopic(listId),
        signal,
        lastEventId: input.lastEventId,
        catchUp: (since) => changedSince(ctx.db, userId, { listId }, since, input.shareToken),
        // Permissions are re-read per event: someone removed from the team stops receiving at once.
        allow: async (e) =>
          isAnnotationEvent(e) ? maySee(ctx.db, userId, e, input.shareToken) : (await loadList(ctx.db, listId, userId, input.shareToken)) !== null,
      });
    }),

  /** Your notifications as they arrive (notification.created with its id): refetch notifications.list / unreadCount. */
  notifications: protectedProcedure.input(z.object({ lastEventId: lastEventIdInput }).optional()).subscription(async function* ({ ctx, input, signal }) {
    const userId = ctx.user.id;
    yield* liveStream({
      bus: liveBus(),
      topic: userTopic(userId),
      signal,
      lastEventId: input?.lastEventId,
      catchUp: async (since) =>
        (
          await ctx.db.notification.findMany({
            where: { userId, createdAt: { gte: since } },
            select: { id: true, actorId: true, createdAt: true },
            orderBy: { createdAt: "asc" },
            take: 200,
          })
        ).map((n) => ({
          kind: "notification.created",
          id: n.id,
          actorId: n.actorId,
          at: n.createdAt.getTime(),
        })),
      allow: async () => true,
    });
  }),
});
