import type { Db } from "@commonplace/db";
import { AppError } from "../errors/index.ts";
import { hashPassword, verifyPassword } from "./password.ts";
import { passwordWeakness } from "./password-strength.ts";

/** Replaces the password after checking the current one; every session ends (session version), tokens optionally. */
export async function changePassword(
  db: Db,
  userId: string,
  input: { currentPassword: string; newPassword: string; revokeTokens?: boolean },
): Promise<{ tokensRevoked: number }> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true, email: true, handle: true, name: true } });
  if (!user) throw new AppError("unauthorized", "Sign in to do that.");
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("invalid_input", "Your current password is not right.", { field: "currentPassword" });
  }
  const weakness = passwordWeakness(input.newPassword, [user.email, user.handle, user.name]);
  if (weakness) throw new AppError("invalid_input", weakness, { field: "newPassword" });
  const passwordHash = await hashPassword(input.newPassword);
  const [, revoked] = await db.$transaction([
    db.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } }),
    db.apiToken.updateMany({ where: { userId, revokedAt: null, ...(input.revokeTokens ? {} : { id: "" }) }, data: { revokedAt: new Date() } }),
  ]);
  return { tokensRevoked: revoked.count };
}
