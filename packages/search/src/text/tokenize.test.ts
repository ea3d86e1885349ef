import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { stemmer } from "stemmer";
import { analyze, analyzeQuery, normalize, stem, STEM_CACHE_MAX, stemCacheSize, words } from "./tokenize.ts";

describe("tokenizer", () => {
  it("lowercases, strips diacritics and apostrophes", () => {
    expect(normalize("Écoles d’Été DON'T")).toBe("ecoles dete dont");
    expect(words("Self-attention (2017): BERT’s 3D-CNNs!")).toEqual(["self", "attention", "2017", "berts", "3d", "cnns"]);
  });

  it("stems words but leaves numbers and short tokens", () => {
    expect(stem("retrieval")).toBe("retriev");
    expect(stem("retrieving")).toBe("retriev");
    expect(stem("libraries")).toBe("librari");
    expect(stem("2017")).toBe("2017");
    expect(stem("3d")).toBe("3d");
  });

  it("remembered stems are the stemmer's, asked once or many times, and the cache stays bounded (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z0-9]{1,12}$/), { maxLength: 50 }), (ws) => {
        for (const w of [...ws, ...ws]) expect(stem(w)).toBe(w.length > 2 && /^[a-z]+$/.test(w) ? stemmer(w) : w);
      }),
    );
    const letters = (i: number) => [...i.toString(26)].map((c) => String.fromCharCode(97 + parseInt(c, 26))).join("");
    for (let i = 0; i < STEM_CACHE_MAX + 10; i++) stem(`zz${letters(i)}`);
    expect(stemCacheSize()).toBeLessThanOrEqual(STEM_CACHE_MAX);
    expect(stem("retrieving")).toBe("retriev");
    // A hostile query's long words are stemmed, never kept: the cache is bounded in bytes too.
    const size = stemCacheSize();
    const long = "x".repeat(10_000) + "ings";
    expect(stem(long)).toBe(stemmer(long));
    expect(stemCacheSize()).toBe(size);
  });

  it("document analysis drops stopwords and 1-char tokens, keeps order", () => {
    expect(analyze("The retrieval of a document in libraries")).toEqual(["retriev", "document", "librari"]);
    expect(analyze("The retrieval of documents", { stem: false })).toEqual(["retrieval", "documents"]);
  });

  it("query analysis also drops request filler that documents keep", () => {
    expect(analyzeQuery("Please describe papers about indexing")).toEqual(["index"]);
    expect(analyze("Please describe papers about indexing")).toEqual(["pleas", "describ", "paper", "index"]);
  });

  it("plain ASCII takes a fast path that yields the same words as the Unicode path (property)", () => {
    const unicodePath = (text: string) => normalize(text).match(/[\p{L}\p{N}]+/gu) ?? [];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..." abcXYZ019'-,.()é’\u00a0"), maxLength: 40 }), (text) => {
        expect(words(text)).toEqual(unicodePath(text));
      }),
    );
    expect(words("Don't STOP-me (now)")).toEqual(["dont", "stop", "me", "now"]);
  });
});
