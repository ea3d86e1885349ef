import type { Prisma, Visibility } from "@commonplace/db";

type Writer = Pick<Prisma.TransactionClient, "activity">;

/** What happened, as stored in Activity.verb (the feed renders one sentence per verb). */
export const VERBS = [
  "team.created",
  "team.updated",
  "member.joined",
  "member.left",
  "member.removed",
  "member.role",
  "list.created",
  "list.updated",
  "list.deleted",
  "list.forked",
  "item.added",
  "item.noted",
  "item.status",
  "item.assigned",
  "item.tagged",
  "item.removed",
  "items.imported",
] as const;
export type Verb = (typeof VERBS)[number];

export interface ActivityList {
  id: string;
  teamId: string | null;
  visibility: Visibility;
}

/**
 * One feed row. Team rows carry teamId (the team feed); isPublic is true only when the list is PUBLIC
 * (public profile feeds). Feeds re-check the list's current visibility when read, so a list made
 * private later hides its past rows too.
 */
export async function recordActivity(
  tx: Writer,
  entry: { actorId: string; verb: Verb; teamId?: string | null; list?: ActivityList; paperId?: string | null; data?: Record<string, unknown> },
): Promise<void> {
  await tx.activity.create({
    data: {
      actorId: entry.actorId,
      verb: entry.verb,
      teamId: entry.list ? entry.list.teamId : (entry.teamId ?? null),
      listId: entry.list?.id ?? null,
      paperId: entry.paperId ?? null,
      isPublic: entry.list?.visibility === "PUBLIC",
      data: (entry.data ?? {}) as Prisma.InputJsonValue,
    },
  });
}
