import { describe, expect, it } from "vitest";
import { checkTag, keywordsToTags, normalizeTagSet, TAG_MAX_LENGTH, TAGS_PER_TARGET } from "./tags.ts";

describe("tag names", () => {
  it("normalises case, width and whitespace", () => {
    expect(checkTag("  Deep \t  Learning ")).toEqual({ ok: true, tag: "deep learning" });
    expect(checkTag("ＮＬＰ")).toEqual({ ok: true, tag: "nlp" });
    expect(checkTag("Äpfel")).toEqual({ ok: true, tag: "äpfel" });
    expect(checkTag("日本語")).toEqual({ ok: true, tag: "日本語" });
  });

  it("refuses control and invisible formatting characters, empty and over-long names", () => {
    expect(checkTag("a\u0000b").ok).toBe(false);
    expect(checkTag("evil\u202Etxt").ok).toBe(false);
    expect(checkTag("zero\u200Bwidth").ok).toBe(false);
    expect(checkTag("   ").ok).toBe(false);
    expect(checkTag("x".repeat(TAG_MAX_LENGTH)).ok).toBe(true);
    expect(checkTag("x".repeat(TAG_MAX_LENGTH + 1)).ok).toBe(false);
  });

  it("makes a set: duplicates after normalising collapse, invalid names drop, capped", () => {
    expect(normalizeTagSet(["ML", "ml ", "m\u0000l", "Vision"])).toEqual(["ml", "vision"]);
    expect(normalizeTagSet(Array.from({ length: 50 }, (_, i) => `t${i}`))).toHaveLength(TAGS_PER_TARGET);
  });

  it("splits imported keyword strings on commas and semicolons", () => {
    expect(keywordsToTags("Deep Learning; Transformers, attention")).toEqual(["deep learning", "transformers", "attention"]);
    expect(keywordsToTags(["NLP", "nlp"])).toEqual(["nlp"]);
    expect(keywordsToTags(undefined)).toEqual([]);
  });
});
