import type { Db } from "@commonplace/db";
import { byRole } from "../policy/permissions.ts";
import { publicListsOf } from "./profile.ts";
import { publicPersonSelect, type PublicTeamView } from "./views.ts";

// A public team's page (/t/<slug>): exists only while the team chose to be public; otherwise it is
// indistinguishable from a missing team. Members are shown by name, handle and avatar (never email).

const MEMBERS_SHOWN = 100;

export async function loadPublicTeam(db: Db, slug: string, viewerId: string | null): Promise<PublicTeamView | null> {
  const team = await db.team.findFirst({
    where: { slug: slug.trim().toLowerCase().slice(0, 64), isPublic: true },
    select: { id: true, slug: true, name: true, description: true, createdAt: true },
  });
  if (!team) return null;
  const [members, memberCount, lists, followers, viewerMembership, viewerFollows] = await Promise.all([
    db.membership.findMany({
      where: { teamId: team.id },
      select: { role: true, createdAt: true, user: { select: publicPersonSelect } },
      orderBy: { createdAt: "asc" },
      take: MEMBERS_SHOWN,
    }),
    db.membership.count({ where: { teamId: team.id } }),
    publicListsOf(db, { teamId: team.id }),
    db.teamFollow.count({ where: { teamId: team.id } }),
    viewerId ? db.membership.findUnique({ where: { teamId_userId: { teamId: team.id, userId: viewerId } }, select: { role: true } }) : null,
    viewerId ? db.teamFollow.findUnique({ where: { followerId_teamId: { followerId: viewerId, teamId: team.id } }, select: { createdAt: true } }) : null,
  ]);
  return {
    team,
    members: members.sort(byRole).map((m) => ({ user: m.user, role: m.role })),
    lists: lists.lists,
    stats: { members: memberCount, publicLists: lists.total, followers },
    viewer: viewerId ? { isMember: Boolean(viewerMembership), following: Boolean(viewerFollows) } : null,
  };
}
