import fc from "fast-check";
import { describe as suite, expect, it } from "vitest";
import { anchor } from "./anchor.ts";
import { describe } from "./describe.ts";

function isLow(code: number) {
  return code >= 0xdc00 && code <= 0xdfff;
}
function splitsPair(text: string, i: number) {
  return i > 0 && i < text.length && isLow(text.charCodeAt(i)) && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff;
}

/** A text and a non-empty range in it that does not split a surrogate pair. */
const textAndRange = (unit: "grapheme" | "binary" | fc.Arbitrary<string>) =>
  fc
    .tuple(fc.string({ unit, minLength: 1, maxLength: 300 }), fc.nat(), fc.nat())
    .map(([text, x, y]) => {
      const s = x % text.length;
      const e = s + 1 + (y % (text.length - s));
      return { text, s, e };
    })
    .filter(({ text, s, e }) => !splitsPair(text, s) && !splitsPair(text, e));

suite("anchor ∘ describe (properties)", () => {
  it("finds exactly the described range, with confidence 1, in unchanged text", () => {
    for (const unit of ["grapheme", "binary", fc.constantFrom(..."ab \n-")] as const) {
      fc.assert(
        fc.property(textAndRange(unit), ({ text, s, e }) => {
          expect(anchor(text, describe(text, s, e))).toEqual({ start: s, end: e, confidence: 1, method: "position" });
        }),
        { numRuns: 300 },
      );
    }
  });

  const letters = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;");
  const edit = fc.record({
    at: fc.nat(),
    remove: fc.integer({ min: 0, max: 4 }),
    insert: fc.string({ unit: letters, maxLength: 6 }),
  });

  it("still finds the shifted range after small random edits outside it", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: letters, minLength: 40, maxLength: 400 }),
        fc.nat(),
        fc.integer({ min: 6, max: 60 }),
        fc.array(edit, { minLength: 1, maxLength: 4 }),
        (text, x, len, edits) => {
          const s = x % (text.length - 5);
          const e = Math.min(text.length, s + len);
          const selectors = describe(text, s, e);
          let edited = text;
          let [ns, ne] = [s, e];
          for (const ed of edits) {
            // Pick a spot before or after the quote, never inside it.
            const before = ed.at % 2 === 0;
            const span = before ? ns : edited.length - ne;
            const at = before ? ed.at % (span + 1) : ne + (ed.at % (span + 1));
            const remove = before ? Math.min(ed.remove, ns - at) : Math.min(ed.remove, edited.length - at);
            edited = edited.slice(0, at) + ed.insert + edited.slice(at + remove);
            if (before) {
              ns += ed.insert.length - remove;
              ne += ed.insert.length - remove;
            }
          }
          const quote = text.slice(s, e);
          expect(edited.slice(ns, ne)).toBe(quote);
          // Skip the genuinely ambiguous case: the edits produced another copy of the quote.
          fc.pre(edited.indexOf(quote) === edited.lastIndexOf(quote));
          const r = anchor(edited, selectors);
          expect(r).toMatchObject({ start: ns, end: ne });
          expect(r.orphan ? 0 : r.confidence).toBeGreaterThan(0.5);
        },
      ),
      { numRuns: 500 },
    );
  });
});
