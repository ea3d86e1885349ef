import { TRPCError } from "@trpc/server";
import type { AnnotationVisibility, Db, TeamRole, Visibility } from "@commonplace/db";
import { decideList } from "../policy/can.ts";
import { denial } from "../policy/middleware.ts";
import { roleAllows } from "../policy/permissions.ts";
import { loadList, loadTeam } from "../policy/scope.ts";

// Where a new thread lives, checked once before writing: a list (annotation.create on it, the paper
// must be one of its items), a team (TEAM visibility: a member whose role allows annotation.create),
// or nowhere (PRIVATE / PUBLIC).

export interface ResolvedScope {
  visibility: AnnotationVisibility;
  teamId: string | null;
  listId: string | null;
  list: { visibility: Visibility; createdById: string; ownerId: string | null } | null;
  /** The team it lives in (the list's team for a team list), as annotation views show it. */
  team: { id: string; slug: string; name: string } | null;
  /** The caller's role in that team, when the check read it. */
  teamRole?: TeamRole | null;
}

export async function resolveScope(
  db: Db,
  userId: string,
  input: { paperId: string; visibility: AnnotationVisibility; teamSlug?: string; listId?: string; shareToken?: string },
): Promise<ResolvedScope> {
  if (input.listId) {
    const scope = await loadList(db, input.listId, userId, input.shareToken);
    const decision = scope ? decideList("annotation.create", scope.list, userId, scope.teamRole, input.shareToken) : "not_found";
    if (decision !== "allow") throw denial(decision, "list", "You can read this list but your role does not allow annotating on it.");
    const list = scope!.list;
    if (input.teamSlug && list.team?.slug !== input.teamSlug) throw new TRPCError({ code: "BAD_REQUEST", message: "teamSlug does not match the list's team." });
    const item = await db.readingListItem.findUnique({ where: { listId_paperId: { listId: list.id, paperId: input.paperId } }, select: { id: true } });
    if (!item) throw new TRPCError({ code: "BAD_REQUEST", message: "This paper is not on the list: add it first." });
    return {
      visibility: input.visibility,
      teamId: list.teamId,
      listId: list.id,
      list: { visibility: list.visibility, createdById: list.createdById, ownerId: list.ownerId },
      team: list.team,
      ...(list.teamId ? { teamRole: scope!.teamRole } : {}),
    };
  }
  if (input.visibility !== "TEAM") {
    if (input.teamSlug) throw new TRPCError({ code: "BAD_REQUEST", message: "teamSlug goes with TEAM visibility (or a team list's listId)." });
    return { visibility: input.visibility, teamId: null, listId: null, list: null, team: null };
  }
  if (!input.teamSlug) throw new TRPCError({ code: "BAD_REQUEST", message: "TEAM visibility needs teamSlug: a team you belong to." });
  const team = await loadTeam(db, input.teamSlug, userId);
  if (!team || (!team.role && !team.team.isPublic)) throw denial("not_found", "team");
  if (!roleAllows(team.role, "annotation.create")) throw denial("forbidden", "team", "Your role in this team does not allow annotating (VIEWERs read only).");
  const { id, slug, name } = team.team;
  return { visibility: "TEAM", teamId: id, listId: null, list: null, team: { id, slug, name }, teamRole: team.role };
}
