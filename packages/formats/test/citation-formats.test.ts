import { describe, expect, it } from "vitest";
import { parseBibtex, parseCslJson, parseRis } from "../src/index.ts";
import { fixture, papersOf } from "./helpers/fixtures.ts";

describe("parseBibtex", () => {
  it("maps entries, @string macros, LaTeX accents and arXiv eprints", () => {
    const out = parseBibtex(fixture("references.bib"));
    expect(out.map((o) => o.ref)).toEqual(["entry vaswani2017attention", "entry devlin2018bert", "entry He_2016", "entry godel1931"]);
    const [vaswani, devlin, he, godel] = papersOf(out);
    expect(vaswani).toMatchObject({
      source: "bibtex",
      title: "Attention Is All You Need",
      authors: ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar", "Łukasz Kaiser"],
      venue: "Advances in Neural Information Processing Systems",
      year: 2017,
      arxivId: "1706.03762",
      categories: ["cs.CL"],
    });
    // Google Scholar style: the arXiv id hides in "journal"; that string is not a venue.
    expect(devlin).toMatchObject({ title: "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", arxivId: "1810.04805" });
    expect(devlin?.venue).toBeUndefined();
    expect(he).toMatchObject({ doi: "10.1109/cvpr.2016.90", year: 2016, authors: ["Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun"] });
    expect(godel).toMatchObject({ title: "Über formal unentscheidbare Sätze der Principia Mathematica und verwandter Systeme", authors: ["Kurt Gödel"] });
    expect(godel).toMatchObject({ arxivId: "2401.01234", doi: "10.48550/arxiv.2401.01234" });
  });

  it("isolates a broken entry", () => {
    const out = parseBibtex("@article{a, title={One}}\n@article{b, title={Two\n@article{c, title={Three}, author={Doe, Jane}}\n");
    expect(out.map((o) => [o.ref, o.ok])).toEqual([
      ["entry a", true],
      ["entry b", false],
      ["entry c", true],
    ]);
    expect(out[1]?.ok === false && out[1].error).toMatch(/^entry b \(line 2\): BibTeX syntax error: /);
  });

  it("reads eprint with eprinttype and Mendeley's arxivId", () => {
    const [a, b] = papersOf(parseBibtex("@misc{a, title={A}, eprint={hep-th/9711200v2}, eprinttype={arxiv}}\n@article{b, title={B}, arxivId={2005.14165}}"));
    expect([a?.arxivId, a?.arxivVersion, b?.arxivId]).toEqual(["hep-th/9711200", 2, "2005.14165"]);
  });

  it("gives clear whole-file errors", () => {
    expect(parseBibtex("")).toEqual([{ ok: false, error: "Empty file", ref: "file" }]);
    expect(parseBibtex("% only a comment")).toEqual([{ ok: false, error: "No BibTeX entries found (expected entries like @article{key, …})", ref: "file" }]);
    const [garbage] = parseBibtex("this is { not bibtex");
    expect(garbage?.ok).toBe(false);
  });

  it("fails entries without a title", () => {
    expect(parseBibtex("@misc{x, note={no title}}")).toEqual([{ ok: false, error: "entry x (line 1): missing title", ref: "entry x" }]);
    // The line of the entry, also when it has no key.
    expect(parseBibtex("@misc{a, title={A}}\n\n@misc{, note={none}}")[1]).toMatchObject({ ok: false, error: expect.stringMatching(/^entry 2 \(line 3\): /) });
  });
});

describe("parseRis", () => {
  it("maps records and fails the untitled one", () => {
    const out = parseRis(fixture("references.ris"));
    expect(out.map((o) => o.ok)).toEqual([true, true, false]);
    const [he, gpt3] = papersOf(out.slice(0, 2));
    expect(he).toMatchObject({
      source: "ris",
      title: "Deep Residual Learning for Image Recognition",
      authors: ["Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun"],
      doi: "10.1109/cvpr.2016.90",
      publishedAt: "2016-06-27",
      venue: "2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR)",
    });
    expect(he?.abstract).toMatch(/^Deeper neural networks/);
    // CONF records keep their year in event-date (citation-js), which must still become `year`.
    expect(gpt3).toMatchObject({ title: "Language Models are Few-Shot Learners", year: 2020, arxivId: "2005.14165" });
    expect(out[2]).toEqual({ ok: false, error: "entry 3 (line 22): missing title", ref: "entry 3" });
  });

  it("rejects text without RIS records", () => {
    expect(parseRis("hello world")).toEqual([{ ok: false, error: 'Not valid RIS: no records (expected lines like "TY  - JOUR")', ref: "file" }]);
  });

  it("accepts CRLF line endings and a BOM", () => {
    const crlf = "\uFEFF" + fixture("references.ris").replace(/\n/g, "\r\n");
    expect(parseRis(crlf).filter((o) => o.ok)).toHaveLength(2);
  });
});

describe("parseCslJson", () => {
  it("maps items and fails bad ones individually", () => {
    const out = parseCslJson(fixture("items.csl.json"));
    expect(out.map((o) => o.ok)).toEqual([true, true, false, false]);
    const [gpt3, lecun] = papersOf(out.slice(0, 2));
    expect(gpt3).toMatchObject({
      source: "csl-json",
      arxivId: "2005.14165",
      publishedAt: "2020-07-22",
      authors: ["Tom B. Brown", "Benjamin Mann", "Nick Ryder"],
    });
    expect(lecun).toMatchObject({ doi: "10.1109/5.726791", venue: "Proceedings of the IEEE", year: 1998, authors: ["Yann LeCun", "Léon Bottou", "AT&T Labs"] });
    expect(out.slice(2)).toEqual([
      { ok: false, error: "entry broken (line 30): missing title", ref: "entry broken" },
      { ok: false, error: "entry 4: not a CSL item object", ref: "entry 4" },
    ]);
  });

  it("accepts a single item object and rejects non-JSON", () => {
    expect(papersOf(parseCslJson('{"id":"x","title":"Solo"}'))[0]?.title).toBe("Solo");
    const [bad] = parseCslJson("{oops");
    expect(bad?.ok === false && bad.error).toMatch(/^Not valid CSL-JSON: /);
    expect(parseCslJson("[]")).toEqual([{ ok: false, error: "Not valid CSL-JSON: the array is empty", ref: "file" }]);
    expect(parseCslJson("7")[0]).toMatchObject({ ok: false, error: "Not valid CSL-JSON: expected an array of items or one item object" });
  });
});
