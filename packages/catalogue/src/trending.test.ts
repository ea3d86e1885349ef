import { describe, expect, it } from "vitest";
import { ACTIVITY_WEIGHT, HALF_LIFE_MS, RECENCY_PRIOR, WINDOW_MS, decay, trendingScore } from "./trending.ts";

const now = new Date("2030-06-15T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const DAY = 24 * 3600 * 1000;
const old = ago(10_000 * DAY);
const base = { upvotes: [], activity: [], publishedAt: old, createdAt: old };

describe("decay", () => {
  it("is 1 now, halves every half-life, and never exceeds 1 for future instants", () => {
    expect(decay(0)).toBe(1);
    expect(decay(HALF_LIFE_MS)).toBeCloseTo(0.5, 12);
    expect(decay(3 * HALF_LIFE_MS)).toBeCloseTo(0.125, 12);
    expect(decay(-DAY)).toBe(1);
  });
  it("stays a positive number for very old events (no underflow to NaN)", () => {
    const v = decay(1e15);
    expect(v).toBeGreaterThan(0);
    expect(Number.isFinite(v)).toBe(true);
  });
});

describe("trendingScore", () => {
  it("values a fresh upvote at 1 and the same upvote a half-life later at ½", () => {
    expect(trendingScore({ ...base, upvotes: [now] }, now)).toBeCloseTo(1, 6);
    expect(trendingScore({ ...base, upvotes: [ago(HALF_LIFE_MS)] }, now)).toBeCloseTo(0.5, 6);
  });

  it("ranks two fresh upvotes above three from two half-lives ago", () => {
    const fresh = trendingScore({ ...base, upvotes: [ago(DAY / 24), ago(DAY / 12)] }, now);
    const stale = trendingScore({ ...base, upvotes: [ago(2 * HALF_LIFE_MS), ago(2 * HALF_LIFE_MS), ago(2 * HALF_LIFE_MS)] }, now);
    expect(fresh).toBeGreaterThan(stale);
  });

  it("weights public activity below upvotes and counts each person once per paper", () => {
    const oneVote = trendingScore({ ...base, upvotes: [now] }, now);
    const oneAct = trendingScore({ ...base, activity: [{ actorId: "a", at: now }] }, now);
    const busyOne = trendingScore({ ...base, activity: [0, 1, 2, 3, 4].map((h) => ({ actorId: "a", at: ago(h * 3600_000) })) }, now);
    expect(oneAct).toBeCloseTo(ACTIVITY_WEIGHT, 6);
    expect(oneAct).toBeLessThan(oneVote);
    expect(busyOne).toBeCloseTo(oneAct, 6);
  });

  it("gives a brand-new paper a prior below one upvote, fading with age", () => {
    const brandNew = trendingScore({ ...base, publishedAt: now }, now);
    const weekOld = trendingScore({ ...base, publishedAt: ago(7 * DAY) }, now);
    expect(brandNew).toBeCloseTo(RECENCY_PRIOR, 6);
    expect(brandNew).toBeLessThan(1);
    expect(weekOld).toBeLessThan(brandNew);
    expect(trendingScore({ ...base, publishedAt: null, createdAt: now }, now)).toBeCloseTo(RECENCY_PRIOR, 6);
  });

  it("ignores events outside the window and after now", () => {
    expect(trendingScore({ ...base, upvotes: [ago(WINDOW_MS + 1)], activity: [{ actorId: "a", at: new Date(now.getTime() + DAY) }] }, now)).toBeLessThan(1e-9);
  });
});
