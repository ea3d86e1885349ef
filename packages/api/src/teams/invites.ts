import { TRPCError } from "@trpc/server";
import type { Db, TeamRole } from "@commonplace/db";
import { hashSecret, newSecret } from "../lib/tokens.ts";
import { sendMail } from "../lib/mailer.ts";
import { appUrl } from "../lib/app-url.ts";
import { recordActivity } from "./activity.ts";

// Invitation links: the token is shown once (only its hash is stored); an email invite sends the same link.
// Accepting consumes one use atomically (a single UPDATE … WHERE uses < maxUses), so a 1-use link admits one person
// however many click it at once.

export const inviteUrl = (token: string) => `${appUrl()}/invite/${encodeURIComponent(token)}`;

export async function createInvite(
  db: Db,
  team: { id: string; name: string },
  actor: { id: string; name?: string | null },
  input: { role: TeamRole; expiresInDays: number; maxUses?: number | null; email?: string | null },
) {
  const token = newSecret(24);
  const invite = await db.invite.create({
    data: {
      teamId: team.id,
      tokenHash: hashSecret(token),
      role: input.role,
      email: input.email ?? null,
      expiresAt: new Date(Date.now() + input.expiresInDays * 86_400_000),
      maxUses: input.maxUses ?? null,
      createdById: actor.id,
    },
  });
  const url = inviteUrl(token);
  if (input.email) {
    await sendMail({
      to: input.email,
      subject: `Join ${team.name} on Commonplace`,
      text: `${actor.name ?? "A team member"} invites you to join "${team.name}" on Commonplace as ${input.role.toLowerCase()}.\n\nOpen this link to join (you can create an account there):\n${url}\n\nThe link expires on ${invite.expiresAt.toUTCString()}.`,
    });
  }
  return { invite, token, url };
}

export type InviteProblem = "not_found" | "revoked" | "expired" | "used_up";
const PROBLEMS: Record<InviteProblem, string> = {
  not_found: "This invitation link is not valid.",
  revoked: "This invitation was revoked. Ask the team for a new link.",
  expired: "This invitation has expired. Ask the team for a new link.",
  used_up: "This invitation has been used the maximum number of times.",
};

export async function findInvite(db: Db, token: string) {
  const invite = await db.invite.findUnique({ where: { tokenHash: hashSecret(token) }, include: { team: { select: { id: true, slug: true, name: true } } } });
  const problem: InviteProblem | null = !invite
    ? "not_found"
    : invite.revokedAt
      ? "revoked"
      : invite.expiresAt <= new Date()
        ? "expired"
        : invite.maxUses != null && invite.uses >= invite.maxUses
          ? "used_up"
          : null;
  return { invite, problem, message: problem ? PROBLEMS[problem] : null };
}

export async function acceptInvite(db: Db, token: string, userId: string) {
  const { invite, problem } = await findInvite(db, token);
  if (!invite || problem === "not_found") throw new TRPCError({ code: "NOT_FOUND", message: PROBLEMS.not_found });
  const existing = await db.membership.findUnique({ where: { teamId_userId: { teamId: invite.teamId, userId } } });
  // Already a member: the link changes nothing (never a demotion) and is not consumed.
  if (existing) return { team: invite.team, role: existing.role, alreadyMember: true };
  if (problem) throw new TRPCError({ code: "PRECONDITION_FAILED", message: PROBLEMS[problem], cause: { reason: problem } });
  try {
    return await db.$transaction(async (tx) => {
      const claimed = await tx.$executeRaw`
      UPDATE "Invite" SET uses = uses + 1
      WHERE id = ${invite.id} AND "revokedAt" IS NULL AND "expiresAt" > now() AND ("maxUses" IS NULL OR uses < "maxUses")`;
      if (claimed === 0) throw new TRPCError({ code: "PRECONDITION_FAILED", message: PROBLEMS.used_up, cause: { reason: "used_up" } });
      await tx.membership.create({ data: { teamId: invite.teamId, userId, role: invite.role } });
      await recordActivity(tx, { actorId: userId, verb: "member.joined", teamId: invite.teamId, data: { role: invite.role } });
      return { team: invite.team, role: invite.role, alreadyMember: false };
    });
  } catch (error) {
    // The same person accepting twice at once: the membership's primary key decides; the use is rolled back.
    if ((error as { code?: string }).code !== "P2002") throw error;
    const member = await db.membership.findUniqueOrThrow({ where: { teamId_userId: { teamId: invite.teamId, userId } } });
    return { team: invite.team, role: member.role, alreadyMember: true };
  }
}
