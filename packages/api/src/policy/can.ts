import { timingSafeEqual } from "node:crypto";
import type { Prisma, TeamRole, Visibility } from "@commonplace/db";
import { isReadAction, PERMISSIONS, roleAllows, type Action, type ListAction, type TeamAction } from "./permissions.ts";

// Decisions for one person and one resource. Pure functions over already-loaded rows, so the
// authorization matrix can be reasoned about (and unit-tested) without a database.

/** Why a request is refused, in the order a caller learns it: existence stays secret first. */
export type Decision = "allow" | "unauthorized" | "not_found" | "forbidden";

export interface TeamSubject {
  isPublic: boolean;
}

export interface ListSubject {
  visibility: Visibility;
  ownerId: string | null;
  teamId: string | null;
  createdById: string;
  shareToken: string | null;
}

/** A person's role on a list: a personal list's owner acts as OWNER; on a team list, their team role. */
export function listRole(list: ListSubject, userId: string | null, teamRole: TeamRole | null): TeamRole | null {
  if (!userId) return null;
  if (list.teamId === null) return list.ownerId === userId ? "OWNER" : null;
  return teamRole;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Visibility: PUBLIC everyone · UNLISTED anyone holding the secret link (and the owner / team) ·
 * TEAM the team's members (a personal list cannot be TEAM) · PRIVATE the owner; on a team list, its
 * creator and the team's managers (`list.read.private`).
 */
export function canReadList(list: ListSubject, userId: string | null, teamRole: TeamRole | null, shareToken?: string | null): boolean {
  if (list.visibility === "PUBLIC") return true;
  if (list.visibility === "UNLISTED" && shareToken && list.shareToken && sameSecret(shareToken, list.shareToken)) return true;
  const role = listRole(list, userId, teamRole);
  if (!role) return false;
  if (list.teamId === null) return true; // the owner
  if (list.visibility !== "PRIVATE") return true; // TEAM / UNLISTED / PUBLIC: every member
  return list.createdById === userId || roleAllows(role, "list.read.private");
}

export function decideList(action: ListAction, list: ListSubject, userId: string | null, teamRole: TeamRole | null, shareToken?: string | null): Decision {
  if (!canReadList(list, userId, teamRole, shareToken)) return "not_found";
  if (isReadAction(action)) return "allow";
  if (!userId) return "unauthorized";
  return roleAllows(listRole(list, userId, teamRole), action) ? "allow" : "forbidden";
}

export function decideTeam(action: TeamAction, team: TeamSubject, userId: string | null, role: TeamRole | null): Decision {
  if (!userId) return "unauthorized";
  if (!role) {
    // A public team's page is visible to all; anything else about a team is secret to outsiders.
    if (!team.isPublic) return "not_found";
    return action === "team.read" ? "allow" : "forbidden";
  }
  return roleAllows(role, action) ? "allow" : "forbidden";
}

/** Changing someone's role: managers may, but only owners touch the OWNER role; the last owner is handled in SQL. */
export function decideRoleChange(actorRole: TeamRole, targetRole: TeamRole, newRole: TeamRole): Decision {
  if (!roleAllows(actorRole, "member.role.change")) return "forbidden";
  if ((targetRole === "OWNER" || newRole === "OWNER") && !roleAllows(actorRole, "member.owner.manage")) return "forbidden";
  return "allow";
}

export function decideRemoval(actorRole: TeamRole, targetRole: TeamRole): Decision {
  if (!roleAllows(actorRole, "member.remove")) return "forbidden";
  if (targetRole === "OWNER" && !roleAllows(actorRole, "member.owner.manage")) return "forbidden";
  return "allow";
}

/** Inviting with a role: nobody hands out more than they hold. */
export function decideInviteRole(actorRole: TeamRole, role: TeamRole): Decision {
  if (!roleAllows(actorRole, "member.invite")) return "forbidden";
  if (role === "OWNER" && !roleAllows(actorRole, "member.owner.manage")) return "forbidden";
  return "allow";
}

const rolesFor = (action: Action) => [...PERMISSIONS[action].roles] as TeamRole[];

/**
 * Defence in depth: the rows a person may see, as a Prisma where clause. Every list query ANDs this in,
 * so a bug in a procedure's checks cannot leak a list it never loads. UNLISTED lists appear only to their
 * owner/team, or with their secret (`shareToken`).
 */
export function visibleListsWhere(userId: string | null, opts: { shareToken?: string | null } = {}): Prisma.ReadingListWhereInput {
  const or: Prisma.ReadingListWhereInput[] = [{ visibility: "PUBLIC" }];
  if (opts.shareToken) or.push({ visibility: "UNLISTED", shareToken: opts.shareToken });
  if (userId) {
    or.push(
      { teamId: null, ownerId: userId },
      { teamId: { not: null }, visibility: { in: ["TEAM", "UNLISTED", "PUBLIC"] }, team: { memberships: { some: { userId } } } },
      { teamId: { not: null }, visibility: "PRIVATE", createdById: userId, team: { memberships: { some: { userId } } } },
      { teamId: { not: null }, visibility: "PRIVATE", team: { memberships: { some: { userId, role: { in: rolesFor("list.read.private") } } } } },
    );
  }
  return { OR: or };
}
