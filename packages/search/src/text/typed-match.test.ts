import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { editDistance, typedQueryMatcher } from "./typed-match.ts";

describe("typedQueryMatcher: the words a typed query matched", () => {
  it("matches exact words, whatever the case and diacritics of the query", () => {
    const m = typedQueryMatcher("Café GRAPH ");
    expect(m("cafe")).toBe(true);
    expect(m("graph")).toBe(true);
    expect(m("graphene")).toBe(false); // query ends with a space: no prefix
  });

  it("allows no typo below 5 letters, one from 5, two from 9", () => {
    expect(typedQueryMatcher("grap ")("graph")).toBe(false);
    expect(typedQueryMatcher("neurl ")("neural")).toBe(true);
    expect(typedQueryMatcher("neurl ")("neutral")).toBe(false); // two edits for a 5-letter word
    expect(typedQueryMatcher("trasnformer ")("transformer")).toBe(true); // a swap is one typo
    expect(typedQueryMatcher("transfomerz ")("transformer")).toBe(true); // two typos, 11 letters
    expect(typedQueryMatcher("transfomerzz ")("transformer")).toBe(false);
  });

  it("counts a typo on the first letter as two", () => {
    expect(typedQueryMatcher("qraph ")("graph")).toBe(false);
    expect(typedQueryMatcher("qransformer ")("transformer")).toBe(true);
  });

  it("allows no typo in numbers", () => {
    expect(typedQueryMatcher("20178 ")("20179")).toBe(false);
    expect(typedQueryMatcher("20178 ")("20178")).toBe(true);
  });

  it("takes the last word as a prefix while it is being typed, typos included", () => {
    const m = typedQueryMatcher("graph neur");
    expect(m("neural")).toBe(true);
    expect(m("graphene")).toBe(false); // only the last word is a prefix
    expect(m("neurons")).toBe(true);
    expect(typedQueryMatcher("atenti")("attention")).toBe(true);
    expect(typedQueryMatcher("n")("neural")).toBe(false); // one letter is too little to mark
  });

  it("an empty query matches nothing", () => {
    expect(typedQueryMatcher("   ")("anything")).toBe(false);
    expect(typedQueryMatcher("graph")("")).toBe(false);
  });
});

describe("editDistance", () => {
  it("is the restricted Damerau–Levenshtein distance, capped above max", () => {
    expect(editDistance("kitten", "sitting", 5)).toBe(3);
    expect(editDistance("ab", "ba", 2)).toBe(1);
    expect(editDistance("abc", "abc", 0)).toBe(0);
    expect(editDistance("abcdef", "a", 2)).toBe(3);
  });

  it("is symmetric and zero only for equal strings (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        const d = editDistance(a, b, 16);
        expect(editDistance(b, a, 16)).toBe(d);
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});
