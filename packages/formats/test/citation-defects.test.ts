import { describe, expect, it } from "vitest";
import { parseBibtex, parseCslJson, parseDigest, parseRis, toBibtex, toCslJson, toRis, type CitablePaper } from "../src/index.ts";
import { papersOf } from "./helpers/fixtures.ts";

// Issue 15: each defect found by importing and re-exporting other projects' BibTeX and RIS, one case each.

const one = (outcomes: ReturnType<typeof parseBibtex>) => {
  expect(outcomes.filter((o) => !o.ok)).toEqual([]);
  return papersOf(outcomes)[0]!;
};

describe("RIS export", () => {
  const title = "Monsoon dynamics of the southern hemisphere and the intertropical convergence zone in a warming climate";
  const seventy = "A title of exactly seventy characters, which used to end in a blank..."; // 70
  const authors = Array.from({ length: 20 }, (_, i) => `Given${i} Family${i}`);
  const ris = toRis([
    { id: "a", title, authors, abstract: `${title}. ${title}.` },
    { id: "b", title: seventy, authors: ["Ada Lovelace"] },
  ]);

  it("does not wrap values: titles, abstracts and all authors come back as they were", () => {
    expect(seventy).toHaveLength(70);
    const back = papersOf(parseRis(ris));
    expect(back.map((p) => p.title)).toEqual([title, seventy]);
    expect(back[0]!.abstract).toBe(`${title}. ${title}.`);
    expect(back[0]!.authors).toEqual(authors);
  });

  it("has no blank line inside a record and keeps the trailing space of ER", () => {
    const records = ris.replace(/\n$/, "").split("\n\n");
    expect(records).toHaveLength(2);
    for (const r of records) expect(r.split("\n").at(-1)).toBe("ER  - ");
  });
});

describe("BibTeX import", () => {
  it("reads {\\'\\i} and \\'{\\i} as í, and exports García so that it reads back", () => {
    const p = one(parseBibtex("@article{a, title={T}, author={Garc{\\'\\i}a, Jos{\\'e} and Mart{\\'{\\i}}nez, Ana}, year=2020}"));
    expect(p.authors).toEqual(["José García", "Ana Martínez"]);
    expect(p.authors[0]!.normalize("NFC")).toBe(p.authors[0]);
    const bib = toBibtex([{ id: "x", title: "T", authors: p.authors }]);
    expect(bib).toContain("author = {García, José and Martínez, Ana}");
    expect(one(parseBibtex(bib)).authors).toEqual(p.authors);
  });

  it("keeps math verbatim, and an unbalanced $ does not fail the entry", () => {
    expect(one(parseBibtex("@misc{a, title={Regret $\\mathcal{O}(\\sqrt{T})$ bounds}}")).title).toBe("Regret $\\mathcal{O}(\\sqrt{T})$ bounds");
    expect(one(parseBibtex("@misc{a, title={Only 5$ a month}}")).title).toBe("Only 5$ a month");
  });

  it("reads bare numbers as field values (eprint = 170603762) instead of failing on them", () => {
    const bare = one(parseBibtex("@misc{n, title = {Numbers}, year = 2017, eprint = 170603762, archivePrefix = 2}"));
    expect(bare).toMatchObject({ title: "Numbers", year: 2017 });
    const arxiv = one(parseBibtex("@misc{a, title = {Attention}, eprint = {1706.03762}, archivePrefix = {arXiv}, primaryClass = {cs.CL}}"));
    expect(arxiv.arxivId).toBe("1706.03762");
  });

  it("honours crossref: the child inherits year, booktitle and publisher, also when another entry is broken", () => {
    const parent = "@proceedings{conf, title={Proceedings of ICML}, year={2019}, publisher={PMLR}}";
    const child = "@inproceedings{kid, title={A Paper}, author={Doe, Jane}, crossref={conf}, pages={1--9}}";
    for (const text of [`${child}\n${parent}`, `${child}\n@article{broken, title={x}\n${parent}`]) {
      const outcomes = parseBibtex(text);
      const kid = outcomes.flatMap((o) => (o.ok ? [o.paper] : [])).find((p) => p.title === "A Paper")!;
      expect(outcomes.filter((o) => !o.ok).map((o) => o.ref)).toEqual(text.includes("broken") ? ["entry broken"] : []);
      expect(kid).toMatchObject({ year: 2019, venue: "Proceedings of ICML" });
      expect(kid.citation).toMatchObject({ type: "paper-conference", publisher: "PMLR", page: "1-9" });
    }
  });
});

describe("RIS import", () => {
  it("keeps the title and authors when TT/TA are present, and every author when A1 and AU are mixed", () => {
    const p = one(parseRis("TY  - JOUR\nTI  - Original\nTT  - Translated\nA1  - One, A\nAU  - Two, B\nTA  - Translator, T\nAU  - Three, C\nER  - \n"));
    expect(p.title).toBe("Original");
    expect(p.authors).toEqual(["A One", "B Two", "C Three"]);
  });

  it("reads AB as the abstract also in a record whose other tags are legacy ones (ID, EP, Y1)", () => {
    const p = one(parseRis("TY  - JOUR\nID  - x1\nT1  - Legacy\nAB  - The abstract.\nSP  - 1\nEP  - 9\nY1  - 2001/02/03/\nER  - \n"));
    expect(p).toMatchObject({ title: "Legacy", abstract: "The abstract.", publishedAt: "2001-02-03" });
    expect(p.citation?.page).toBe("1-9");
  });

  it("accepts tags with single spaces and keeps year, month and day of PY 2023-10-24", () => {
    const p = one(parseRis("TY - JOUR\nTI - Single\nAU - Doe, J\nPY - 2023-10-24\nER -\n"));
    expect(p).toMatchObject({ title: "Single", authors: ["J Doe"], year: 2023, publishedAt: "2023-10-24" });
  });
});

