import { describe, expect, it } from "vitest";
import type { ParsedPaper } from "@commonplace/formats";
import { CandidateIndex, decide, findMatch, titleMatches } from "./dedupe.ts";
import { normalizePaper } from "./normalize.ts";
import type { Decision, ExistingPaper, NormalizedPaper } from "./types.ts";

let n = 0;
const newId = () => `p${++n}`;

const item = (over: Partial<ParsedPaper> = {}): NormalizedPaper => {
  const r = normalizePaper(
    { source: "arxiv-jsonl", title: "Deep Residual Learning", authors: ["Kaiming He", "Xiangyu Zhang"], categories: ["cs.CV"], links: [], ...over },
    "ref",
  );
  if (!r.ok) throw new Error(r.error);
  return r.paper;
};

/** Applies decisions like persist does, so later items see earlier ones. */
function ingest(index: CandidateIndex, ...items: NormalizedPaper[]): Decision[] {
  return items.map((i) => {
    const d = decide(index, i, newId);
    if (d.kind === "create") index.put(d.paper);
    if (d.kind === "update") index.put(d.after);
    return d;
  });
}

const stored = (d: Decision): ExistingPaper => (d.kind === "create" ? d.paper : d.kind === "update" ? d.after : d.paper);

describe("dedupe decisions", () => {
  it("creates once, then reports the identical item as a duplicate", () => {
    const index = new CandidateIndex();
    const [a, b] = ingest(index, item({ arxivId: "1512.03385" }), item({ arxivId: "1512.03385" }));
    expect(a?.kind).toBe("create");
    expect(b).toMatchObject({ kind: "duplicate", matchedBy: "arxiv" });
  });

  it("a newer arXiv version updates the paper and adds a version; an older one only adds history", () => {
    const index = new CandidateIndex();
    const [v1, v2, again, old] = ingest(
      index,
      item({ arxivId: "1512.03385", arxivVersion: 1 }),
      item({ arxivId: "1512.03385", arxivVersion: 2, title: "Deep Residual Learning for Image Recognition" }),
      item({ arxivId: "1512.03385", arxivVersion: 2, title: "Deep Residual Learning for Image Recognition" }),
      item({ arxivId: "1512.03385", arxivVersion: 1 }),
    );
    expect(v1?.kind).toBe("create");
    expect(v2).toMatchObject({
      kind: "update",
      addVersion: { version: 2 },
      after: { latestVersion: 2, title: "Deep Residual Learning for Image Recognition" },
    });
    expect(again?.kind).toBe("duplicate");
    expect(old?.kind).toBe("duplicate"); // v1 is already in the history
    expect(stored(v2!).versions).toEqual([1, 2]);
  });

  it("an older version seen after a newer one is history only: current fields stay", () => {
    const index = new CandidateIndex();
    const [, older] = ingest(
      index,
      item({ arxivId: "1512.03385", arxivVersion: 3, title: "Final title" }),
      item({ arxivId: "1512.03385", arxivVersion: 1, title: "Draft title" }),
    );
    expect(older).toMatchObject({ kind: "update", changed: ["versions"], addVersion: { version: 1, title: "Draft title" } });
    expect(stored(older!)).toMatchObject({ title: "Final title", latestVersion: 3 });
  });

  it("matches DOIs case-insensitively", () => {
    const index = new CandidateIndex();
    const [a, b] = ingest(index, item({ source: "bibtex", doi: "10.1109/CVPR.2016.90" }), item({ source: "bibtex", doi: "10.1109/cvpr.2016.90" }));
    expect(a?.kind).toBe("create");
    expect(b).toMatchObject({ kind: "duplicate", matchedBy: "doi" });
  });

  it("matches an arXiv DOI with the arXiv id", () => {
    const index = new CandidateIndex();
    const [, b] = ingest(index, item({ arxivId: "1512.03385" }), item({ source: "csl-json", doi: "10.48550/ARXIV.1512.03385" }));
    expect(b).toMatchObject({ matchedBy: "arxiv" });
    expect(b?.kind).not.toBe("create");
  });

  it("matches by title + first author's last name + year within one", () => {
    const index = new CandidateIndex();
    const [, b, c, d] = ingest(
      index,
      item({ source: "bibtex", year: 2016 }),
      item({ source: "bibtex", title: "deep residual learning.", authors: ["He, Kaiming"], year: 2015 }),
      item({ source: "bibtex", year: 2019 }),
      item({ source: "bibtex", authors: ["Someone Else"], year: 2016 }),
    );
    expect(b).toMatchObject({ matchedBy: "title" });
    expect(c?.kind).toBe("create"); // three years apart
    expect(d?.kind).toBe("create"); // different first author
  });

  it("unknown author or year does not veto a title match; a different arXiv id or DOI does", () => {
    expect(titleMatches({ arxivId: null, doi: null, year: null, firstAuthorLast: "" }, { arxivId: null, doi: null, year: 2020, firstAuthorLast: "he" })).toBe(
      true,
    );
    expect(titleMatches({ arxivId: "1", doi: null, year: null, firstAuthorLast: "" }, { arxivId: "2", doi: null, year: null, firstAuthorLast: "" })).toBe(
      false,
    );
    expect(
      titleMatches({ arxivId: null, doi: "10.1/a", year: null, firstAuthorLast: "" }, { arxivId: null, doi: "10.1/b", year: null, firstAuthorLast: "" }),
    ).toBe(false);
  });

  it("a less trusted source only fills gaps; a more trusted one overwrites", () => {
    const index = new CandidateIndex();
    const [, fromDigest, fromArxiv] = ingest(
      index,
      item({ source: "bibtex", abstract: undefined, venue: "CVPR" }),
      item({ source: "digest", authors: [], abstract: "An abstract from the digest.", venue: undefined }),
      item({ source: "arxiv-jsonl", abstract: "The arXiv abstract.", arxivId: "1512.03385" }),
    );
    expect(fromDigest).toMatchObject({
      kind: "update",
      after: { abstract: "An abstract from the digest.", authors: ["Kaiming He", "Xiangyu Zhang"], source: "bibtex" },
    });
    expect(fromArxiv).toMatchObject({
      kind: "update",
      after: { abstract: "The arXiv abstract.", arxivId: "1512.03385", canonicalKey: "1512.03385", venue: "CVPR" },
    });
  });

  it("changed metadata from the same source is an update listing what changed", () => {
    const index = new CandidateIndex();
    const [, b] = ingest(index, item({ arxivId: "1512.03385", abstract: "old" }), item({ arxivId: "1512.03385", abstract: "new" }));
    expect(b).toMatchObject({ kind: "update", changed: ["abstract"], refreshCurrentVersion: true, addVersion: null });
  });

  it("does not take a DOI already held by another paper", () => {
    const index = new CandidateIndex();
    const [, b] = ingest(index, item({ arxivId: "1111.11111", doi: "10.1000/shared" }), item({ arxivId: "2202.22222", doi: "10.1000/shared", title: "Other" }));
    expect(b).toMatchObject({ kind: "create", paper: { doi: null, arxivId: "2202.22222" } });
  });

  it("findMatch prefers arXiv id over DOI over title", () => {
    const index = new CandidateIndex();
    ingest(index, item({ arxivId: "1512.03385" }), item({ source: "bibtex", doi: "10.1000/x", title: "Another paper" }));
    expect(findMatch(index, item({ arxivId: "1512.03385", doi: "10.1000/x" }))?.by).toBe("arxiv");
    expect(findMatch(index, item({ doi: "10.1000/X", title: "Deep Residual Learning" }))?.by).toBe("doi");
  });

  it("an item with the key of a paper merged into another links to the paper kept, even from a trusted source", () => {
    const index = new CandidateIndex();
    const [kept] = ingest(index, item({ arxivId: "1512.03385" }));
    const mergedAway = item({ arxivId: "1603.05027", title: "Identity Mappings in Deep Residual Networks" });
    index.merged(mergedAway.canonicalKey, stored(kept!).id);
    expect(findMatch(index, mergedAway)).toMatchObject({ by: "merged", paper: { id: stored(kept!).id } });
    const [again] = ingest(index, mergedAway);
    expect(again).toMatchObject({ matchedBy: "merged", paper: { id: stored(kept!).id, arxivId: "1512.03385" } });
    expect(again?.kind).not.toBe("create");
  });
});
