import { describe, expect, it } from "vitest";
import { parseDigest } from "../src/index.ts";
import { fixture, papersOf } from "./helpers/fixtures.ts";

describe("parseDigest on the real daily digest", () => {
  const papers = papersOf(parseDigest(fixture("daily-papers-digest.txt")));

  it("finds exactly the 49 papers", () => {
    expect(papers).toHaveLength(49);
    expect(papers[0]?.title).toBe("Learning from Label Proportions: Bootstrapping Supervised Learners via Belief Propagation");
    expect(papers[48]?.title).toBe("From Logistic Regression to the Perceptron Algorithm: Exploring Gradient Descent with Large Step Sizes");
    expect(new Set(papers.map((p) => p.title)).size).toBe(49);
  });

  it("never turns page chrome into a paper", () => {
    const titles = papers.map((p) => p.title);
    for (const chrome of ["new", "Get trending papers in your email inbox!", "Subscribe", "byAK and the research community", "Mar 17"]) {
      expect(titles).not.toContain(chrome);
    }
  });

  it("attaches each abstract to its title", () => {
    expect(papers.every((p) => p.source === "digest" && (p.abstract?.length ?? 0) > 200)).toBe(true);
    expect(papers[0]?.abstract).toMatch(/^Learning from Label Proportions \(LLP\) is a learning problem/);
    expect(papers[48]?.abstract).toMatch(/^We focus on the classification/);
    expect(papers[48]?.abstract).toMatch(/theoretical guarantees\.$/);
  });
});

describe("parseDigest robustness", () => {
  const abstract = (topic: string) =>
    `We study ${topic} in a setting that matters for many practical systems. Our method improves over strong baselines on several benchmarks while remaining simple to implement and cheap to run at scale.`;

  it("skips other chrome (upvotes, submitted by, dates, navigation) and reads authors and ids", () => {
    const text = [
      "Daily Papers",
      "Previous",
      "Fri, Mar 21, 2025",
      "Next",
      "",
      "Submitted by akhaliq",
      "· 42",
      "Sparse Mixtures of Experts Are Domain Generalizable Learners",
      "Bo Li, Yifei Shen, Jingkang Yang",
      "arXiv:2206.04046",
      "12 authors",
      abstract("mixtures of experts"),
      "",
      "Upvote",
      "128",
      "Submitted by someone",
      "Tiny Title",
      abstract("tiny things"),
      "A continuation paragraph of the same abstract, which is long enough to look like prose. It adds more detail about the experiments, the ablations and the results here.",
      "Load more",
    ].join("\r\n");
    const papers = papersOf(parseDigest(text));
    expect(papers.map((p) => p.title)).toEqual(["Sparse Mixtures of Experts Are Domain Generalizable Learners", "Tiny Title"]);
    expect(papers[0]).toMatchObject({ authors: ["Bo Li", "Yifei Shen", "Jingkang Yang"], arxivId: "2206.04046" });
    expect(papers[1]?.abstract).toContain("continuation paragraph");
  });

  it("fails clearly when there is nothing paper-shaped", () => {
    expect(parseDigest("")).toEqual([{ ok: false, error: "Empty file", ref: "file" }]);
    expect(parseDigest("Subscribe\nMar 17\nHello there")).toEqual([
      { ok: false, error: "No papers found: expected title lines each followed by an abstract paragraph", ref: "file" },
    ]);
  });
});

describe("the digest's own date (issue 14.5)", () => {
  it("dates every paper with the page's date line, in the latest year not after the copy", () => {
    const copiedOn = new Date("2026-12-06T10:00:00Z");
    const papers = papersOf(parseDigest(fixture("daily-papers-digest.txt"), copiedOn));
    expect(papers.every((p) => p.publishedAt === "2026-03-17")).toBe(true);
    expect(papers[0]?.year).toBe(2026);
    // Copied in January: "Mar 17" was last year's.
    expect(papersOf(parseDigest(fixture("daily-papers-digest.txt"), new Date("2027-01-02T00:00:00Z")))[0]?.publishedAt).toBe("2026-03-17");
  });

  it("reads full dates and changes day at each date line", () => {
    const abstract = (n: number) =>
      `This is abstract number ${n} of the test page. It has enough words to be read as an abstract paragraph by the parser, which wants at least twenty-five of them.`;
    const text = ["Tue, Mar 17, 2025", "First Paper Title Here", abstract(1), "16 Mar 2025", "Second Paper Title Here", abstract(2)].join("\n\n");
    expect(papersOf(parseDigest(text)).map((p) => p.publishedAt)).toEqual(["2025-03-17", "2025-03-16"]);
  });
});
