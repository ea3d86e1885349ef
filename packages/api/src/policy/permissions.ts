import type { TeamRole } from "@commonplace/db";

// THE permission catalogue: every action a person can take on a team or a reading list, and the team
// roles allowed it. Procedures name an action; `requirePermission` (policy/middleware.ts) enforces it
// through policy/can.ts. Change who may do what here, and only here.
//
// Roles are team roles. On a personal list its owner acts as OWNER; everyone else has no role there.
// Reading is also governed by visibility (policy/can.ts): a role alone never opens a PRIVATE list of
// someone else, and PUBLIC/UNLISTED lists are readable without any role (read actions only).

/** Every team role, highest first: the one place their order is written (roleRank, member lists, role pickers). */
export const ROLES = ["OWNER", "ADMIN", "MEMBER", "VIEWER"] as const satisfies readonly TeamRole[];

const ALL: readonly TeamRole[] = ROLES;
const EDITORS: readonly TeamRole[] = ["OWNER", "ADMIN", "MEMBER"];
const MANAGERS: readonly TeamRole[] = ["OWNER", "ADMIN"];
const OWNERS: readonly TeamRole[] = ["OWNER"];

export const PERMISSIONS = {
  // ── team ──
  "team.read": { resource: "team", roles: ALL, reads: true },
  "team.update": { resource: "team", roles: MANAGERS, reads: false },
  "team.delete": { resource: "team", roles: OWNERS, reads: false },
  "member.list": { resource: "team", roles: ALL, reads: true },
  "member.invite": { resource: "team", roles: MANAGERS, reads: false },
  "member.role.change": { resource: "team", roles: MANAGERS, reads: false },
  "member.remove": { resource: "team", roles: MANAGERS, reads: false },
  /** Granting, changing or removing the OWNER role (on top of member.role.change / member.remove). */
  "member.owner.manage": { resource: "team", roles: OWNERS, reads: false },
  "activity.read": { resource: "team", roles: ALL, reads: true },
  "list.create": { resource: "team", roles: EDITORS, reads: false },
  /** Add or remove the team's own citation styles (.csl); every member may cite with them. */
  "style.manage": { resource: "team", roles: EDITORS, reads: false },
  // ── list ──
  "list.read": { resource: "list", roles: ALL, reads: true },
  /** Seeing another member's PRIVATE team list (its creator always can). Decided in can.ts canReadList. */
  "list.read.private": { resource: "list", roles: MANAGERS, reads: true },
  "list.export": { resource: "list", roles: ALL, reads: true },
  "list.fork": { resource: "list", roles: ALL, reads: true },
  "list.update": { resource: "list", roles: EDITORS, reads: false },
  "list.delete": { resource: "list", roles: MANAGERS, reads: false },
  /** See the live .bib URL (a read capability that works without a session): team members only, never outsiders. */
  "list.bib.read": { resource: "list", roles: ALL, reads: false },
  /**
   * Regenerate/revoke the live .bib and the UNLISTED link, and make a list UNLISTED or PUBLIC (lists.update
   * with such a visibility: publishing is sharing; decided in can.ts decideVisibilityChange).
   */
  "list.share": { resource: "list", roles: MANAGERS, reads: false },
  "item.add": { resource: "list", roles: EDITORS, reads: false },
  "item.update": { resource: "list", roles: EDITORS, reads: false },
  "item.remove": { resource: "list", roles: EDITORS, reads: false },
  "item.reorder": { resource: "list", roles: EDITORS, reads: false },
  "item.import": { resource: "list", roles: EDITORS, reads: false },
  /** Team tags on a list's items (lists.updateItem tags, tags.setItemTags): seen by everyone who reads the list. */
  "item.tag": { resource: "list", roles: EDITORS, reads: false },
  // ── annotations (owned by annotations/; decided in can.ts decideAnnotation) ──
  // Reading an annotation follows its scope (PRIVATE author · TEAM members · PUBLIC all · list: the list's
  // readers), not a role. These two name the roles that may write in a team or list scope; the same role
  // check applies to a TEAM-scoped annotation (role in its team) and a list-scoped one (role on the list).
  /** Create an annotation or reply in a team / list scope (VIEWERs read only). */
  "annotation.create": { resource: "list", roles: EDITORS, reads: false },
  /** Resolve / reopen someone else's thread in a team / list scope (a thread's author always may). */
  "annotation.resolve": { resource: "list", roles: EDITORS, reads: false },
  /** Delete someone else's annotation or reply in a team / list scope (moderation; editing others' words never). */
  "annotation.moderate": { resource: "list", roles: MANAGERS, reads: false },
  /** Team tags on someone else's annotation in a team / list scope (its author always may; seen by whoever reads it). */
  "annotation.tag": { resource: "list", roles: EDITORS, reads: false },
} as const satisfies Record<string, { resource: "team" | "list"; roles: readonly TeamRole[]; reads: boolean }>;

export type Action = keyof typeof PERMISSIONS;
export type TeamAction = { [A in Action]: (typeof PERMISSIONS)[A]["resource"] extends "team" ? A : never }[Action];
export type ListAction = { [A in Action]: (typeof PERMISSIONS)[A]["resource"] extends "list" ? A : never }[Action];

/** Whether a role grants an action (the catalogue alone: no visibility, no ownership). */
export function roleAllows(role: TeamRole | null | undefined, action: Action): boolean {
  return role != null && (PERMISSIONS[action].roles as readonly TeamRole[]).includes(role);
}

/** Actions that only read: PUBLIC / UNLISTED lists grant these to people without a role. */
export function isReadAction(action: Action): boolean {
  return PERMISSIONS[action].reads;
}

/** Every action a role grants on a resource kind (sent to the UI so it can hide what would be refused). */
export function actionsFor(role: TeamRole | null, resource: "team" | "list"): Action[] {
  return (Object.keys(PERMISSIONS) as Action[]).filter((a) => PERMISSIONS[a].resource === resource && roleAllows(role, a));
}

/** Higher for more powerful roles (OWNER 3 … VIEWER 0), from ROLES' order. */
export const roleRank = (role: TeamRole) => ROLES.length - 1 - ROLES.indexOf(role);

/** Sorts rows by role, highest first. */
export const byRole = <T extends { role: TeamRole }>(a: T, b: T) => roleRank(b.role) - roleRank(a.role);

/** The roles an action is granted to (for row filters: "teams where I may add items"). */
export function rolesWith(action: Action): TeamRole[] {
  return [...PERMISSIONS[action].roles];
}
