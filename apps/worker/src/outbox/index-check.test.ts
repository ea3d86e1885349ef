import { afterEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@commonplace/db";
import type { SearchClient } from "@commonplace/search";
import { createLogger } from "../logger.ts";
import { MAX_CHECK_BACKOFF_MS, startIndexCheck } from "./index-check.ts";

// The schedule of the index check, with PostgreSQL failing every look (a stub: no services in unit tests).

afterEach(() => vi.useRealTimers());

function failingChecks() {
  const at: number[] = [];
  const db = {
    $queryRaw: () => {
      at.push(Date.now());
      return Promise.reject(new Error("PostgreSQL is away"));
    },
  } as unknown as Db;
  const rebuild = vi.fn();
  const stop = startIndexCheck({ db, search: {} as SearchClient, logger: createLogger("silent"), rebuild }, 1_000, 50);
  return { at, rebuild, stop };
}

describe("startIndexCheck", () => {
  it("waits twice as long after each failure in a row, up to 30 minutes, and never rebuilds on a failed look", async () => {
    vi.useFakeTimers({ now: 0 });
    const { at, rebuild, stop } = failingChecks();
    await vi.advanceTimersByTimeAsync(2 * 60 * 60 * 1000);
    await stop();
    const gaps = at.slice(1).map((t, i) => t - at[i]!);
    expect(gaps.slice(0, 5)).toEqual([2_000, 4_000, 8_000, 16_000, 32_000]);
    expect(Math.max(...gaps)).toBe(MAX_CHECK_BACKOFF_MS);
    expect(rebuild).not.toHaveBeenCalled();
  });

  it("stops checking once stopped", async () => {
    vi.useFakeTimers({ now: 0 });
    const { at, stop } = failingChecks();
    await vi.advanceTimersByTimeAsync(10);
    await stop();
    const seen = at.length;
    await vi.advanceTimersByTimeAsync(60 * 60 * 1000);
    expect(at.length).toBe(seen);
  });
});
