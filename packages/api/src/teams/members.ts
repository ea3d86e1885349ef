import { TRPCError } from "@trpc/server";
import type { Db, Prisma, TeamRole } from "@commonplace/db";
import { decideRemoval, decideRoleChange } from "../policy/can.ts";
import { denial } from "../policy/middleware.ts";
import { recordActivity } from "./activity.ts";

type Tx = Prisma.TransactionClient;

// Membership changes lock the team row, so "is this the last owner?" cannot be answered twice at once
// (two owners demoting each other concurrently would otherwise leave none).

async function lockTeam(tx: Tx, teamId: string) {
  await tx.$queryRaw`SELECT id FROM "Team" WHERE id = ${teamId} FOR UPDATE`;
}

async function targetMembership(tx: Tx, teamId: string, userId: string) {
  const m = await tx.membership.findUnique({ where: { teamId_userId: { teamId, userId } } });
  if (!m) throw new TRPCError({ code: "NOT_FOUND", message: "This person is not a member of the team." });
  return m;
}

async function assertNotLastOwner(tx: Tx, teamId: string, message: string) {
  const owners = await tx.membership.count({ where: { teamId, role: "OWNER" } });
  if (owners <= 1) throw new TRPCError({ code: "PRECONDITION_FAILED", message });
}

export const LAST_OWNER_DEMOTE = "A team needs an owner: make someone else an owner before changing this role.";
export const LAST_OWNER_LEAVE = "You are the team's last owner: make someone else an owner first, or delete the team.";

export async function changeRole(db: Db, teamId: string, actor: { id: string; role: TeamRole }, userId: string, role: TeamRole) {
  return db.$transaction(async (tx) => {
    await lockTeam(tx, teamId);
    const target = await targetMembership(tx, teamId, userId);
    const decision = decideRoleChange(actor.role, target.role, role);
    if (decision !== "allow") throw denial(decision, "team", "Only owners can grant or change the owner role.");
    if (target.role === role) return target;
    if (target.role === "OWNER") await assertNotLastOwner(tx, teamId, LAST_OWNER_DEMOTE);
    const updated = await tx.membership.update({ where: { teamId_userId: { teamId, userId } }, data: { role } });
    await recordActivity(tx, { actorId: actor.id, verb: "member.role", teamId, data: { userId, from: target.role, to: role } });
    return updated;
  });
}

export async function removeMember(db: Db, teamId: string, actor: { id: string; role: TeamRole }, userId: string) {
  if (userId === actor.id) throw new TRPCError({ code: "BAD_REQUEST", message: "To remove yourself, leave the team." });
  await db.$transaction(async (tx) => {
    await lockTeam(tx, teamId);
    const target = await targetMembership(tx, teamId, userId);
    const decision = decideRemoval(actor.role, target.role);
    if (decision !== "allow") throw denial(decision, "team", "Only owners can remove an owner.");
    if (target.role === "OWNER") await assertNotLastOwner(tx, teamId, LAST_OWNER_DEMOTE);
    await tx.membership.delete({ where: { teamId_userId: { teamId, userId } } });
    await tx.readingListItem.updateMany({ where: { assigneeId: userId, list: { teamId } }, data: { assigneeId: null } });
    await recordActivity(tx, { actorId: actor.id, verb: "member.removed", teamId, data: { userId } });
  });
}

export async function leaveTeam(db: Db, teamId: string, userId: string) {
  await db.$transaction(async (tx) => {
    await lockTeam(tx, teamId);
    const me = await targetMembership(tx, teamId, userId);
    if (me.role === "OWNER") await assertNotLastOwner(tx, teamId, LAST_OWNER_LEAVE);
    await tx.membership.delete({ where: { teamId_userId: { teamId, userId } } });
    await tx.readingListItem.updateMany({ where: { assigneeId: userId, list: { teamId } }, data: { assigneeId: null } });
    await recordActivity(tx, { actorId: userId, verb: "member.left", teamId });
  });
}
