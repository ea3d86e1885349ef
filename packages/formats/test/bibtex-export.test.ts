import { describe, expect, it } from "vitest";
import { citeKeys, parseBibtex, parseJournalRef, toBibtex, type CitablePaper } from "../src/index.ts";

// Issue 14.9: BibTeX export with stable, unique cite keys (author, year, first title word, a/b suffixes),
// url, volume/number/pages and the list's notes as `annote`; and an import keeps volume and pages.

const papers: CitablePaper[] = [
  {
    id: "p2",
    title: "Attention Is All You Need",
    authors: ["Ashish Vaswani", "Noam Shazeer"],
    year: 2017,
    arxivId: "1706.03762",
    note: "Read **first**: 50% of it",
  },
  { id: "p1", title: "Attention is all you need, again", authors: ["Ashish Vaswani"], year: 2017, venue: "NeurIPS", journalRef: "NeurIPS 30:5998–6008" },
  {
    id: "p3",
    title: "Deep learning",
    authors: ["Yann LeCun", "Yoshua Bengio"],
    year: 2015,
    venue: "Nature",
    journalRef: "Nature 521(7553):436–444",
    url: "https://www.nature.com/articles/nature14539",
  },
  { id: "p4", title: "Large Language Models", authors: [] },
];

const keysOf = (bib: string) => [...bib.matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);

describe("BibTeX export", () => {
  it("writes author-year-word keys, unique with a/b suffixes assigned by paper, not by list order", () => {
    expect(keysOf(toBibtex(papers))).toEqual(["vaswani2017attentiona", "vaswani2017attention", "lecun2015deep", "anonlarge"]);
    // Reordering the list keeps every paper's key.
    const reordered = [...papers].reverse();
    const keys = citeKeys(reordered);
    expect(papers.map((p) => keys.get(p.id))).toEqual(["vaswani2017attentiona", "vaswani2017attention", "lecun2015deep", "anonlarge"]);
  });

  it("carries url, volume, number, pages and the list note (as plain text in annote)", () => {
    const bib = toBibtex(papers);
    const entry = (key: string) => bib.split("\n\n").find((e) => e.includes(`{${key},`))!;
    expect(entry("lecun2015deep")).toMatch(/volume = \{521\}/);
    expect(entry("lecun2015deep")).toMatch(/number = \{7553\}/);
    expect(entry("lecun2015deep")).toMatch(/pages = \{436--444\}/);
    expect(entry("lecun2015deep")).toMatch(/url = \{https:\/\/www\.nature\.com\/articles\/nature14539\}/);
    expect(entry("vaswani2017attentiona")).toMatch(/url = \{https:\/\/arxiv\.org\/abs\/1706\.03762\}/);
    expect(entry("vaswani2017attentiona")).toContain("annote = {Read first: 50\\% of it}");
    expect(entry("vaswani2017attention")).toMatch(/volume = \{30\}/);
  });

  it("round-trips: the exported file parses back to the same papers, volume and pages included", () => {
    const back = parseBibtex(toBibtex(papers)).map((o) => (o.ok ? o.paper : null));
    expect(back.map((p) => p?.title)).toEqual(papers.map((p) => p.title));
    expect(back.map((p) => p?.year ?? null)).toEqual([2017, 2017, 2015, null]);
    expect(back.map((p) => p?.authors)).toEqual(papers.map((p) => p.authors));
    expect(back[0]?.arxivId).toBe("1706.03762");
    expect(parseJournalRef(back[2]?.journalRef)).toEqual({ volume: "521", issue: "7553", pages: "436--444" });
    expect(back[2]?.links.map((l) => l.url)).toContain("https://www.nature.com/articles/nature14539");
  });
});
