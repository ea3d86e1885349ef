import type { Db, Prisma } from "@commonplace/db";
import { roleAllows } from "../policy/permissions.ts";
import { loadList } from "../policy/scope.ts";

// The composer's remembered scope (issue 16.7), kept server-side for free: it is the scope of the thread
// you last started on this paper, else the last one you started in this team (when the reader was opened
// from one of the team's lists), else PRIVATE. A remembered TEAM scope is offered again only while your
// role in that team still allows annotation.create; otherwise it falls back to PRIVATE.

export interface RememberedScope {
  visibility: "PRIVATE" | "TEAM" | "PUBLIC";
  teamSlug: string | null;
  /** Where it was remembered from. */
  from: "paper" | "team" | "default";
}

const PRIVATE: RememberedScope = { visibility: "PRIVATE", teamSlug: null, from: "default" };

async function lastThread(db: Db, where: Prisma.AnnotationWhereInput) {
  return db.annotation.findFirst({
    where: { ...where, parentId: null, deletedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { visibility: true, team: { select: { id: true, slug: true } } },
  });
}

export async function rememberedScope(db: Db, userId: string, input: { paperId: string; listId?: string }): Promise<RememberedScope> {
  const context = input.listId ? await loadList(db, input.listId, userId) : null;
  const teamId = context?.list.teamId ?? null;
  const onPaper = await lastThread(db, { authorId: userId, paperId: input.paperId });
  const found = onPaper
    ? { row: onPaper, from: "paper" as const }
    : teamId
      ? { row: await lastThread(db, { authorId: userId, teamId }), from: "team" as const }
      : null;
  if (!found?.row) return PRIVATE;
  const { row, from } = found;
  if (row.visibility !== "TEAM") return { visibility: row.visibility, teamSlug: null, from };
  if (!row.team) return PRIVATE;
  const membership = await db.membership.findUnique({ where: { teamId_userId: { teamId: row.team.id, userId } }, select: { role: true } });
  return roleAllows(membership?.role, "annotation.create") ? { visibility: "TEAM", teamSlug: row.team.slug, from } : PRIVATE;
}
