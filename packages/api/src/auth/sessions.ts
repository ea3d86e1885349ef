import type { Db } from "@commonplace/db";
import { db } from "../lib/services.ts";
import { unreachableService } from "../errors/index.ts";

/**
 * Whether a session JWT's version is still the account's. An unreachable database does not sign anyone
 * out (the request's own queries answer 503); a deleted account or an older version does.
 */
export async function sessionStillValid(userId: string, version: unknown): Promise<boolean> {
  try {
    const user = await db().user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
    return !!user && user.sessionVersion === (typeof version === "number" ? version : 0);
  } catch (error) {
    if (unreachableService(error)) return true;
    throw error;
  }
}

/** Ends every session of the account (each JWT carries the version it was issued with); optionally revokes its API tokens. */
export async function endAllSessions(database: Db, userId: string, options: { revokeTokens?: boolean } = {}): Promise<{ tokensRevoked: number }> {
  const [, revoked] = await database.$transaction([
    database.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } }),
    database.apiToken.updateMany({ where: { userId, revokedAt: null, ...(options.revokeTokens ? {} : { id: "" }) }, data: { revokedAt: new Date() } }),
  ]);
  return { tokensRevoked: revoked.count };
}
