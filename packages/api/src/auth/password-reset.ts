import type { Db } from "@commonplace/db";
import { AppError } from "../errors/index.ts";
import { hashSecret, newSecret } from "../lib/tokens.ts";
import { hashPassword } from "./password.ts";
import { clearAccountThrottle } from "./credentials.ts";

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

/**
 * Sets a new password with a single-use, unexpired token; clears throttling and other reset links, ends
 * every session of the account (session version) and, when asked, revokes its API tokens.
 */
export async function resetPassword(db: Db, token: string, password: string, options: { revokeTokens?: boolean } = {}): Promise<void> {
  const record = await db.passwordResetToken.findUnique({ where: { tokenHash: hashSecret(token) }, include: { user: true } });
  if (!record || record.usedAt || record.expiresAt.getTime() < Date.now()) {
    throw new AppError("invalid_input", "This reset link is invalid or has expired. Ask for a new one.", { code: "invalid_reset_link" });
  }
  const passwordHash = await hashPassword(password);
  await db.$transaction([
    db.user.update({ where: { id: record.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } }),
    db.passwordResetToken.update({ where: { id: record.id }, data: { usedAt: new Date() } }),
    db.passwordResetToken.deleteMany({ where: { userId: record.userId, usedAt: null } }),
    ...(options.revokeTokens ? [db.apiToken.updateMany({ where: { userId: record.userId, revokedAt: null }, data: { revokedAt: new Date() } })] : []),
  ]);
  await clearAccountThrottle(db, record.user.email);
}
