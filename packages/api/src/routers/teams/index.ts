import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Db } from "@commonplace/db";
import { protectedProcedure, publicProcedure, router } from "../../trpc.ts";
import { teamProcedure, idSchema } from "../../policy/procedures.ts";
import { actionsFor, byRole } from "../../policy/permissions.ts";
import { assignableRoles, decideInviteRole, invitableRoles } from "../../policy/can.ts";
import { denial } from "../../policy/middleware.ts";
import type { TeamScope } from "../../policy/scope.ts";
import { teamRoleSchema } from "../../lists/views.ts";
import { createTeam, deleteTeam, teamNameSchema, teamSlugSchema } from "../../teams/teams.ts";
import { changeRole, leaveTeam, removeMember } from "../../teams/members.ts";
import { acceptInvite, createInvite, findInvite } from "../../teams/invites.ts";
import { recordActivity } from "../../teams/activity.ts";
import { createInviteInput, inviteView, memberView, teamView } from "./schemas.ts";

async function toTeamView(db: Db, scope: TeamScope): Promise<z.infer<typeof teamView>> {
  const [memberCount, listCount] = await Promise.all([
    db.membership.count({ where: { teamId: scope.team.id } }),
    db.readingList.count({ where: { teamId: scope.team.id } }),
  ]);
  const { id, slug, name, description, isPublic, createdAt } = scope.team;
  const permissions = scope.role ? actionsFor(scope.role, "team") : ["team.read"];
  return {
    id,
    slug,
    name,
    description,
    isPublic,
    createdAt,
    myRole: scope.role,
    permissions,
    memberCount,
    listCount,
    invitableRoles: invitableRoles(scope.role),
    assignableRoles: assignableRoles(scope.role),
  };
}

function inviteState(i: { revokedAt: Date | null; expiresAt: Date; maxUses: number | null; uses: number }) {
  if (i.revokedAt) return "revoked" as const;
  if (i.expiresAt <= new Date()) return "expired" as const;
  if (i.maxUses != null && i.uses >= i.maxUses) return "used_up" as const;
  return "active" as const;
}

