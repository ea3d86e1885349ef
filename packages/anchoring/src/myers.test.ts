import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { approxSearch } from "./myers.ts";

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j]! + 1, cur[j - 1]! + 1);
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** Fewest edits turning `pattern` into any substring of `text` (classic semi-global DP). */
function bestSubstringDistance(text: string, pattern: string): number {
  let prev = new Array<number>(text.length + 1).fill(0);
  for (let i = 1; i <= pattern.length; i++) {
    const cur = [i];
    for (let j = 1; j <= text.length; j++) {
      cur[j] = Math.min(prev[j - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1), prev[j]! + 1, cur[j - 1]! + 1);
    }
    prev = cur;
  }
  // Matches end after at least one text character (an empty text has no match).
  return text.length === 0 ? Infinity : Math.min(...prev.slice(1));
}

describe("approxSearch (Myers)", () => {
  it("finds exact and approximate matches with their error counts", () => {
    const text = "the quick brown fox jumps over the lazy dog";
    expect(approxSearch(text, "brown", 0)).toEqual([{ start: 10, end: 15, errors: 0 }]);
    expect(approxSearch(text, "brwn fox", 1)).toEqual([{ start: 10, end: 19, errors: 1 }]);
    expect(approxSearch(text, "cat", 0)).toEqual([]);
    expect(approxSearch(text, "", 3)).toEqual([]);
  });

  it("reports every occurrence, not only the lowest-error ones", () => {
    const text = "alpha beta gamma ... alpha betta gamma";
    const found = approxSearch(text, "alpha beta gamma", 2);
    expect(found.map((m) => m.errors).sort()).toEqual([0, 1]);
  });

  it("handles patterns longer than one 32-bit word", () => {
    const pattern = "a pattern that is clearly much longer than thirty-two characters in total";
    const text = `noise ${pattern.replace("clearly", "clarly").replace("total", "totl")} noise`;
    const [m] = approxSearch(text, pattern, 5);
    expect(m?.errors).toBe(2);
    expect(levenshtein(text.slice(m!.start, m!.end), pattern)).toBe(2);
  });

  it("agrees with dynamic programming on random inputs", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."abc"), maxLength: 80 }),
        fc.string({ unit: fc.constantFrom(..."abcd"), minLength: 1, maxLength: 40 }),
        fc.nat(6),
        (text, pattern, k) => {
          const found = approxSearch(text, pattern, k);
          for (const m of found) {
            expect(m.errors).toBeLessThanOrEqual(k);
            expect(levenshtein(text.slice(m.start, m.end), pattern)).toBe(m.errors);
          }
          const best = bestSubstringDistance(text, pattern);
          if (best <= k) expect(Math.min(...found.map((m) => m.errors))).toBe(best);
          else expect(found).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("agrees with dynamic programming for multi-block patterns", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."abcdef"), minLength: 30, maxLength: 100 }),
        fc.string({ unit: fc.constantFrom(..."abcdef"), maxLength: 200 }),
        fc.string({ unit: fc.constantFrom(..."abcdef"), maxLength: 200 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(..."abcdefx")), { maxLength: 12 }),
        fc.integer({ min: 0, max: 40 }),
        (pattern, before, after, edits, k) => {
          let copy = pattern;
          for (const [at, ch] of edits) {
            const i = at % (copy.length + 1);
            copy = at % 2 ? copy.slice(0, i) + ch + copy.slice(i + 1) : copy.slice(0, i) + ch + copy.slice(i);
          }
          const text = before + copy + after;
          const found = approxSearch(text, pattern, k);
          for (const m of found) expect(levenshtein(text.slice(m.start, m.end), pattern)).toBe(m.errors);
          const best = bestSubstringDistance(text, pattern);
          if (best <= k) expect(Math.min(...found.map((m) => m.errors))).toBe(best);
          else expect(found).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
