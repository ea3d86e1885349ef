import { describe, expect, it } from "vitest";
import { delayFor, refusalMessage, THROTTLE } from "./throttle.ts";

describe("sign-in throttling policy", () => {
  it("does not delay the first attempts", () => {
    for (let attempt = 1; attempt <= THROTTLE.slowAfter; attempt++) expect(delayFor(attempt)).toBe(0);
  });

  it("delays each further attempt more, up to a cap", () => {
    const delays = Array.from({ length: 12 }, (_, i) => delayFor(THROTTLE.slowAfter + 1 + i));
    expect(delays[0]).toBe(THROTTLE.delayBaseMs);
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1]!);
    expect(delays[1]).toBeGreaterThan(delays[0]!);
    expect(Math.max(...delays)).toBe(THROTTLE.delayMaxMs);
  });

  it("says whether the account (from this network) or the whole network is paused, and for how long", () => {
    expect(refusalMessage("account", 14 * 60_000)).toMatch(/for this account from your network\. Try again in 14 minutes/);
    expect(refusalMessage("address", 30_000)).toMatch(/from your network\. Try again in a minute/);
  });
});
