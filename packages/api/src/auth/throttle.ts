/**
 * Sign-in throttling, decided from recent failures for one account (email) and one address (ip).
 * After SLOW_AFTER failures each attempt is delayed; after LOCK_AFTER the account (or address) is refused
 * until the window since its last failure has passed. Pure, so the policy is unit-tested without a clock.
 */
export const THROTTLE = {
  windowMs: 15 * 60_000,
  slowAfter: 3,
  lockAfter: 5,
  ipLockAfter: 30,
  delayStepMs: 500,
} as const;

export type ThrottleDecision =
  | { kind: "allow"; delayMs: number }
  | { kind: "refuse"; retryAfterMs: number; reason: "account" | "address" };

export interface FailureStats {
  count: number;
  /** Time of the most recent failure in the window (ms since epoch), if any. */
  lastAt?: number;
  /** Time of the oldest failure still counting toward the lock (ms since epoch), if any. */
  firstAt?: number;
}

export function decide(account: FailureStats, address: FailureStats, now: number): ThrottleDecision {
  if (account.count >= THROTTLE.lockAfter && account.lastAt !== undefined) {
    return { kind: "refuse", retryAfterMs: Math.max(1000, account.lastAt + THROTTLE.windowMs - now), reason: "account" };
  }
  if (address.count >= THROTTLE.ipLockAfter && address.lastAt !== undefined) {
    return { kind: "refuse", retryAfterMs: Math.max(1000, address.lastAt + THROTTLE.windowMs - now), reason: "address" };
  }
  const over = Math.max(0, account.count - THROTTLE.slowAfter + 1);
  return { kind: "allow", delayMs: over * THROTTLE.delayStepMs };
}

export function refusalMessage(decision: Extract<ThrottleDecision, { kind: "refuse" }>): string {
  const minutes = Math.ceil(decision.retryAfterMs / 60_000);
  const when = minutes <= 1 ? "in a minute" : `in ${minutes} minutes`;
  return decision.reason === "account"
    ? `Too many failed sign-in attempts for this account. Try again ${when}, or reset your password.`
    : `Too many failed sign-in attempts from your network. Try again ${when}.`;
}
