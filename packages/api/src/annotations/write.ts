import { TRPCError } from "@trpc/server";
import type { Db, Prisma } from "@commonplace/db";
import { createNotifications, deliverEmails, type NotificationDraft } from "../notifications/notify.ts";
import { logger } from "../lib/logger.ts";
import { Access, requireAnnotation } from "./access.ts";
import { recordAnnotationActivity } from "./activity.ts";
import { publishAnnotationEvent } from "./events.ts";
import { mentionedReaders, readersAmong } from "./recipients.ts";
import type { CreateInput } from "./schemas.ts";
import { resolveScope } from "./scope.ts";
import { loadPaperText, resolveTarget, type ResolvedTarget } from "./text.ts";
import { annotationInclude, isPageNote, type AnnotationRow } from "./views.ts";

// Every write: one transaction holding the row, its Mention rows, notifications, the feed row and the
// live events (delivered at commit). Emails go out after commit.

const after = (db: Db, ids: string[]) => {
  if (ids.length) void deliverEmails(db, ids).catch((error: unknown) => logger().error({ err: error }, "notification email failed"));
};

/**
 * A new thread. Everything it checks is read up front, in parallel; the transaction only writes (the row,
 * its feed row, notifications, the live event) so the event goes out after as few round trips as possible.
 * `access` (the caller's, used for the view afterwards) learns the team role the scope check read.
 */
export async function createAnnotation(db: Db, userId: string, input: CreateInput & { shareToken?: string }, access?: Access): Promise<AnnotationRow> {
  const [scope, doc, author] = await Promise.all([
    resolveScope(db, userId, input),
    loadPaperText(db, input.paperId),
    db.user.findUniqueOrThrow({ where: { id: userId }, select: annotationInclude.author.select }),
  ]);
  // No target: a page note on the whole paper (papers without text can have them too).
  const target = input.target ? (resolveTarget(doc, input.target, "strict") as ResolvedTarget) : null;
  if (!target && !input.body.trim()) throw new TRPCError({ code: "BAD_REQUEST", message: "A page note needs some text." });
  const subject = { authorId: userId, visibility: scope.visibility, teamId: scope.teamId, listId: scope.listId };
  const [mentioned, listOwner] = await Promise.all([
    mentionedReaders(db, subject, input.body),
    scope.list ? readersAmong(db, subject, [scope.list.ownerId ?? scope.list.createdById]) : [],
  ]);
  if (access && scope.teamId && scope.teamRole !== undefined) access.knowTeamRole(scope.teamId, scope.teamRole);
  const { row, notified } = await db.$transaction(async (tx) => {
    const created = await tx.annotation.create({
      data: {
        paperId: input.paperId,
        authorId: userId,
        teamId: scope.teamId,
        listId: scope.listId,
        visibility: scope.visibility,
        ...(target
          ? { selectors: target.selectors as unknown as Prisma.InputJsonValue, quote: target.quote, start: target.start, end: target.end, color: input.color }
          : {}),
        body: input.body,
        anchorStatus: "ANCHORED",
        anchorConfidence: target?.confidence ?? null,
        textVersion: doc.version,
      },
    });
    // Its author and team are already known: no reads inside the transaction.
    const row: AnnotationRow = { ...created, author, team: scope.team };
    const notified = await afterWrite(
      tx,
      row,
      userId,
      mentioned,
      listOwner.map((id) => ({ userId: id, kind: "list-activity" as const })),
    );
    await recordAnnotationActivity(tx, row, "annotation.created", userId, scope.list);
    await publishAnnotationEvent(tx, row, "annotation.created", userId);
    return { row, notified };
  });
  after(db, notified);
  return row;
}

/** Mention rows + notifications (mentions first: one notification per person). */
async function afterWrite(
  tx: Prisma.TransactionClient,
  row: AnnotationRow,
  actorId: string,
  mentioned: string[],
  others: Omit<NotificationDraft, "actorId">[],
): Promise<string[]> {
  if (mentioned.length) await tx.mention.createMany({ data: mentioned.map((userId) => ({ annotationId: row.id, userId })), skipDuplicates: true });
  const base = { actorId, paperId: row.paperId, annotationId: row.id, listId: row.listId, teamId: row.teamId };
  return createNotifications(tx, [...mentioned.map((userId) => ({ ...base, userId, kind: "mention" as const })), ...others.map((o) => ({ ...base, ...o }))]);
}

