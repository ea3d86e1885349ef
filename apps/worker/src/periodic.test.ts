import { afterEach, describe, expect, it, vi } from "vitest";
import { startPeriodic } from "./periodic.ts";

afterEach(() => vi.useRealTimers());

describe("startPeriodic", () => {
  it("runs rounds intervalMs apart without overlapping, and without maxBackoffMs keeps that interval through failures", async () => {
    vi.useFakeTimers({ now: 0 });
    const starts: number[] = [];
    const seen: [string, number][] = [];
    let n = 0;
    const stop = startPeriodic(
      async () => {
        starts.push(Date.now());
        await new Promise((resolve) => setTimeout(resolve, 300)); // each round takes 300 ms
        if (++n <= 2) throw new Error(`round ${n}`);
        return n;
      },
      { intervalMs: 1_000, onFailure: (_, failures) => seen.push(["failed", failures]), onSuccess: (value, failures) => seen.push([`ok ${value}`, failures]) },
    );
    await vi.advanceTimersByTimeAsync(5_000);
    await stop();
    // The next round starts 1 s after the previous one ended.
    expect(starts.slice(0, 4)).toEqual([0, 1_300, 2_600, 3_900]);
    expect(seen.slice(0, 4)).toEqual([
      ["failed", 1],
      ["failed", 2],
      ["ok 3", 2],
      ["ok 4", 0],
    ]);
  });

  it("waits at most stopWaitMs for a round in progress", async () => {
    vi.useFakeTimers({ now: 0 });
    const stop = startPeriodic(() => new Promise(() => undefined), { intervalMs: 1_000, stopWaitMs: 200, onFailure: () => undefined });
    let stoppedAt = -1;
    void stop().then(() => (stoppedAt = Date.now()));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(stoppedAt).toBe(200);
  });
});
