/**
 * Sign-in throttling policy. Attempts are counted per client address (across accounts) and per
 * account + address, never per account alone: an attacker elsewhere only ever throttles their own
 * address, so the owner can always sign in from theirs. Counting is rate-limiter-flexible on PostgreSQL
 * (credentials.ts): one atomic upsert reserves the attempt before the password is checked, so a concurrent
 * burst gets exactly `accountAddress.points` guesses evaluated. Pure numbers here, unit-tested without a clock.
 */
export const THROTTLE = {
  /** Failed attempts on one account from one address (/64 for IPv6) before a pause of blockDuration. */
  accountAddress: { points: 10, duration: 60 * 60, blockDuration: 15 * 60 },
  /** Failed attempts from one address over all accounts. */
  address: { points: 50, duration: 60 * 60, blockDuration: 60 * 60 },
  /** Attempts on an account+address after which each further one waits, doubling from delayBaseMs. */
  slowAfter: 3,
  delayBaseMs: 500,
  delayMaxMs: 8_000,
} as const;

/** Delay before checking the password, given how many attempts (this one included) account+address has made. */
export function delayFor(attempt: number): number {
  if (attempt <= THROTTLE.slowAfter) return 0;
  return Math.min(THROTTLE.delayMaxMs, THROTTLE.delayBaseMs * 2 ** (attempt - THROTTLE.slowAfter - 1));
}

export function refusalMessage(reason: "account" | "address", retryAfterMs: number): string {
  const minutes = Math.ceil(retryAfterMs / 60_000);
  const when = minutes <= 1 ? "in a minute" : `in ${minutes} minutes`;
  return reason === "account"
    ? `Too many failed sign-in attempts for this account from your network. Try again ${when}, or reset your password.`
    : `Too many failed sign-in attempts from your network. Try again ${when}.`;
}
