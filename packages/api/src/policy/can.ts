import { timingSafeEqual } from "node:crypto";
import type { AnnotationVisibility, Prisma, TeamRole, Visibility } from "@commonplace/db";
import { isReadAction, PERMISSIONS, roleAllows, ROLES, type Action, type ListAction, type TeamAction } from "./permissions.ts";

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

/** The roles someone may invite with (lowest first, as a picker lists them): the API sends these to the UI. */
export function invitableRoles(actorRole: TeamRole | null): TeamRole[] {
  return actorRole ? [...ROLES].reverse().filter((r) => decideInviteRole(actorRole, r) === "allow") : [];
}

/** The roles someone may give a member (highest first); changing an OWNER's role needs member.owner.manage too. */
export function assignableRoles(actorRole: TeamRole | null): TeamRole[] {
  return actorRole ? ROLES.filter((r) => decideRoleChange(actorRole, "VIEWER", r) === "allow") : [];
}

/**
 * Changing a list's visibility: editing the list (list.update, checked by the procedure) and, to make it
 * UNLISTED or PUBLIC — which shows its notes, items and list-scoped annotations to people outside the team —
 * the role that shares it (list.share). Narrowing it (to TEAM or PRIVATE) needs only list.update.
 */
export function decideVisibilityChange(list: ListSubject, userId: string | null, teamRole: TeamRole | null, next: Visibility): Decision {
  if (next === list.visibility || next === "PRIVATE" || next === "TEAM") return "allow";
  return decideList("list.share", list, userId, teamRole);
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

// ───────────── annotations (owned by annotations/) ─────────────
// Who reads an annotation follows its scope, and replies carry their thread's scope:
//   PRIVATE its author · TEAM members of its team · PUBLIC everyone ·
//   list-scoped (listId, not PRIVATE) whoever may read the list (canReadList, shareToken included).
// Writing in a team or list scope needs the catalogue's annotation.create; edit/delete are the author's;
// resolve is the thread author's or a team/list editor's (annotation.resolve).

export interface AnnotationSubject {
  authorId: string;
  visibility: AnnotationVisibility;
  teamId: string | null;
  listId: string | null;
}

/** What a decision needs besides the row: the caller's role in its team, and the list's verdict. */
export interface AnnotationAccess {
  /** The caller's role in the annotation's team (TEAM scope), null for non-members. */
  teamRole: TeamRole | null;
  /** For list-scoped annotations: may the caller read the list, and their role on it. */
  list: { readable: boolean; role: TeamRole | null } | null;
}

export type AnnotationAction = "read" | "reply" | "edit" | "delete" | "resolve" | "tag";

export function canReadAnnotation(a: AnnotationSubject, userId: string | null, access: AnnotationAccess): boolean {
  if (userId !== null && a.authorId === userId) return true;
  if (a.visibility === "PRIVATE") return false;
  if (a.listId) return access.list?.readable ?? false;
  if (a.visibility === "PUBLIC") return true;
  return access.teamRole !== null;
}

/** Whether canReadAnnotation looks at the caller's team role or list verdict for `a` (if not, nothing need be loaded). */
export function readDependsOnScope(a: AnnotationSubject, userId: string | null): boolean {
  if (userId !== null && a.authorId === userId) return false;
  return a.visibility !== "PRIVATE" && (a.listId !== null || a.visibility === "TEAM");
}

/** The role that counts for writing in an annotation's scope (list role, else team role for TEAM). */
function annotationScopeRole(a: AnnotationSubject, access: AnnotationAccess): TeamRole | null {
  if (a.listId) return access.list?.role ?? null;
  return a.visibility === "TEAM" ? access.teamRole : null;
}

/** Writing (a new root or a reply) in the scope of `a`: PRIVATE its author, team/list scope editors, PUBLIC anyone signed in. */
export function canWriteInScope(a: AnnotationSubject, userId: string, access: AnnotationAccess): boolean {
  if (a.visibility === "PRIVATE") return a.authorId === userId;
  if (a.listId || a.visibility === "TEAM") return roleAllows(annotationScopeRole(a, access), "annotation.create");
  return true;
}

export function decideAnnotation(action: AnnotationAction, a: AnnotationSubject, userId: string | null, access: AnnotationAccess): Decision {
  if (!canReadAnnotation(a, userId, access)) return "not_found";
  if (action === "read") return "allow";
  if (!userId) return "unauthorized";
  if (action === "edit" || action === "delete") {
    if (a.authorId === userId) return "allow";
    // Team OWNERs/ADMINs (a list's managers) may remove what others wrote in their scope; nobody edits it.
    const moderates = action === "delete" && a.visibility !== "PRIVATE" && roleAllows(annotationScopeRole(a, access), "annotation.moderate");
    return moderates ? "allow" : "forbidden";
  }
  if (action === "reply") return canWriteInScope(a, userId, access) ? "allow" : "forbidden";
  if (a.authorId === userId) return "allow";
  // Team tags: a team / list scope's editors tag what others wrote there; a PUBLIC note outside any team is its author's alone.
  if (action === "tag") return roleAllows(annotationScopeRole(a, access), "annotation.tag") ? "allow" : "forbidden";
  return roleAllows(annotationScopeRole(a, access), "annotation.resolve") ? "allow" : "forbidden";
}

/**
 * Defence in depth for annotation queries, the same rule as canReadAnnotation as a where clause.
 * `shareToken` opens an UNLISTED list's annotations (only that list's, as for visibleListsWhere).
 */
export function visibleAnnotationsWhere(userId: string | null, opts: { shareToken?: string | null } = {}): Prisma.AnnotationWhereInput {
  const or: Prisma.AnnotationWhereInput[] = [
    { listId: null, visibility: "PUBLIC" },
    { listId: { not: null }, visibility: { not: "PRIVATE" }, list: { is: visibleListsWhere(userId, opts) } },
  ];
  if (userId) or.push({ authorId: userId }, { listId: null, visibility: "TEAM", team: { is: { memberships: { some: { userId } } } } });
  return { OR: or };
}
