import { describe, expect, it } from "vitest";
import type { ParsedPaper } from "@commonplace/formats";
import { canonicalKeyOf, cleanText, normalizePaper } from "./normalize.ts";

const parsed = (over: Partial<ParsedPaper> = {}): ParsedPaper => ({
  source: "bibtex",
  title: "Attention Is All You Need",
  authors: ["Ashish Vaswani", "Noam Shazeer"],
  categories: [],
  links: [],
  ...over,
});

const norm = (over: Partial<ParsedPaper> = {}) => {
  const r = normalizePaper(parsed(over), "ref");
  if (!r.ok) throw new Error(r.error);
  return r.paper;
};

describe("normalizePaper", () => {
  it("folds arXiv's own DOI into the arXiv id and drops it as DOI", () => {
    const p = norm({ doi: "10.48550/arXiv.1706.03762" });
    expect(p).toMatchObject({ arxivId: "1706.03762", doi: null, canonicalKey: "1706.03762" });
  });

  it("keeps a journal DOI next to an arXiv id; the canonical key prefers the arXiv id", () => {
    const p = norm({ arxivId: "1706.03762", arxivVersion: 5, doi: "10.5555/ABC.123" });
    expect(p).toMatchObject({ arxivId: "1706.03762", arxivVersion: 5, doi: "10.5555/abc.123", canonicalKey: "1706.03762" });
  });

  it("uses doi: then hash: canonical keys when there is no arXiv id", () => {
    expect(norm({ doi: "10.1000/XYZ" }).canonicalKey).toBe("doi:10.1000/xyz");
    expect(norm().canonicalKey).toMatch(/^hash:[0-9a-f]{64}$/);
    // Same paper, different casing and punctuation: same content hash.
    expect(norm({ title: "attention is all you need!" }).canonicalKey).toBe(norm().canonicalKey);
  });

  it("computes normTitle, the first author's last name and the year", () => {
    const p = norm({ title: "  Über   {BERT}: Pre-training ", authors: ["Devlin, Jacob"], publishedAt: "2018-10-11" });
    expect(p).toMatchObject({ normTitle: "uber bert pre training", firstAuthorLast: "devlin", year: 2018 });
    expect(p.publishedAt?.toISOString()).toBe("2018-10-11T00:00:00.000Z");
  });

  it("removes NUL and control characters PostgreSQL would reject", () => {
    const p = norm({ title: "A\u0000B\u0007C", abstract: "x\u0000y" });
    expect(p.title).toBe("AB C");
    expect(p.abstract).toBe("xy");
    expect(cleanText("tab\tnew\nline")).toBe("tab\tnew\nline");
  });

  it("rejects a title without letters or digits", () => {
    expect(normalizePaper(parsed({ title: "—?!" }), "r")).toEqual({ ok: false, error: "title has no letters or digits" });
  });

  it("canonicalKeyOf follows arXiv id > DOI > hash", () => {
    expect(canonicalKeyOf({ arxivId: "2401.00001", doi: "10.1/x", title: "t", authors: [] })).toBe("2401.00001");
    expect(canonicalKeyOf({ arxivId: null, doi: "10.1/x", title: "t", authors: [] })).toBe("doi:10.1/x");
  });
});
