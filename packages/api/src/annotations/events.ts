import type { Prisma } from "@commonplace/db";
import { publish } from "@commonplace/db/live";

// Live events for annotations: published INSIDE the writing transaction (NOTIFY is delivered on commit,
// never for a rollback) on the paper's topic, and the list's when list-scoped. Payloads are ids + kind:
// subscribers re-check that their caller may see the annotation, and clients refetch it.

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
  row: { id: string; paperId: string; listId: string | null },
  kind: AnnotationEventKind,
  actorId: string,
): Promise<void> {
  await publish(tx, { topic: paperTopic(row.paperId), kind, id: row.id, actorId });
  if (row.listId) await publish(tx, { topic: listTopic(row.listId), kind, id: row.id, actorId });
}
