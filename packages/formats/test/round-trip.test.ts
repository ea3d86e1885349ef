import { describe, expect, it } from "vitest";
import { citableFromParsed, parseBibtex, parseCslJson, parseDigest, parseRis, toBibtex, toCslJson, toRis, type ParsedPaper } from "../src/index.ts";
import { fixture, papersOf } from "./helpers/fixtures.ts";

// Issue 15.2: import → export → import returns the same records, for BibTeX, RIS and CSL-JSON, over a
// corpus with every construct the issue names (fixtures/round-trip: {\'\i}, math, a lone $, crossref,
// corporate authors, CJK, Δ, acronyms, arXiv preprints, conference papers, month and day, volume,
// issue, pages, keywords, notes, abstracts of 70 and 140 characters, twenty authors, TT/TA, A1 + AU,
// single-spaced RIS tags, PY 2023-10-24). Each source is exported in every format and read back.

const parsers = { bibtex: parseBibtex, ris: parseRis, "csl-json": parseCslJson } as const;
const writers = { bibtex: toBibtex, ris: toRis, "csl-json": toCslJson } as const;
const sources = { bibtex: "round-trip/corpus.bib", ris: "round-trip/corpus.ris", "csl-json": "round-trip/corpus.csl.json" } as const;

/** What a round trip must keep. */
function record(p: ParsedPaper) {
  const c = p.citation ?? {};
  return {
    title: p.title,
    authors: p.authors,
    literalAuthors: c.literalAuthors ?? [],
    year: p.year ?? null,
    publishedAt: p.publishedAt ?? null,
    month: c.month ?? (p.publishedAt ? Number(p.publishedAt.slice(5, 7)) : null),
    venue: p.venue ?? null,
    volume: c.volume ?? null,
    issue: c.issue ?? null,
    page: c.page ?? null,
    doi: p.doi ?? null,
    arxivId: p.arxivId ?? null,
    url: p.links.find((l) => l.kind === "other" || l.kind === "html")?.url ?? null,
    abstract: p.abstract ?? null,
    keywords: p.keywords ?? [],
    note: c.note ?? null,
  };
}

const imported = (format: keyof typeof parsers) => papersOf(parsers[format](fixture(sources[format])));

describe.each(Object.keys(sources) as (keyof typeof sources)[])("a %s corpus", (source) => {
  const first = imported(source);

  it("imports every entry", () => {
    expect(first.length).toBeGreaterThanOrEqual(3);
  });

  it.each(Object.keys(writers) as (keyof typeof writers)[])("comes back the same through %s", (format) => {
    const exported = writers[format](first.map((p, i) => citableFromParsed(p, `p${i}`)));
    const again = parsers[format](exported);
    expect(again.filter((o) => !o.ok)).toEqual([]);
    expect(papersOf(again).map(record)).toEqual(first.map(record));
  });

  it("keeps the entry type through its own format", () => {
    const exported = writers[source](first.map((p, i) => citableFromParsed(p, `p${i}`)));
    const again = papersOf(parsers[source](exported));
    expect(again.map((p) => p.citation?.type)).toEqual(first.map((p) => p.citation?.type));
  });
});

describe("the corpus reads as the issue says it must", () => {
  const bib = imported("bibtex");
  const byTitle = (t: string) => bib.find((p) => p.title.startsWith(t))!;

  it("decodes {\\'\\i} as í, keeps math verbatim and a lone $ as text", () => {
    expect(byTitle("Regret").authors).toEqual(["José García", "Ana Martínez", "Gemini Team"]);
    expect(byTitle("Regret").title).toBe("Regret $\\mathcal{O}(\\sqrt{T})$ Bounds for Bandits");
    expect(byTitle("Pricing").title).toBe("Pricing at 5$ per Query");
  });

  it("inherits year, venue and publisher through crossref", () => {
    expect(byTitle("Regret")).toMatchObject({ year: 2023, venue: "Advances in Neural Information Processing Systems 36" });
    expect(byTitle("Regret").citation).toMatchObject({ type: "paper-conference", publisher: "Curran Associates", page: "1-10" });
  });

  it("keeps CJK, Δ and acronyms, and Scholar's arXiv journal as a preprint", () => {
    expect(byTitle("RNNs").title).toBe("RNNs for 日本語 ConfTest: the $\\Delta$ Rule");
    expect(byTitle("A Google Scholar").arxivId).toBe("2401.01234");
    expect(byTitle("A Google Scholar").venue).toBeUndefined();
  });
});

describe("the bundled daily digest (49 papers, long titles and abstracts)", () => {
  const digest = papersOf(parseDigest(fixture("daily-papers-digest.txt"), new Date("2026-03-20T00:00:00Z")));
  const citables = digest.map((p, i) => citableFromParsed(p, `d${i}`));

  it.each(Object.keys(writers) as (keyof typeof writers)[])("comes back through %s with every title, abstract and author unchanged", (format) => {
    const back = papersOf(parsers[format](writers[format](citables)));
    expect(digest).toHaveLength(49);
    expect(back.map((p) => [p.title, p.abstract, p.authors])).toEqual(digest.map((p) => [p.title, p.abstract, p.authors]));
  });
});
