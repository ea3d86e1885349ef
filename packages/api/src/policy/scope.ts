import type { Db, ReadingList, TeamRole } from "@commonplace/db";
import { visibleListsWhere } from "./can.ts";

// Loading what a decision needs: the resource row and the caller's team role. List rows are only ever
// read through visibleListsWhere, so an invisible list is indistinguishable from a missing one.

export interface TeamScope {
  team: { id: string; slug: string; name: string; description: string | null; isPublic: boolean; createdAt: Date; updatedAt: Date };
  /** The caller's role, or null for an outsider (of a public team). */
  role: TeamRole | null;
}

export interface ListScope {
  list: ReadingList & { team: { id: string; slug: string; name: string } | null };
  /** Effective role on this list: a personal list's owner is OWNER; on a team list, the team role. */
  role: TeamRole | null;
  /** The caller's team role on a team list (null on personal lists). */
  teamRole: TeamRole | null;
}

export async function loadTeam(db: Db, slug: string, userId: string | null): Promise<TeamScope | null> {
  const team = await db.team.findUnique({
    where: { slug: slug.toLowerCase() },
    select: { id: true, slug: true, name: true, description: true, isPublic: true, createdAt: true, updatedAt: true },
  });
  if (!team) return null;
  const membership = userId ? await db.membership.findUnique({ where: { teamId_userId: { teamId: team.id, userId } }, select: { role: true } }) : null;
  return { team, role: membership?.role ?? null };
}

export async function loadList(db: Db, listId: string, userId: string | null, shareToken?: string | null): Promise<ListScope | null> {
  const list = await db.readingList.findFirst({
    where: { AND: [{ id: listId }, visibleListsWhere(userId, { shareToken })] },
    include: { team: { select: { id: true, slug: true, name: true } } },
  });
  if (!list) return null;
  const teamRole =
    list.teamId && userId
      ? ((await db.membership.findUnique({ where: { teamId_userId: { teamId: list.teamId, userId } }, select: { role: true } }))?.role ?? null)
      : null;
  const role = list.teamId ? teamRole : list.ownerId === userId ? "OWNER" : null;
  return { list, role, teamRole };
}
