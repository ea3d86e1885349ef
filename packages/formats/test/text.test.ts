import { describe, expect, it } from "vitest";
import { contentHash, firstAuthorLastName, latexToUnicode, normalizeTitle } from "../src/index.ts";
import { fromDateParts, toIsoDate } from "../src/dates.ts";

describe("normalizeTitle", () => {
  it("lowercases and strips accents, punctuation and LaTeX braces", () => {
    expect(normalizeTitle("{BERT}: Pre-training of Deep   Bidirectional Transformers!")).toBe("bert pre training of deep bidirectional transformers");
    expect(normalizeTitle("Über formal unentscheidbare Sätze")).toBe("uber formal unentscheidbare satze");
    expect(normalizeTitle('{\\"U}ber {\\emph{formal}} S{\\"a}tze')).toBe("uber formal satze");
  });
  it("makes trivially different spellings equal", () => {
    expect(normalizeTitle("Attention is all you need.")).toBe(normalizeTitle("ATTENTION IS ALL YOU NEED"));
  });
});

describe("firstAuthorLastName", () => {
  it("handles display names, 'Last, First', suffixes and accents", () => {
    expect(firstAuthorLastName(["Ashish Vaswani", "Noam Shazeer"])).toBe("vaswani");
    expect(firstAuthorLastName(["Gödel, Kurt"])).toBe("godel");
    expect(firstAuthorLastName(["Martin Luther King Jr."])).toBe("king");
    expect(firstAuthorLastName(["", "  "])).toBe("");
    expect(firstAuthorLastName([])).toBe("");
  });
});

describe("latexToUnicode", () => {
  it("converts accent commands and letters", () => {
    expect(latexToUnicode("Bal\\'azs")).toBe("Balázs");
    expect(latexToUnicode('G{\\"o}del')).toBe("Gödel");
    expect(latexToUnicode("{\\L}ukasz Kaiser")).toBe("Łukasz Kaiser");
    expect(latexToUnicode("Erd\\H{o}s and \\v{S}koda, Ca\\~{n}on")).toBe("Erdős and Škoda, Cañon");
    expect(latexToUnicode("plain text")).toBe("plain text");
  });
});

describe("contentHash", () => {
  it("is stable under formatting differences and changes with content", () => {
    const a = contentHash({ title: "Attention Is All You Need", authors: ["Ashish Vaswani"] });
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash({ title: " attention is all you need. ", authors: ["ashish  vaswani"] })).toBe(a);
    expect(contentHash({ title: "Attention Is All You Need", authors: ["Noam Shazeer"] })).not.toBe(a);
    expect(contentHash({ title: "Attention Is All You Need", authors: ["Ashish Vaswani"], fullText: "body" })).not.toBe(a);
  });
});

describe("dates", () => {
  it("normalizes ISO, RFC 2822 and date-parts", () => {
    expect(toIsoDate("2017-06-12T17:57:34Z")).toBe("2017-06-12");
    expect(toIsoDate("Mon, 2 Apr 2007 19:18:42 GMT")).toBe("2007-04-02");
    expect(toIsoDate("2007-02-31")).toBeUndefined();
    expect(toIsoDate("yesterday")).toBeUndefined();
    expect(fromDateParts([["2020", 7, 22]])).toEqual({ year: 2020, month: 7, iso: "2020-07-22" });
    expect(fromDateParts([[1998, 11]])).toEqual({ year: 1998, month: 11 });
    expect(fromDateParts("nope")).toEqual({});
  });
});