describe("exports", () => {
  const gemini: CitablePaper = { id: "g", title: "Gemini", authors: ["Gemini Team", "Rohan Anil"], year: 2023, abstract: "Multimodal models." };

  it("write corporate authors whole: {Gemini Team} in BibTeX, literal in CSL-JSON", () => {
    expect(toBibtex([gemini])).toContain("author = {{Gemini Team} and Anil, Rohan}");
    expect(JSON.parse(toCslJson([gemini]))[0].author).toEqual([{ literal: "Gemini Team" }, { given: "Rohan", family: "Anil" }]);
    expect(toRis([gemini])).toContain("AU  - Gemini Team\n");
  });

  it("keep -- and quotes literal in BibTeX (not TeX ligatures)", () => {
    const text = "Fast -- and slow --- ``quoted'' learning";
    const back = one(parseBibtex(toBibtex([{ id: "l", title: text, authors: ["A B"], abstract: text }])));
    expect([back.title, back.abstract]).toEqual([text, text]);
  });

  it("keep the abstract in BibTeX", () => {
    expect(toBibtex([gemini])).toContain("abstract = {Multimodal models.}");
  });

  it("keep CJK, write accents as UTF-8, and protect acronyms and Δ from lower-casing", () => {
    const bib = toBibtex([{ id: "c", title: "RNNs for 日本語 ConfTest with Δ-rules", authors: ["Kurt Gödel"] }]);
    expect(bib).toContain("title = {{RNNs} for 日本語 {ConfTest} with {Δ-rules}}");
    expect(bib).toContain("author = {Gödel, Kurt}");
  });

  it("type arXiv preprints @misc with eprint fields and conference papers @inproceedings, with volume, issue, pages, keywords", () => {
    const bib = toBibtex([
      { id: "a", title: "Preprint", authors: ["A B"], year: 2024, arxivId: "2401.01234" },
      {
        id: "b",
        title: "Talk",
        authors: ["C D"],
        year: 2022,
        venue: "Proc. ICML",
        keywords: ["x", "y"],
        citation: { type: "paper-conference", volume: "162", issue: "2", page: "1-9" },
      },
    ]);
    expect(bib).toMatch(/^@misc\{b2024preprint,[^@]*eprint = \{2401\.01234\},\n\tarchivePrefix = \{arXiv\},/m);
    expect(bib).toMatch(/^@inproceedings\{d2022talk,[^@]*booktitle = \{Proc\. ICML\}/m);
    for (const field of ["volume = {162}", "number = {2}", "pages = {1--9}", "keywords = {x, y}"]) expect(bib).toContain(field);
  });
});

describe("digest", () => {
  it("reads an author line with a particle (du) as authors, not as the next title", () => {
    const abstract = "We study things in depth. ".repeat(5) + "Our results show that the method works well across many settings and scales.";
    const [p] = papersOf(parseDigest(`A Title About Things\n\nJean du Pont, Marie Curie\n\n${abstract}\n`));
    expect(p).toMatchObject({ title: "A Title About Things", authors: ["Jean du Pont", "Marie Curie"] });
  });
});

describe("entry types", () => {
  it("keeps a journal article @article (also without a journal), and a preprint typed article-journal by RIS @misc", () => {
    const article = one(parseBibtex("@article{x, title={No Journal Given}, author={Doe, Jane}, year={2020}}"));
    expect(toBibtex([{ id: "x", title: article.title, authors: article.authors, citation: article.citation }])).toMatch(/^@article\{/);
    const preprint = { id: "p", title: "P", authors: ["A B"], arxivId: "2401.01234", citation: { type: "article-journal" } };
    expect(toBibtex([preprint])).toMatch(/^@misc\{/);
  });
});

describe("import reports", () => {
  it("name the line a failed entry starts on, in BibTeX, RIS and CSL-JSON", () => {
    const bib = parseBibtex("@misc{ok, title={Fine}}\n\n\n@misc{bad, note={no title}}\n");
    expect(bib[1]).toEqual({ ok: false, error: "entry bad (line 4): missing title", ref: "entry bad" });
    const ris = parseRis("TY  - GEN\nTI  - Fine\nER  - \n\nTY  - GEN\nAU  - Doe, J\nER  - \n");
    expect(ris[1]).toEqual({ ok: false, error: "entry 2 (line 5): missing title", ref: "entry 2" });
    const csl = parseCslJson('[\n  { "id": "x", "type": "book", "title": "Fine" },\n  { "id": "x", "type": "book" }\n]');
    expect(csl[1]).toEqual({ ok: false, error: "entry x (line 3): missing title", ref: "entry x" });
  });
});
