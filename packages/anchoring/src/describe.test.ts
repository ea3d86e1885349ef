import { describe as suite, expect, it } from "vitest";
import { describe } from "./describe.ts";

suite("describe", () => {
  const text = "Once upon a time, in a quiet meadow, the quick brown fox jumps over the lazy dog, and then it naps in the warm afternoon sun.";

  it("returns a quote with 32 characters of context on each side and the position", () => {
    const start = text.indexOf("jumps");
    const [quote, position] = describe(text, start, start + 5);
    expect(quote).toEqual({
      type: "TextQuoteSelector",
      exact: "jumps",
      prefix: text.slice(start - 32, start),
      suffix: text.slice(start + 5, start + 37),
    });
    expect(quote.prefix).toHaveLength(32);
    expect(position).toEqual({ type: "TextPositionSelector", start, end: start + 5 });
  });

  it("clips the context at the ends of the text", () => {
    expect(describe(text, 0, 4)[0]).toMatchObject({ exact: "Once", prefix: "" });
    expect(describe(text, text.length - 4, text.length)[0]).toMatchObject({ exact: "sun.", suffix: "" });
    expect(describe("abc", 0, 3)[0]).toEqual({ type: "TextQuoteSelector", exact: "abc", prefix: "", suffix: "" });
  });

  it("rejects bad ranges with a RangeError that says why", () => {
    expect(() => describe(text, -1, 3)).toThrow(/outside the text/);
    expect(() => describe(text, 0, text.length + 1)).toThrow(RangeError);
    expect(() => describe(text, 5, 2)).toThrow(/outside the text/);
    expect(() => describe(text, 4, 4)).toThrow(/empty/);
    expect(() => describe(text, 1.5, 4)).toThrow(/integers/);
    expect(() => describe(text, Number.NaN, 4)).toThrow(RangeError);
    expect(() => describe("", 0, 0)).toThrow(RangeError);
  });

  it("counts JavaScript string indices and never splits a surrogate pair", () => {
    const s = "I 😀 emoji";
    expect(describe(s, 2, 4)[0].exact).toBe("😀");
    expect(() => describe(s, 3, 5)).toThrow(/surrogate/);
    expect(() => describe(s, 2, 3)).toThrow(/surrogate/);
    // Context windows shrink by one code unit rather than keep half an emoji.
    const long = "😀".repeat(40) + "X" + "😀".repeat(40);
    const [q] = describe(long, 80, 81);
    expect(q.prefix).toHaveLength(32);
    expect(q.suffix).toHaveLength(32);
    const odd = "a" + "😀".repeat(40) + "X" + "😀".repeat(40);
    const [q2] = describe(odd, 81, 82);
    expect(q2.prefix).toHaveLength(32);
    expect(q2.prefix!.charCodeAt(0)).toBeGreaterThanOrEqual(0xd800);
    expect(q2.prefix!.charCodeAt(0)).toBeLessThanOrEqual(0xdbff);
  });
});
