import { describe, expect, it } from "vitest";
import { parseBibtex, parseCslJson, parseRis, toBibtex, toCslJson, toMarkdown, toRis, type CitablePaper } from "../src/index.ts";
import { papersOf } from "./helpers/fixtures.ts";

const papers: CitablePaper[] = [
  {
    id: "p1",
    title: "Attention Is All You Need",
    authors: ["Ashish Vaswani", "Noam Shazeer", "Łukasz Kaiser"],
    year: 2017,
    arxivId: "1706.03762",
    doi: "10.48550/arxiv.1706.03762",
  },
  {
    id: "p2",
    title: "Gradient-based learning applied to document recognition",
    authors: ["Yann LeCun", "Léon Bottou", "Ludwig van Beethoven"],
    year: 1998,
    venue: "Proceedings of the IEEE",
    doi: "10.1109/5.726791",
    abstract: "Multilayer neural networks trained with back-propagation.",
  },
  { id: "p3", title: "A paper with {braces} & 100% _specials_", authors: ["Plato"], url: "https://example.org/p3" },
];

describe("serializers round-trip", () => {
  it("toBibtex → parseBibtex keeps titles, authors, DOIs and arXiv ids", () => {
    const bib = toBibtex(papers);
    expect(bib).toContain("eprint = {1706.03762}");
    expect(bib).toContain("archivePrefix = {arXiv}");
    const back = papersOf(parseBibtex(bib));
    expect(back.map((p) => p.title)).toEqual(papers.map((p) => p.title));
    expect(back.map((p) => p.authors)).toEqual(papers.map((p) => p.authors));
    expect(back.map((p) => p.doi)).toEqual(papers.map((p) => p.doi));
    expect(back[0]?.arxivId).toBe("1706.03762");
    expect(back[1]).toMatchObject({ venue: "Proceedings of the IEEE", year: 1998 });
  });

  it("gives clashing BibTeX labels distinct suffixes", () => {
    const bib = toBibtex([papers[0]!, { ...papers[0]!, id: "p1-copy" }]);
    const labels = [...bib.matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);
    expect(labels).toHaveLength(2);
    expect(new Set(labels).size).toBe(2);
  });

  it("toRis → parseRis and toCslJson → parseCslJson keep the essentials", () => {
    for (const [text, parse] of [
      [toRis(papers), parseRis],
      [toCslJson(papers), parseCslJson],
    ] as const) {
      const back = papersOf(parse(text));
      expect(back.map((p) => p.title)).toEqual(papers.map((p) => p.title));
      expect(back.map((p) => p.authors[0])).toEqual(["Ashish Vaswani", "Yann LeCun", "Plato"]);
      expect(back.map((p) => p.doi)).toEqual(papers.map((p) => p.doi));
      expect(back[0]?.arxivId).toBe("1706.03762");
    }
  });

  it("handles an empty list", () => {
    expect([toBibtex([]), toRis([]), toCslJson([])]).toEqual(["", "", "[]"]);
  });
});

describe("toMarkdown", () => {
  it("renders a bulleted list with links and escapes markdown", () => {
    const md = toMarkdown(papers, { heading: "Reading group" });
    expect(md.split("\n")).toEqual([
      "## Reading group",
      "",
      "- **Attention Is All You Need** — Ashish Vaswani, Noam Shazeer, Łukasz Kaiser (2017). [arXiv:1706.03762](https://arxiv.org/abs/1706.03762) [doi:10.48550/arxiv.1706.03762](https://doi.org/10.48550/arxiv.1706.03762)",
      "- **Gradient-based learning applied to document recognition** — Yann LeCun, Léon Bottou, Ludwig van Beethoven (1998). *Proceedings of the IEEE*. [doi:10.1109/5.726791](https://doi.org/10.1109/5.726791)",
      "- **A paper with {braces} & 100% \\_specials\\_** — Plato. [link](https://example.org/p3)",
      "",
    ]);
  });
});
