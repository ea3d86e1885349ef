import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { comparePositions, positionBetween, positionFor } from "./positions.ts";

const sorted = (keys: string[]) => [...keys].sort(comparePositions);

describe("fractional positions", () => {
  it("a key between two keys sorts strictly between them, at either open end too", () => {
    const a = positionBetween(null, null);
    const b = positionBetween(a, null);
    const before = positionBetween(null, a);
    const mid = positionBetween(a, b);
    expect(sorted([b, mid, before, a])).toEqual([before, a, mid, b]);
  });

  it("stays strictly ordered through any sequence of inserts (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 200 }), (choices) => {
        const keys: string[] = [];
        for (const c of choices) {
          const i = c % (keys.length + 1);
          keys.splice(i, 0, positionBetween(keys[i - 1] ?? null, keys[i] ?? null));
        }
        for (let i = 1; i < keys.length; i++) expect(comparePositions(keys[i - 1]!, keys[i]!)).toBe(-1);
      }),
    );
  });

  it("compares by code unit, not locale (uppercase sorts before lowercase)", () => {
    expect(comparePositions("aZ", "aa")).toBe(-1);
    expect(["ab", "aB", "a0"].sort(comparePositions)).toEqual(["a0", "aB", "ab"]);
  });

  it("places a moved item after or before an anchor, at the ends, or reports a vanished anchor", () => {
    const others = [
      { id: "x", position: "a0" },
      { id: "y", position: "a1" },
      { id: "z", position: "a2" },
    ];
    const after = positionFor(others, { afterId: "x" })!;
    expect(comparePositions("a0", after)).toBe(-1);
    expect(comparePositions(after, "a1")).toBe(-1);
    expect(comparePositions(positionFor(others, { afterId: null })!, "a0")).toBe(-1);
    expect(comparePositions("a2", positionFor(others, { beforeId: null })!)).toBe(-1);
    const before = positionFor(others, { beforeId: "z" })!;
    expect(comparePositions("a1", before)).toBe(-1);
    expect(comparePositions(before, "a2")).toBe(-1);
    expect(positionFor(others, { afterId: "gone" })).toBeNull();
    expect(positionFor([], { afterId: null })).toBe(positionBetween(null, null));
  });
});
