import { describe, expect, it } from "vitest";
import { formatDuration, formatProgress, overallFraction } from "./progress.ts";

const state = { processed: 1200, created: 1000, updated: 0, duplicate: 200, failed: 0, source: "a.jsonl", sourceIndex: 2, sourceFraction: 0.5, sourceCount: 4 };

describe("progress", () => {
  it("computes the overall fraction across sources", () => {
    expect(overallFraction(state)).toBe(0.375);
    expect(overallFraction({ ...state, sourceIndex: 0 })).toBeNull();
  });

  it("formats a bar with rate and ETA", () => {
    const line = formatProgress(state, 3000, 8);
    expect(line).toBe("[###-----]  37% 2/4 a.jsonl · 1,200 items · 400/s · ETA 0:05");
  });

  it("formats durations", () => {
    expect(formatDuration(65)).toBe("1:05");
    expect(formatDuration(3725)).toBe("1:02:05");
    expect(formatDuration(NaN)).toBe("--:--");
  });
});
