import { TRPCError } from "@trpc/server";
import type { Db } from "@commonplace/db";

// Following people and public teams. Idempotent both ways: following twice, or unfollowing someone you
// do not follow, is not an error. A team that is not public cannot be followed, and says so exactly as
// a missing team would (its existence stays secret).

const noPerson = () => new TRPCError({ code: "NOT_FOUND", message: "No one with this handle." });
const noTeam = () => new TRPCError({ code: "NOT_FOUND", message: "No public team with this address." });

async function personId(db: Db, handle: string): Promise<string> {
  const user = await db.user.findUnique({ where: { handle: handle.trim().toLowerCase() }, select: { id: true } });
  if (!user) throw noPerson();
  return user.id;
}

async function publicTeamId(db: Db, slug: string): Promise<string> {
  const team = await db.team.findFirst({ where: { slug: slug.trim().toLowerCase(), isPublic: true }, select: { id: true } });
  if (!team) throw noTeam();
  return team.id;
}

export async function followUser(db: Db, followerId: string, handle: string): Promise<{ followers: number }> {
  const followeeId = await personId(db, handle);
  if (followeeId === followerId) throw new TRPCError({ code: "BAD_REQUEST", message: "You can’t follow yourself." });
  await db.userFollow.createMany({ data: [{ followerId, followeeId }], skipDuplicates: true });
  return { followers: await db.userFollow.count({ where: { followeeId } }) };
}

export async function unfollowUser(db: Db, followerId: string, handle: string): Promise<{ followers: number }> {
  const followeeId = await personId(db, handle);
  await db.userFollow.deleteMany({ where: { followerId, followeeId } });
  return { followers: await db.userFollow.count({ where: { followeeId } }) };
}

export async function followTeam(db: Db, followerId: string, slug: string): Promise<{ followers: number }> {
  const teamId = await publicTeamId(db, slug);
  await db.teamFollow.createMany({ data: [{ followerId, teamId }], skipDuplicates: true });
  return { followers: await db.teamFollow.count({ where: { teamId } }) };
}

/** Unfollowing works even after the team stopped being public (people must be able to leave). */
export async function unfollowTeam(db: Db, followerId: string, slug: string): Promise<{ followers: number }> {
  const team = await db.team.findUnique({ where: { slug: slug.trim().toLowerCase() }, select: { id: true, isPublic: true } });
  if (!team) throw noTeam();
  const { count } = await db.teamFollow.deleteMany({ where: { followerId, teamId: team.id } });
  // A private team that the caller did not follow stays secret.
  if (!team.isPublic && count === 0) throw noTeam();
  return { followers: team.isPublic ? await db.teamFollow.count({ where: { teamId: team.id } }) : 0 };
}