export const teamsRouter = router({
  create: protectedProcedure
    .input(z.object({ name: teamNameSchema, slug: teamSlugSchema, description: z.string().trim().max(2000).nullish() }))
    .output(teamView)
    .mutation(async ({ ctx, input }) => {
      const team = await createTeam(ctx.db, ctx.user.id, input);
      return toTeamView(ctx.db, { team, role: "OWNER" });
    }),

  /** Teams the caller belongs to, with their role. */
  mine: protectedProcedure
    .output(z.array(z.object({ id: z.string(), slug: z.string(), name: z.string(), role: teamRoleSchema, memberCount: z.number().int() })))
    .query(async ({ ctx }) => {
      const rows = await ctx.db.membership.findMany({
        where: { userId: ctx.user.id },
        include: { team: { select: { id: true, slug: true, name: true, _count: { select: { memberships: true } } } } },
        orderBy: { team: { name: "asc" } },
      });
      return rows.map((m) => ({ id: m.team.id, slug: m.team.slug, name: m.team.name, role: m.role, memberCount: m.team._count.memberships }));
    }),

  get: teamProcedure("team.read")
    .output(teamView)
    .query(({ ctx }) => toTeamView(ctx.db, ctx.team)),

  update: teamProcedure("team.update")
    .input(z.object({ name: teamNameSchema.optional(), description: z.string().trim().max(2000).nullish(), isPublic: z.boolean().optional() }))
    .output(teamView)
    .mutation(async ({ ctx, input }) => {
      const team = await ctx.db.$transaction(async (tx) => {
        const updated = await tx.team.update({
          where: { id: ctx.team.team.id },
          data: {
            ...(input.name !== undefined ? { name: input.name } : {}),
            ...(input.description !== undefined ? { description: input.description || null } : {}),
            ...(input.isPublic !== undefined ? { isPublic: input.isPublic } : {}),
          },
        });
        await recordActivity(tx, { actorId: ctx.user.id, verb: "team.updated", teamId: updated.id, data: { fields: Object.keys(input) } });
        return updated;
      });
      return toTeamView(ctx.db, { team, role: ctx.team.role });
    }),

  /** Owner only; `confirmSlug` must repeat the team's slug (typed confirmation). */
  delete: teamProcedure("team.delete")
    .input(z.object({ confirmSlug: z.string().max(64) }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await deleteTeam(ctx.db, ctx.team.team, input.confirmSlug);
      return { ok: true as const };
    }),

  members: teamProcedure("member.list")
    .output(z.array(memberView))
    .query(async ({ ctx }) => {
      const rows = await ctx.db.membership.findMany({
        where: { teamId: ctx.team.team.id },
        include: { user: { select: { id: true, handle: true, name: true, avatarUrl: true } } },
        orderBy: [{ createdAt: "asc" }],
      });
      return rows.sort(byRole).map((m) => ({ user: m.user, role: m.role, joinedAt: m.createdAt }));
    }),

  changeRole: teamProcedure("member.role.change")
    .input(z.object({ userId: idSchema, role: teamRoleSchema }))
    .output(z.object({ userId: z.string(), role: teamRoleSchema }))
    .mutation(async ({ ctx, input }) => {
      const m = await changeRole(ctx.db, ctx.team.team.id, { id: ctx.user.id, role: ctx.team.role! }, input.userId, input.role);
      return { userId: m.userId, role: m.role };
    }),

  removeMember: teamProcedure("member.remove")
    .input(z.object({ userId: idSchema }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await removeMember(ctx.db, ctx.team.team.id, { id: ctx.user.id, role: ctx.team.role! }, input.userId);
      return { ok: true as const };
    }),

  /** Any member may leave, except the last owner. */
  leave: teamProcedure("team.read")
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx }) => {
      if (!ctx.team.role) throw new TRPCError({ code: "NOT_FOUND", message: "You are not a member of this team." });
      await leaveTeam(ctx.db, ctx.team.team.id, ctx.user.id);
      return { ok: true as const };
    }),

  /** A link (token shown once), optionally emailed. Nobody invites with a role above their own. */
  createInvite: teamProcedure("member.invite")
    .input(createInviteInput)
    .output(
      z.object({
        id: z.string(),
        token: z.string(),
        url: z.string(),
        role: teamRoleSchema,
        expiresAt: z.date(),
        maxUses: z.number().int().nullable(),
        emailed: z.boolean(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const decision = decideInviteRole(ctx.team.role!, input.role);
      if (decision !== "allow") throw denial(decision, "team", "Only owners can invite owners.");
      const { invite, token, url } = await createInvite(ctx.db, ctx.team.team, { id: ctx.user.id, name: ctx.user.name }, input);
      return { id: invite.id, token, url, role: invite.role, expiresAt: invite.expiresAt, maxUses: invite.maxUses, emailed: Boolean(input.email) };
    }),

  invites: teamProcedure("member.invite")
    .output(z.array(inviteView))
    .query(async ({ ctx }) => {
      const rows = await ctx.db.invite.findMany({
        where: { teamId: ctx.team.team.id },
        include: { createdBy: { select: { id: true, handle: true, name: true } } },
        orderBy: { createdAt: "desc" },
        take: 200,
      });
      return rows.map((i) => ({
        id: i.id,
        role: i.role,
        email: i.email,
        expiresAt: i.expiresAt,
        maxUses: i.maxUses,
        uses: i.uses,
        revokedAt: i.revokedAt,
        createdAt: i.createdAt,
        createdBy: i.createdBy,
        state: inviteState(i),
      }));
    }),

  revokeInvite: teamProcedure("member.invite")
    .input(z.object({ inviteId: idSchema }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      const { count } = await ctx.db.invite.updateMany({ where: { id: input.inviteId, teamId: ctx.team.team.id }, data: { revokedAt: new Date() } });
      if (count === 0) throw new TRPCError({ code: "NOT_FOUND", message: "No such invitation in this team." });
      return { ok: true as const };
    }),

  /** For the accept page, signed in or out: which team, which role, and whether the link still works. */
  invitePreview: publicProcedure
    .input(z.object({ token: z.string().trim().min(10).max(200) }))
    .output(
      z.object({
        valid: z.boolean(),
        reason: z.string().nullable(),
        team: z.object({ slug: z.string(), name: z.string() }).nullable(),
        role: teamRoleSchema.nullable(),
        alreadyMember: z.boolean(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const { invite, problem, message } = await findInvite(ctx.db, input.token);
      if (!invite) return { valid: false, reason: message, team: null, role: null, alreadyMember: false };
      const member = ctx.user ? await ctx.db.membership.findUnique({ where: { teamId_userId: { teamId: invite.teamId, userId: ctx.user.id } } }) : null;
      return { valid: !problem, reason: message, team: { slug: invite.team.slug, name: invite.team.name }, role: invite.role, alreadyMember: Boolean(member) };
    }),

  acceptInvite: protectedProcedure
    .input(z.object({ token: z.string().trim().min(10).max(200) }))
    .output(z.object({ team: z.object({ id: z.string(), slug: z.string(), name: z.string() }), role: teamRoleSchema, alreadyMember: z.boolean() }))
    .mutation(({ ctx, input }) => acceptInvite(ctx.db, input.token, ctx.user.id)),
});
