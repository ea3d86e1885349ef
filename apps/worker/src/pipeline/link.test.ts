import { describe, expect, it } from "vitest";
import type { ParsedPaper } from "@commonplace/formats";
import { CandidateIndex, decide } from "./dedupe.ts";
import { normalizePaper } from "./normalize.ts";
import type { NormalizedPaper } from "./types.ts";

// An untrusted item (anyone's upload) matched to a stored paper: it fills what the record lacks, never the
// full text or the arXiv version, and proposes every value that differs (link.ts).

let n = 0;
const newId = () => `p${++n}`;
const item = (over: Partial<ParsedPaper>): NormalizedPaper => {
  const r = normalizePaper(
    { source: "arxiv-atom", title: "Deep Residual Learning", authors: ["Kaiming He"], categories: ["cs.CV"], links: [], ...over },
    "ref",
  );
  if (!r.ok) throw new Error(r.error);
  return r.paper;
};

function stored(over: Partial<ParsedPaper> = {}) {
  const index = new CandidateIndex();
  const d = decide(index, item({ arxivId: "1512.03385", arxivVersion: 2, abstract: "We present residual learning.", ...over }), newId);
  if (d.kind !== "create") throw new Error("expected a create");
  index.put(d.paper);
  return { index, paper: d.paper };
}

describe("untrusted items link, fill and propose", () => {
  it("fills an empty field, proposes a differing title and a higher version, and changes neither", () => {
    const { index, paper } = stored();
    const d = decide(index, item({ source: "bibtex", arxivId: "1512.03385", arxivVersion: 5, title: "Something Else Entirely", venue: "CVPR" }), newId, false);
    expect(d).toMatchObject({ kind: "update", trusted: false, after: { title: paper.title, venue: "CVPR", latestVersion: 2 } });
    expect(d.kind !== "create" && d.proposal).toEqual({ title: "Something Else Entirely", latestVersion: 5 });
  });

  it("never fills the full text: a PDF's text for a paper without one is only proposed", () => {
    const { index } = stored();
    const d = decide(index, item({ source: "pdf", arxivId: "1512.03385", fullText: "Forged body text." }), newId, false);
    expect(d.kind).toBe("duplicate");
    expect(d.kind !== "create" && d.proposal).toMatchObject({ fullText: "Forged body text." });
  });

  it("an identical item is a duplicate with nothing to propose; an older version is ignored", () => {
    const { index } = stored();
    expect(decide(index, item({ arxivId: "1512.03385", arxivVersion: 2, abstract: "We present residual learning." }), newId, false)).toMatchObject({
      kind: "duplicate",
      proposal: null,
    });
    expect(decide(index, item({ arxivId: "1512.03385", arxivVersion: 1, title: "Old" }), newId, false)).toMatchObject({ kind: "duplicate", proposal: null });
  });

  it("a trusted item from the same file updates the record", () => {
    const { index } = stored();
    const d = decide(index, item({ arxivId: "1512.03385", arxivVersion: 3, title: "Deep Residual Learning for Image Recognition" }), newId, true);
    expect(d).toMatchObject({ kind: "update", trusted: true, after: { latestVersion: 3, title: "Deep Residual Learning for Image Recognition" } });
  });
});
