import { Readable } from "node:stream";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import { parseArxivJsonl, parseArxivJsonlStream, type ParseOutcome } from "../src/index.ts";
import { fixture, papersOf } from "./helpers/fixtures.ts";

describe("parseArxivJsonl", () => {
  it("maps snapshot records", () => {
    const [diphoton, sparsity, maldacena] = papersOf(parseArxivJsonl(fixture("arxiv-snapshot.jsonl")));
    expect(diphoton).toMatchObject({
      source: "arxiv-jsonl",
      title: "Calculation of prompt diphoton production cross sections at Tevatron and LHC energies",
      authors: ["C. Balázs", "E. L. Berger", "P. M. Nadolsky", "C. -P. Yuan"],
      arxivId: "0704.0001",
      arxivVersion: 2,
      doi: "10.1103/physrevd.76.013009",
      publishedAt: "2007-04-02",
      updatedAt: "2007-07-24",
      year: 2007,
      categories: ["hep-ph"],
      journalRef: "Phys.Rev.D76:013009,2007",
    });
    expect(diphoton?.abstract).toBe(
      "A fully differential calculation in perturbative quantum chromodynamics is presented for the production of massive photon pairs at hadron colliders.",
    );
    expect(sparsity?.categories).toEqual(["math.CO", "cs.CG"]);
    expect(sparsity?.doi).toBeUndefined();
    expect(maldacena).toMatchObject({ arxivId: "hep-th/9711200", arxivVersion: 3, publishedAt: "1997-11-27" });
    expect(maldacena?.links).toContainEqual({ kind: "pdf", url: "https://arxiv.org/pdf/hep-th/9711200v3" });
  });

  it("reports bad lines by number and keeps parsing the rest", () => {
    const good = fixture("arxiv-snapshot.jsonl").split("\n")[1] ?? "";
    const text = [good, "{not json", "", '{"id":"0704.0003"}', '{"id":704.0001,"title":"x"}', '{"id":"nope","title":"x"}', good].join("\n");
    const out = parseArxivJsonl(text);
    expect(out.map((o) => o.ref)).toEqual(["line 1", "line 2", "line 4", "line 5", "line 6", "line 7"]);
    expect(out.map((o) => o.ok)).toEqual([true, false, false, false, false, true]);
    const errors = out.flatMap((o) => (o.ok ? [] : [o.error]));
    expect(errors[0]).toMatch(/^line 2: not valid JSON/);
    expect(errors[1]).toBe("line 4: title: title must be a string");
    expect(errors[2]).toBe("line 5: id: id must be a string");
    expect(errors[3]).toBe('line 6: "nope" is not an arXiv id');
  });

  it("falls back to the authors string when authors_parsed is missing", () => {
    const line = JSON.stringify({ id: "1706.03762", title: "T", authors: "Ashish Vaswani (Google), Noam Shazeer and Niki Parmar" });
    const [p] = papersOf(parseArxivJsonl(line));
    expect(p?.authors).toEqual(["Ashish Vaswani", "Noam Shazeer", "Niki Parmar"]);
  });

  it("fails an empty file", () => {
    expect(parseArxivJsonl("\n  \n")).toEqual([{ ok: false, error: "Empty file", ref: "file" }]);
  });
});

describe("parseArxivJsonlStream", () => {
  it("yields outcomes lazily from a line stream", async () => {
    const text = fixture("arxiv-snapshot.jsonl") + "oops\n";
    const lines = createInterface({ input: Readable.from([text]), crlfDelay: Infinity });
    const out: ParseOutcome[] = [];
    for await (const o of parseArxivJsonlStream(lines)) out.push(o);
    expect(out.map((o) => (o.ok ? o.paper.arxivId : o.error.slice(0, 6)))).toEqual(["0704.0001", "0704.0002", "hep-th/9711200", "line 4"]);
  });

  it("does not read ahead more than it yields", async () => {
    let pulled = 0;
    const good = fixture("arxiv-snapshot.jsonl").split("\n")[0] ?? "";
    async function* infinite() {
      for (;;) {
        pulled++;
        yield good;
      }
    }
    const it = parseArxivJsonlStream(infinite());
    await it.next();
    await it.next();
    await it.return(undefined);
    expect(pulled).toBe(2);
  });
});
