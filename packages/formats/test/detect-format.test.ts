import { describe, expect, it } from "vitest";
import { detectFormat, parseFile } from "../src/index.ts";
import { fixture } from "./helpers/fixtures.ts";
import { samplePaperPdf } from "./helpers/make-pdf.ts";

const enc = (s: string) => new TextEncoder().encode(s);

describe("detectFormat", () => {
  it.each([
    ["paper.pdf", samplePaperPdf(), "pdf"],
    ["download", samplePaperPdf(), "pdf"],
    ["query.xml", enc(fixture("arxiv-query.atom.xml")), "arxiv-atom"],
    ["export", "<feed xmlns='http://www.w3.org/2005/Atom'></feed>", "arxiv-atom"],
    ["snapshot.json", fixture("arxiv-snapshot.jsonl"), "arxiv-jsonl"],
    ["one.json", fixture("arxiv-snapshot.jsonl").split("\n")[0] ?? "", "arxiv-jsonl"],
    ["items.json", fixture("items.csl.json"), "csl-json"],
    ["item.json", '{\n  "id": "x",\n  "title": "T"\n}', "csl-json"],
    ["refs.txt", fixture("references.bib"), "bibtex"],
    ["refs", "\uFEFF@article{a, title={T}}", "bibtex"],
    ["refs.txt", fixture("references.ris"), "ris"],
    ["digest.txt", fixture("daily-papers-digest.txt"), "digest"],
    ["ids.txt", "2401.01234\nhttps://doi.org/10.1000/xyz, arXiv:hep-th/9711200", "identifier"],
    ["empty.bib", "", "bibtex"],
    ["blob.bin", new Uint8Array([0, 1, 2, 3, 255, 0, 7]), null],
  ] as const)("%s → %s", (name, content, expected) => {
    expect(detectFormat(name, content)).toBe(expected);
  });
});

describe("parseFile", () => {
  it("dispatches to the right parser", async () => {
    const out = await parseFile("refs.bib", enc(fixture("references.bib")));
    expect(out).toHaveLength(4);
    expect(out.every((o) => o.ok && o.paper.source === "bibtex")).toBe(true);
    const pdf = await parseFile("paper.pdf", samplePaperPdf());
    expect(pdf[0]?.ok && pdf[0].paper.title).toBe("Attention Is All You Need");
    const digest = await parseFile("digest.txt", fixture("daily-papers-digest.txt"));
    expect(digest.filter((o) => o.ok)).toHaveLength(49);
  });

  it("rejects oversize and empty files, naming the file", async () => {
    const big = new Uint8Array(Math.round(73.2 * 1024 * 1024));
    expect(await parseFile("huge.pdf", big)).toEqual([{ ok: false, error: "File is 73.2 MB; the limit is 50 MB", ref: "huge.pdf" }]);
    expect(await parseFile("a.bib", enc("@article{a, title={T}}"), { maxBytes: 10 })).toEqual([
      { ok: false, error: "File is 22 bytes; the limit is 10 bytes", ref: "a.bib" },
    ]);
    expect(await parseFile("a.ris", "x".repeat(3000), { maxBytes: 2048 })).toMatchObject([{ error: "File is 2.9 KB; the limit is 2 KB" }]);
    expect(await parseFile("empty.ris", new Uint8Array())).toEqual([{ ok: false, error: "Empty file", ref: "empty.ris" }]);
    expect(await parseFile("blob.bin", new Uint8Array([0, 1, 2, 3, 255, 0, 7]))).toMatchObject([{ ok: false, ref: "blob.bin" }]);
  });

  it("puts the file name on whole-file failures", async () => {
    expect(await parseFile("bad.xml", "<feed><oops></feed>")).toMatchObject([{ ok: false, ref: "bad.xml" }]);
  });

  it("resolves identifier lists only when given a fetch", async () => {
    expect(await parseFile("ids.txt", "10.1000/xyz\n10.1000/abc")).toEqual([
      { ok: false, error: "ids.txt is a list of 2 identifier(s); pass a fetch to resolve them, or use resolveIdentifier", ref: "ids.txt" },
    ]);
    const fetch = (async () => {
      throw new TypeError("offline");
    }) as typeof globalThis.fetch;
    const out = await parseFile("ids.txt", "10.1000/xyz\n10.1000/abc", { fetch });
    expect(out.map((o) => o.ok === false && `${o.ref}: ${o.error}`)).toEqual([
      "10.1000/xyz: source unreachable: api.crossref.org",
      "10.1000/abc: source unreachable: api.crossref.org",
    ]);
  });
});