export async function replyTo(db: Db, access: Access, parentId: string, body: string): Promise<AnnotationRow> {
  const userId = access.userId!;
  const parent = await requireAnnotation(db, access, parentId, "reply");
  const root = parent.rootId ? await db.annotation.findUniqueOrThrow({ where: { id: parent.rootId } }) : parent;
  const subject = { authorId: userId, visibility: root.visibility, teamId: root.teamId, listId: root.listId };
  const mentioned = await mentionedReaders(db, subject, body);
  const repliedTo = await readersAmong(db, subject, [parent.authorId, root.authorId]);
  const list = root.listId ? await db.readingList.findUnique({ where: { id: root.listId }, select: { visibility: true } }) : null;
  const { row, notified } = await db.$transaction(async (tx) => {
    const row = await tx.annotation.create({
      data: {
        paperId: root.paperId,
        authorId: userId,
        teamId: root.teamId,
        listId: root.listId,
        visibility: root.visibility,
        body,
        parentId: parent.id,
        rootId: root.id,
        anchorStatus: root.anchorStatus,
        textVersion: root.textVersion,
      },
      include: annotationInclude,
    });
    const notified = await afterWrite(
      tx,
      row,
      userId,
      mentioned,
      repliedTo.map((id) => ({ userId: id, kind: "reply" as const })),
    );
    await recordAnnotationActivity(tx, row, "annotation.replied", userId, list);
    await publishAnnotationEvent(tx, row, "annotation.replied", userId);
    return { row, notified };
  });
  after(db, notified);
  return row;
}

export async function editAnnotation(db: Db, access: Access, id: string, change: { body?: string; color?: string }): Promise<AnnotationRow> {
  const userId = access.userId!;
  const before = await requireAnnotation(db, access, id, "edit");
  if (before.parentId && change.body !== undefined && !change.body.trim()) throw new TRPCError({ code: "BAD_REQUEST", message: "A reply needs some text." });
  if (before.parentId && change.color) throw new TRPCError({ code: "BAD_REQUEST", message: "Replies have no colour." });
  if (isPageNote(before) && change.color) throw new TRPCError({ code: "BAD_REQUEST", message: "Page notes have no colour." });
  if (isPageNote(before) && change.body !== undefined && !change.body.trim())
    throw new TRPCError({ code: "BAD_REQUEST", message: "A page note needs some text." });
  const body = change.body ?? before.body;
  // Only people newly mentioned by this edit hear about it.
  const already = new Set((await db.mention.findMany({ where: { annotationId: id }, select: { userId: true } })).map((m) => m.userId));
  const mentioned = (await mentionedReaders(db, before, body)).filter((u) => !already.has(u));
  const { row, notified } = await db.$transaction(async (tx) => {
    const row = await tx.annotation.update({
      where: { id },
      data: { body, ...(change.color ? { color: change.color } : {}), editedAt: new Date() },
      include: annotationInclude,
    });
    const notified = await afterWrite(tx, row, userId, mentioned, []);
    await publishAnnotationEvent(tx, row, "annotation.updated", userId);
    return { row, notified };
  });
  after(db, notified);
  return row;
}

/** Soft delete: the row stays (its replies keep their thread), shown as "[deleted]"; its mentions and notifications go. */
export async function deleteAnnotation(db: Db, access: Access, id: string): Promise<void> {
  const userId = access.userId!;
  await requireAnnotation(db, access, id, "delete");
  await db.$transaction(async (tx) => {
    const row = await tx.annotation.update({ where: { id }, data: { deletedAt: new Date() } });
    await tx.mention.deleteMany({ where: { annotationId: id } });
    await tx.notification.deleteMany({ where: { annotationId: id } });
    await publishAnnotationEvent(tx, row, "annotation.deleted", userId);
  });
}

export async function setResolved(db: Db, access: Access, id: string, resolved: boolean): Promise<AnnotationRow> {
  const userId = access.userId!;
  const before = await requireAnnotation(db, access, id, "resolve");
  if (before.parentId) throw new TRPCError({ code: "BAD_REQUEST", message: "Resolve the thread's first annotation, not a reply." });
  return db.$transaction(async (tx) => {
    const row = await tx.annotation.update({ where: { id }, data: { resolved }, include: annotationInclude });
    await publishAnnotationEvent(tx, row, resolved ? "annotation.resolved" : "annotation.reopened", userId);
    return row;
  });
}
