import type { Db } from "@commonplace/db";
import { addressKey, isLimited, limiter } from "../security/rate-limit-store.ts";
import { delayFor, refusalMessage, THROTTLE } from "./throttle.ts";
import { dummyHash, verifyPassword } from "./password.ts";
import { emailSchema } from "./schemas.ts";

export class SignInError extends Error {}
export const INVALID_CREDENTIALS = "Invalid email or password.";
export const NO_ADDRESS = "Sign-in is unavailable: this server cannot tell the client's address (start the web app with npm start).";

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  handle: string;
  image: string | null;
  sessionVersion: number;
}

const byAccountAddress = () => limiter("signin-account-address", THROTTLE.accountAddress);
const byAddress = () => limiter("signin-address", THROTTLE.address);

/** Reserves one attempt on both counters (atomic upserts); refuses when either is spent. Returns the account+address attempt number. */
async function reserveAttempt(accountKey: string, address: string): Promise<number> {
  try {
    const account = await byAccountAddress().consume(accountKey);
    try {
      await byAddress().consume(address);
    } catch (error) {
      if (isLimited(error)) throw new SignInError(refusalMessage("address", error.msBeforeNext));
      throw error;
    }
    return account.consumedPoints;
  } catch (error) {
    if (isLimited(error)) throw new SignInError(refusalMessage("account", error.msBeforeNext));
    throw error;
  }
}

/**
 * Checks an email/password pair under the throttling policy (throttle.ts). Throws SignInError with a message
 * meant for the person signing in; the same message for an unknown email and a wrong password.
 */
export async function verifyCredentials(
  db: Db,
  input: { email: unknown; password: unknown; ip: string | null },
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<SignedInUser> {
  const parsed = emailSchema.safeParse(input.email);
  if (!parsed.success || typeof input.password !== "string" || input.password.length > 256) {
    throw new SignInError(INVALID_CREDENTIALS);
  }
  // No shared "unknown" bucket: without an address there is nothing fair to count, so nothing is tried.
  if (!input.ip) throw new SignInError(NO_ADDRESS);
  const email = parsed.data;
  const address = addressKey(input.ip);
  const accountKey = `${email}|${address}`;
  const attempt = await reserveAttempt(accountKey, address);
  const delay = delayFor(attempt);
  if (delay > 0) await sleep(delay);

  const user = await db.user.findUnique({ where: { email } });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), input.password);
  if (!user?.passwordHash || !ok) throw new SignInError(INVALID_CREDENTIALS);
  // A success clears this account's count from this address and gives the address its attempt back.
  await Promise.all([byAccountAddress().delete(accountKey), byAddress().reward(address, 1)]);
  return { id: user.id, email: user.email, name: user.name, handle: user.handle, image: user.avatarUrl, sessionVersion: user.sessionVersion };
}

/** After a password reset: the account's counters from every address are cleared (its owner proved control). */
export async function clearAccountThrottle(db: Db, email: string): Promise<void> {
  await db.$executeRaw`DELETE FROM "RateLimit" WHERE key LIKE ${`signin-account-address:${email.replace(/[\\%_]/g, "\\$&")}|%`}`;
}
