import type { Db } from "@commonplace/db";
import { decide, refusalMessage, THROTTLE, type FailureStats } from "./throttle.ts";
import { dummyHash, verifyPassword } from "./password.ts";
import { emailSchema } from "./schemas.ts";

export class SignInError extends Error {}
export const INVALID_CREDENTIALS = "Invalid email or password.";

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  handle: string;
  image: string | null;
}

async function failureStats(db: Db, where: { email: string } | { ip: string }, since: Date): Promise<FailureStats> {
  const agg = await db.loginFailure.aggregate({
    where: { ...where, createdAt: { gte: since } },
    _count: { _all: true },
    _max: { createdAt: true },
  });
  return { count: agg._count._all, lastAt: agg._max.createdAt?.getTime() };
}

/**
 * Checks an email/password pair under the throttling policy. Throws SignInError with a message meant for
 * the person signing in; the same message for an unknown email and a wrong password.
 */
export async function verifyCredentials(
  db: Db,
  input: { email: unknown; password: unknown; ip: string },
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<SignedInUser> {
  const parsed = emailSchema.safeParse(input.email);
  if (!parsed.success || typeof input.password !== "string" || input.password.length > 256) {
    throw new SignInError(INVALID_CREDENTIALS);
  }
  const email = parsed.data;
  const now = Date.now();
  const since = new Date(now - THROTTLE.windowMs);
  const [account, address] = await Promise.all([failureStats(db, { email }, since), failureStats(db, { ip: input.ip }, since)]);
  const decision = decide(account, address, now);
  if (decision.kind === "refuse") throw new SignInError(refusalMessage(decision));
  if (decision.delayMs > 0) await sleep(decision.delayMs);

  const user = await db.user.findUnique({ where: { email } });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), input.password);
  if (!user?.passwordHash || !ok) {
    await db.loginFailure.create({ data: { email, ip: input.ip } });
    throw new SignInError(INVALID_CREDENTIALS);
  }
  await db.loginFailure.deleteMany({ where: { email } });
  return { id: user.id, email: user.email, name: user.name, handle: user.handle, image: user.avatarUrl };
}
