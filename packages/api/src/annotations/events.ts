import type { AnnotationVisibility, Prisma } from "@commonplace/db";
import { publish } from "@commonplace/db/live";

// Live events for annotations: published INSIDE the writing transaction (NOTIFY is delivered on commit,
// never for a rollback) on the paper's topic, and the list's when list-scoped. Payloads are ids + kind and
// the annotation's subject (author, visibility, team, list, fixed when it is written): subscribers check
// that their caller may see it, reading only the caller's role, and clients refetch it.

export const ANNOTATION_EVENTS = [
  "annotation.created",
  "annotation.replied",
  "annotation.updated",
  "annotation.deleted",
  "annotation.resolved",
  "annotation.reopened",
  "annotation.reanchored",
] as const;
export type AnnotationEventKind = (typeof ANNOTATION_EVENTS)[number];

export const paperTopic = (paperId: string) => `paper:${paperId}`;
export const listTopic = (listId: string) => `list:${listId}`;
export const userTopic = (userId: string) => `user:${userId}`;

export async function publishAnnotationEvent(
  tx: Prisma.TransactionClient,
  row: { id: string; paperId: string; authorId: string; visibility: AnnotationVisibility; teamId: string | null; listId: string | null },
  kind: AnnotationEventKind,
  actorId: string,
): Promise<void> {
  // The subject lets every subscriber decide who may see the event without re-reading the row.
  const subject = { authorId: row.authorId, visibility: row.visibility, teamId: row.teamId, listId: row.listId };
  await publish(tx, { topic: paperTopic(row.paperId), kind, id: row.id, actorId, subject });
  if (row.listId) await publish(tx, { topic: listTopic(row.listId), kind, id: row.id, actorId, subject });
}
