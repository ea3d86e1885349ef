import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { analyze, analyzeQuery, normalize, stem, words } from "./tokenize.ts";

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
