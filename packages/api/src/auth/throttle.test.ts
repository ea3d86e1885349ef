import { describe, expect, it } from "vitest";
import { decide, refusalMessage, THROTTLE } from "./throttle.ts";

const now = 1_000_000_000;
const none = { count: 0 };

describe("sign-in throttling policy", () => {
  it("allows without delay below the slow-down threshold", () => {
    expect(decide({ count: THROTTLE.slowAfter - 1, lastAt: now }, none, now)).toEqual({ kind: "allow", delayMs: 0 });
  });

  it("slows each further attempt, more the more failures", () => {
    const first = decide({ count: THROTTLE.slowAfter, lastAt: now }, none, now);
    const second = decide({ count: THROTTLE.slowAfter + 1, lastAt: now }, none, now);
    expect(first.kind === "allow" && first.delayMs).toBeGreaterThan(0);
    expect(second.kind === "allow" && second.delayMs).toBeGreaterThan(first.kind === "allow" ? first.delayMs : Infinity);
  });

  it("refuses the account after the lock threshold until the window since the last failure passes", () => {
    const decision = decide({ count: THROTTLE.lockAfter, lastAt: now - 60_000 }, none, now);
    expect(decision).toEqual({ kind: "refuse", reason: "account", retryAfterMs: THROTTLE.windowMs - 60_000 });
    if (decision.kind === "refuse") expect(refusalMessage(decision)).toMatch(/Too many failed sign-in attempts for this account\. Try again in 14 minutes/);
  });

  it("refuses an address that fails across many accounts", () => {
    const decision = decide({ count: 0 }, { count: THROTTLE.ipLockAfter, lastAt: now }, now);
    expect(decision.kind).toBe("refuse");
    if (decision.kind === "refuse") expect(refusalMessage(decision)).toMatch(/from your network/);
  });
});
