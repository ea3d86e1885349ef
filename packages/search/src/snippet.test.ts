import { describe, expect, it } from "vitest";
import { buildSnippet, escapeHtml, MARK_POST, MARK_PRE, sentinelToHtml } from "./snippet.ts";

describe("snippets", () => {
  it("Meilisearch output becomes safe HTML with only <mark>", () => {
    const formatted = `<img src=x onerror=alert(1)> ${MARK_PRE}retrieval${MARK_POST} & "more"`;
    expect(sentinelToHtml(formatted)).toBe("&lt;img src=x onerror=alert(1)&gt; <mark>retrieval</mark> &amp; &quot;more&quot;");
  });

  it("marks words whose stem is a query term, outside punctuation", () => {
    const html = buildSnippet("We study (retrieving) documents; retrieval <b>wins</b>.", new Set(["retriev"]));
    expect(html).toBe("We study (<mark>retrieving</mark>) documents; <mark>retrieval</mark> &lt;b&gt;wins&lt;/b&gt;.");
  });

  it("picks the window with the most matches and marks the cut", () => {
    const text = [...Array(50).fill("filler"), "neural", "ranking", "neural", ...Array(50).fill("tail")].join(" ");
    const html = buildSnippet(text, new Set(["neural", "rank"]), 10);
    expect(html.startsWith("…")).toBe(true);
    expect(html.endsWith("…")).toBe(true);
    expect(html.match(/<mark>/g)).toHaveLength(3);
    expect(html.replace(/…/g, "").split(" ")).toHaveLength(10);
  });

  it("without matches it is the opening of the text", () => {
    expect(buildSnippet("one two three four", new Set(["zzz"]), 2)).toBe("one two…");
    expect(buildSnippet("   ", new Set(["x"]))).toBe("");
    expect(escapeHtml("<'&\">")).toBe("&lt;&#39;&amp;&quot;&gt;");
  });
});
