import { describe, expect, it } from "vitest";
import { FULL_TEXT_MAX_CHARS, toPaperDocument, type PaperInput } from "./documents.ts";

const base: PaperInput = {
  id: "p_1",
  title: "  Attention Is All You Need ",
  abstract: "The dominant sequence transduction models are based on recurrent networks.",
  authors: ["Ashish Vaswani", " Noam Shazeer "],
  publishedAt: "2017-06-12T00:00:00Z",
  categories: ["cs.CL", "cs.LG", "cs.CL"],
  source: "arxiv",
  upvotes: 42,
  arxivId: "1706.03762",
};

describe("toPaperDocument", () => {
  it("maps fields, dates to epoch seconds and derives the year", () => {
    const doc = toPaperDocument(base);
    expect(doc).toMatchObject({
      id: "p_1",
      title: "Attention Is All You Need",
      authors: ["Ashish Vaswani", "Noam Shazeer"],
      publishedAt: Date.UTC(2017, 5, 12) / 1000,
      year: 2017,
      categories: ["cs.CL", "cs.LG"],
      arxivId: "1706.03762",
      doi: null,
      fullText: null,
    });
    expect(doc.terms.split(" ")).toEqual(["attent", "need", "domin", "sequenc", "transduct", "model", "base", "recurr", "network"]);
    expect(toPaperDocument({ ...base, year: 2016 }).year).toBe(2016);
    expect(toPaperDocument({ ...base, publishedAt: new Date("2020-01-01T00:00:00Z") }).publishedAt).toBe(1577836800);
    expect(toPaperDocument({ ...base, publishedAt: "not a date" })).toMatchObject({ publishedAt: null, year: null });
  });

  it("bounds full text and treats blank text as missing", () => {
    const long = "word ".repeat(10_000);
    const doc = toPaperDocument({ ...base, fullText: long, abstract: "   " });
    expect(doc.fullText!.length).toBeLessThanOrEqual(FULL_TEXT_MAX_CHARS);
    expect(doc.fullText!.endsWith("word")).toBe(true);
    expect(doc.abstract).toBeNull();
  });

  it("strips control characters (they are snippet sentinels)", () => {
    expect(toPaperDocument({ ...base, title: "A\u0002B\u0003C" }).title).toBe("A B C");
  });

  it("rejects ids Meilisearch would refuse", () => {
    expect(() => toPaperDocument({ ...base, id: "10.1000/xyz" })).toThrow(/not a valid Meilisearch id/);
    expect(() => toPaperDocument({ ...base, id: "" })).toThrow();
  });
});
