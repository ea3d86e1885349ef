import type { Prisma, Visibility } from "@commonplace/db";

// Feed rows for annotations (Activity; the team feed and list history read them). Never for PRIVATE
// ones; TEAM ones carry their team (the team feed shows rows without a list to members only);
// list-scoped ones carry the list (feeds re-check the list's visibility when read). No body is
// copied into the feed: only the quoted passage of the paper, which is not secret.

export type AnnotationVerb = "annotation.created" | "annotation.replied";

export async function recordAnnotationActivity(
  tx: Prisma.TransactionClient,
  row: {
    id: string;
    paperId: string;
    authorId: string;
    visibility: "PRIVATE" | "TEAM" | "PUBLIC";
    teamId: string | null;
    listId: string | null;
    quote: string | null;
  },
  verb: AnnotationVerb,
  actorId: string,
  list: { visibility: Visibility } | null,
): Promise<void> {
  if (row.visibility === "PRIVATE") return;
  const isPublic = row.listId ? list?.visibility === "PUBLIC" : row.visibility === "PUBLIC";
  await tx.activity.create({
    data: {
      actorId,
      verb,
      teamId: row.teamId,
      listId: row.listId,
      paperId: row.paperId,
      annotationId: row.id,
      isPublic,
      data: row.quote ? { quote: row.quote.slice(0, 200) } : {},
    },
  });
}
