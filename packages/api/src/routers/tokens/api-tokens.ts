import { TRPCError } from "@trpc/server";
import type { Db, TokenScope } from "@commonplace/db";
import { hashSecret, newSecret } from "../../lib/tokens.ts";

// Personal access tokens for REST v1: "cp_" + 32 random bytes; only the SHA-256 is stored, with a short
// prefix so people can tell their tokens apart in settings. Shown once, at creation.

const PREFIX = "cp_";
const MAX_ACTIVE = 50;

export async function createApiToken(db: Db, userId: string, input: { name: string; scope: TokenScope; expiresInDays?: number | null }) {
  const active = await db.apiToken.count({ where: { userId, revokedAt: null } });
  if (active >= MAX_ACTIVE) throw new TRPCError({ code: "PRECONDITION_FAILED", message: `You have ${MAX_ACTIVE} active tokens; revoke one first.` });
  const token = PREFIX + newSecret(32);
  const row = await db.apiToken.create({
    data: {
      userId,
      name: input.name,
      scope: input.scope,
      tokenHash: hashSecret(token),
      prefix: token.slice(0, PREFIX.length + 6),
      expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null,
    },
  });
  return { ...row, token };
}

/** The token's owner and scope, or null when unknown, revoked or expired. Records the use (at most once a minute). */
export async function authenticateToken(db: Db, token: string): Promise<{ userId: string; scope: TokenScope; tokenId: string } | null> {
  if (!token.startsWith(PREFIX) || token.length > 200) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashSecret(token) },
    select: { id: true, userId: true, scope: true, revokedAt: true, expiresAt: true },
  });
  const now = new Date();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return null;
  await db.apiToken.updateMany({
    where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - 60_000) } }] },
    data: { lastUsedAt: now },
  });
  return { userId: row.userId, scope: row.scope, tokenId: row.id };
}
