import { parse as parseWithRetorquere, type Creator } from "@retorquere/bibtex-parser";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { citableFromParsed, parseBibtex, parseCslJson, parseRis, toBibtex, toCslJson, toRis, type CitablePaper } from "../src/index.ts";
import { fixture, papersOf } from "./helpers/fixtures.ts";

// Issue 15.7: exports checked by parsers other than the ones that wrote them: BibTeX by
// @retorquere/bibtex-parser (the parser behind Better BibTeX for Zotero), CSL-JSON by the CSL-JSON schema
// (fixtures/csl-schema, validated with ajv), RIS by its line structure. The papers are every construct of
// the round-trip corpus.

const corpus: CitablePaper[] = [
  ...papersOf(parseBibtex(fixture("round-trip/corpus.bib"))),
  ...papersOf(parseRis(fixture("round-trip/corpus.ris"))),
  ...papersOf(parseCslJson(fixture("round-trip/corpus.csl.json"))),
].map((p, i) => citableFromParsed(p, `p${i}`));
const byTitle = (t: string) => corpus.findIndex((p) => p.title.startsWith(t));

describe("BibTeX export, read by @retorquere/bibtex-parser", () => {
  // TeX it does not know (math macros) is kept as written rather than reported.
  const read = (opts: Parameters<typeof parseWithRetorquere>[1] = {}) => parseWithRetorquere(toBibtex(corpus), { unsupported: (_node, tex) => tex, ...opts });
  const plain = read({ sentenceCase: false, english: false });

  it("parses every entry without an error", () => {
    expect(plain.errors).toEqual([]);
    expect(plain.entries).toHaveLength(corpus.length);
  });

  it("reads the same titles, authors (corporate ones whole) and fields", () => {
    plain.entries.forEach((e, i) => {
      const p = corpus[i]!;
      if (!p.title.includes("$")) expect(e.fields.title).toBe(p.title);
      expect((e.fields.author ?? []).map(displayName)).toEqual(p.authors);
      expect(e.fields.year).toBe(p.year ? String(p.year) : undefined);
      expect(e.fields.doi).toBe(p.doi);
      if (!p.abstract?.includes("$")) expect(e.fields.abstract).toBe(p.abstract);
      expect([...(e.fields.keywords ?? [])].sort()).toEqual([...(p.keywords ?? [])].sort());
      expect(e.fields.volume).toBe(p.citation?.volume);
      expect(e.fields.number).toBe(p.citation?.issue);
    });
    const gemini = plain.entries[byTitle("Gemini")]!;
    expect(gemini.fields.author?.[0]).toEqual({ name: "Gemini Team" });
    expect(plain.entries[byTitle("Deep learning")]!.fields.pages).toBe("436–444");
  });

  it("types conference papers @inproceedings and arXiv preprints @misc with eprint fields", () => {
    expect(plain.entries[byTitle("Single Spaced")]!.type).toBe("inproceedings");
    const preprint = plain.entries[byTitle("Attention Is All")]!;
    expect(preprint.type).toBe("misc");
    expect(preprint.fields).toMatchObject({ eprint: "1706.03762", archiveprefix: "arXiv" });
  });

  it("keeps acronyms, CJK and Δ when a style sentence-cases titles", () => {
    const cased = read();
    expect(cased.entries[byTitle("RNNs")]!.fields.title).toMatch(/^RNNs for 日本語 ConfTest: the .* rule$/);
    expect(cased.entries[byTitle("Δ-Networks")]!.fields.title).toMatch(/^Δ-Networks for 日本語 parsing$/);
  });
});

function displayName(c: Creator): string {
  return c.name ?? [c.firstName, c.prefix, c.lastName, c.suffix].filter(Boolean).join(" ");
}

describe("CSL-JSON export, validated against the CSL-JSON schema", () => {
  it("is valid", () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(fixture("csl-schema/csl-data.json")) as object);
    const ok = validate(JSON.parse(toCslJson(corpus)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
});

describe("RIS export structure", () => {
  const ris = toRis(corpus);
  const records = ris.replace(/\n$/, "").split("\n\n");

  it("is one record per paper: TY first, ER last, every line a tag line, no blank line inside", () => {
    expect(records).toHaveLength(corpus.length);
    expect(ris.endsWith("ER  - \n")).toBe(true);
    for (const record of records) {
      const lines = record.split("\n");
      expect(lines[0]).toMatch(/^TY {2}- [A-Z]+$/);
      expect(lines.at(-1)).toBe("ER  - ");
      for (const line of lines.slice(1, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- \S/);
    }
  });

  it("writes each title and abstract on one line, as it is", () => {
    records.forEach((record, i) => {
      expect(record).toContain(`TI  - ${corpus[i]!.title}\n`);
      if (corpus[i]!.abstract) expect(record).toContain(`AB  - ${corpus[i]!.abstract}\n`);
    });
  });
});
