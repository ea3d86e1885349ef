import type { Db } from "@commonplace/db";
import { hashPassword } from "./auth/password.ts";

export const DEMO_PASSWORD = "commonplace-demo";
export const DEMO_USERS = [
  { email: "ada@demo.commonplace.test", handle: "ada", name: "Ada Lovelace", bio: "Reads about analytical engines and attention.", isAdmin: true },
  { email: "alan@demo.commonplace.test", handle: "alan", name: "Alan Turing", bio: "Computability, morphogenesis, and the occasional LLM paper." },
] as const;
export const DEMO_TEAM = { slug: "reading-group", name: "Reading Group", description: "The demo team: a weekly machine-learning reading group." };

/**
 * Demo data, idempotent: two people (ada administers the site) and one team they share. Existing rows are left as they are, so a
 * second `npm start` (or a demo user who changed their password) keeps its state.
 */
export async function seedDemo(db: Db): Promise<{ users: { email: string; handle: string }[]; password: string; team: string }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = [];
  for (const demo of DEMO_USERS) {
    users.push(await db.user.upsert({ where: { email: demo.email }, create: { ...demo, passwordHash }, update: {} }));
  }
  const team = await db.team.upsert({ where: { slug: DEMO_TEAM.slug }, create: DEMO_TEAM, update: {} });
  for (const [index, user] of users.entries()) {
    await db.membership.upsert({
      where: { teamId_userId: { teamId: team.id, userId: user.id } },
      create: { teamId: team.id, userId: user.id, role: index === 0 ? "OWNER" : "MEMBER" },
      update: {},
    });
  }
  return { users: users.map((u) => ({ email: u.email, handle: u.handle })), password: DEMO_PASSWORD, team: team.slug };
}
