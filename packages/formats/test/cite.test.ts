import { describe, expect, it } from "vitest";
import { BUILTIN_STYLES, builtinStyle, checkCslStyle, formatCitations, type CitationStyle } from "../src/cite/index.ts";

// A known paper with several authors, as CSL-JSON (what the API builds from a paper), and a second one
// so that numbering and ordering show.
const resnet = {
  id: "resnet",
  type: "paper-conference",
  title: "Deep Residual Learning for Image Recognition",
  author: [
    { given: "Kaiming", family: "He" },
    { given: "Xiangyu", family: "Zhang" },
    { given: "Shaoqing", family: "Ren" },
    { given: "Jian", family: "Sun" },
  ],
  issued: { "date-parts": [[2016]] },
  "container-title": "Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition",
  page: "770-778",
  DOI: "10.1109/CVPR.2016.90",
};
const gpt = {
  id: "gpt3",
  type: "article",
  title: "Language Models are Few-Shot Learners",
  author: ["Tom B. Brown", "Benjamin Mann", "Nick Ryder", "Melanie Subbiah", "Jared Kaplan", "Prafulla Dhariwal", "Arvind Neelakantan", "Pranav Shyam"].map(
    (name) => ({ given: name.split(" ").slice(0, -1).join(" "), family: name.split(" ").at(-1) }),
  ),
  issued: { "date-parts": [[2020]] },
  publisher: "arXiv",
  number: "arXiv:2005.14165",
  URL: "https://arxiv.org/abs/2005.14165",
};

const style = (key: string) => builtinStyle(key)!;

describe("formatCitations (citation-js CSL plugin)", () => {
  it("APA 7th: reference list sorted by author, ampersand before the last author, DOI as a URL", () => {
    const out = formatCitations([gpt, resnet], style("apa"));
    expect(out.bibliography.text).toBe(
      [
        "Brown, T. B., Mann, B., Ryder, N., Subbiah, M., Kaplan, J., Dhariwal, P., Neelakantan, A., & Shyam, P. (2020). Language Models are Few-Shot Learners (arXiv:2005.14165). arXiv. https://arxiv.org/abs/2005.14165",
        "He, K., Zhang, X., Ren, S., & Sun, J. (2016). Deep Residual Learning for Image Recognition. Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition, 770–778. https://doi.org/10.1109/CVPR.2016.90",
      ].join("\n"),
    );
    expect(out.citation.text).toBe("(Brown et al., 2020; He et al., 2016)");
    expect(out.bibliography.html).toContain("<i>Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition</i>");
  });

  it("IEEE: numbered in the order given, et al. after the first author of more than six", () => {
    const out = formatCitations([resnet, gpt], style("ieee"));
    expect(out.bibliography.text).toBe(
      [
        "[1] K. He, X. Zhang, S. Ren, and J. Sun, “Deep Residual Learning for Image Recognition,” in Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition, 2016, pp. 770–778. doi: 10.1109/CVPR.2016.90.",
        "[2] T. B. Brown et al., “Language Models are Few-Shot Learners.” arXiv, 2020. [Online]. Available: https://arxiv.org/abs/2005.14165",
      ].join("\n"),
    );
    expect(out.citation.text).toBe("[1], [2]");
  });

  it("every built-in style formats both papers (text and HTML) and names their titles", () => {
    expect(BUILTIN_STYLES.map((s) => s.key)).toEqual(["apa", "chicago", "ieee", "harvard", "nature", "acm", "vancouver", "mla"]);
    for (const s of BUILTIN_STYLES) {
      const out = formatCitations([resnet, gpt], s);
      expect(out.bibliography.text.split("\n"), s.key).toHaveLength(2);
      expect(out.bibliography.text, s.key).toContain("Deep Residual Learning for Image Recognition");
      expect(out.bibliography.html, s.key).toContain('class="csl-bib-body"');
      expect(out.citation.text, s.key).not.toBe("");
    }
  });

  it("formats nothing as empty strings", () => {
    expect(formatCitations([], style("mla"))).toEqual({ bibliography: { text: "", html: "" }, citation: { text: "", html: "" } });
  });

  it("a British style uses its own locale (en-GB single quotes in Harvard)", () => {
    expect(formatCitations([resnet], style("harvard")).bibliography.text).toContain("‘Deep Residual Learning for Image Recognition’");
  });
});

const minimal = (layout: string, info = "<title>Mine</title><id>mine</id><updated>2024-01-01T00:00:00+00:00</updated>") =>
  `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">
  <info>${info}</info>
  <citation><layout>${layout}</layout></citation>
  <bibliography><layout><text variable="title"/></layout></bibliography>
</style>`;

describe("checkCslStyle (the official CSL schema, then citeproc)", () => {
  it("accepts every built-in style and a minimal custom one, which then formats", async () => {
    for (const s of BUILTIN_STYLES) expect(await checkCslStyle(s.xml), s.key).toMatchObject({ ok: true });
    const xml = minimal('<text variable="title" prefix="«" suffix="»"/>');
    expect(await checkCslStyle(xml)).toEqual({ ok: true, title: "Mine", cslId: "mine" });
    const custom: CitationStyle = { key: "mine", title: "Mine", xml };
    expect(formatCitations([resnet], custom).citation.text).toBe("«Deep Residual Learning for Image Recognition»");
  });

  it("refuses what is not a style with the validator's reason and position", async () => {
    expect(await checkCslStyle("<style")).toEqual({ ok: false, reason: expect.stringMatching(/^Not a valid CSL 1\.0 style: line 1, column \d+: /) });
    const unknownElement = await checkCslStyle(minimal('<frobnicate variable="title"/>'));
    expect(unknownElement).toEqual({ ok: false, reason: expect.stringContaining("element cs:frobnicate not allowed") });
    expect(await checkCslStyle("<html><body>hello</body></html>")).toMatchObject({ ok: false });
  });

  it("refuses a dependent style (it has no layout of its own)", async () => {
    const dependent = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" default-locale="en-US">
  <info><title>Some Journal</title><id>http://www.zotero.org/styles/some-journal</id>
    <link href="http://www.zotero.org/styles/some-journal" rel="self"/>
    <link href="http://www.zotero.org/styles/apa" rel="independent-parent"/>
    <category citation-format="author-date"/><updated>2024-01-01T00:00:00+00:00</updated></info>
</style>`;
    expect(await checkCslStyle(dependent)).toEqual({ ok: false, reason: expect.stringContaining("dependent style") });
  });
});
