import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalize, toOriginal } from "./normalize.ts";

describe("normalize", () => {
  it("collapses whitespace runs and keeps offsets into the original", () => {
    const n = normalize("a  b\n\t c");
    expect(n.text).toBe("a b c");
    expect(toOriginal(n, 2, 3)).toEqual({ start: 3, end: 4 });
    expect(toOriginal(n, 1, 2)).toEqual({ start: 1, end: 3 });
    expect(toOriginal(n, 0, 5)).toEqual({ start: 0, end: 8 });
  });

  it("joins words hyphenated at a line end but keeps real hyphens", () => {
    expect(normalize("trans-\nformer").text).toBe("transformer");
    expect(normalize("trans- \r\n  former").text).toBe("transformer");
    expect(normalize("fine-tune").text).toBe("fine-tune");
    expect(normalize("pages 3-\n5").text).toBe("pages 3- 5");
    expect(normalize("BERT-\nLarge").text).toBe("BERT- Large");
    const n = normalize("trans-\nformer");
    expect(toOriginal(n, 0, 11)).toEqual({ start: 0, end: 13 });
    expect(toOriginal(n, 5, 11)).toEqual({ start: 7, end: 13 });
  });

  it("drops soft hyphens and zero-width spaces, expands ligatures, straightens quotes", () => {
    expect(normalize("spe\u00ADcial\u200B").text).toBe("special");
    const lig = normalize("\uFB01ne \uFB03x");
    expect(lig.text).toBe("fine ffix");
    expect(toOriginal(lig, 0, 2)).toEqual({ start: 0, end: 1 });
    expect(normalize("\u201Chi\u201D \u2018x\u2019").text).toBe("\"hi\" 'x'");
  });

  it("composes combining accents and keeps surrogate pairs whole", () => {
    const n = normalize("Cafe\u0301 😀");
    expect(n.text).toBe("Café 😀");
    expect(toOriginal(n, 3, 4)).toEqual({ start: 3, end: 5 });
    expect(toOriginal(n, 5, 7)).toEqual({ start: 6, end: 8 });
  });

  it("maps every normalised range back to a well-ordered original range", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), fc.nat(), fc.nat(), (s, x, y) => {
        const n = normalize(s);
        expect(n.toNorm).toHaveLength(s.length + 1);
        if (n.text.length === 0) return;
        const a = x % n.text.length;
        const b = a + 1 + (y % (n.text.length - a));
        const { start, end } = toOriginal(n, a, b);
        expect(0 <= start && start < end && end <= s.length).toBe(true);
        // The mapped-back slice normalises to (at least) the normalised slice: mapping only ever widens
        // to whole source units (a whitespace run, a ligature, a surrogate pair, an accented letter).
        expect(normalize(s.slice(start, end)).text).toContain(n.text.slice(a, b).trim());
      }),
      { numRuns: 500 },
    );
  });
});
