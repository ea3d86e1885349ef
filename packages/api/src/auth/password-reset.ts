import { TRPCError } from "@trpc/server";
import type { Db } from "@commonplace/db";
import { hashSecret, newSecret } from "../lib/tokens.ts";
import { hashPassword } from "./password.ts";

export const RESET_TTL_MS = 60 * 60_000;

/** Returns the reset link for an existing account (null otherwise); the caller mails it. */
export async function createResetLink(db: Db, email: string, appUrl: string): Promise<{ to: string; url: string } | null> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true } });
  if (!user) return null;
  const token = newSecret();
  await db.passwordResetToken.create({
    data: { userId: user.id, tokenHash: hashSecret(token), expiresAt: new Date(Date.now() + RESET_TTL_MS) },
  });
  return { to: user.email, url: `${appUrl.replace(/\/$/, "")}/reset-password?token=${token}` };
}

/** Sets a new password with a single-use, unexpired token; clears throttling and other reset links. */
export async function resetPassword(db: Db, token: string, password: string): Promise<void> {
  const record = await db.passwordResetToken.findUnique({ where: { tokenHash: hashSecret(token) }, include: { user: true } });
  if (!record || record.usedAt || record.expiresAt.getTime() < Date.now()) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "This reset link is invalid or has expired. Ask for a new one." });
  }
  const passwordHash = await hashPassword(password);
  await db.$transaction([
    db.user.update({ where: { id: record.userId }, data: { passwordHash } }),
    db.passwordResetToken.update({ where: { id: record.id }, data: { usedAt: new Date() } }),
    db.passwordResetToken.deleteMany({ where: { userId: record.userId, usedAt: null } }),
    db.loginFailure.deleteMany({ where: { email: record.user.email } }),
  ]);
}
