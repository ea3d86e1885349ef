import { describe, expect, it } from "vitest";
import { LINK_REL, MARKDOWN_MAX_CHARS, extractMentions, markdownToText, renderMarkdown } from "./render.ts";
import { XSS_PAYLOADS } from "./xss-corpus.ts";

const ALLOWED_ATTRIBUTES = new Set(["href", "title", "rel", "class", "start", "align"]);
const DANGEROUS_TAGS =
  /<\s*\/?\s*(script|iframe|object|embed|style|svg|math|img|form|input|base|meta|link|body|video|source|details|marquee|textarea|noscript|button)\b/i;

function decodeEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(parseInt(d, 10)))
    .replace(/&colon;/gi, ":")
    .replace(/&tab;/gi, "\t")
    .replace(/&newline;/gi, "\n")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Every real tag in the output (text "<" is always escaped, so each "<" opens a tag). */
function tags(html: string): { name: string; attrs: [string, string][] }[] {
  const out: { name: string; attrs: [string, string][] }[] = [];
  for (const m of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)) {
    const attrs: [string, string][] = [];
    for (const a of (m[2] ?? "").matchAll(/([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attrs.push([a[1]!.toLowerCase(), a[2] ?? a[3] ?? a[4] ?? ""]);
    }
    out.push({ name: m[1]!.toLowerCase(), attrs });
  }
  return out;
}

function assertInert(html: string): void {
  expect(html).not.toMatch(DANGEROUS_TAGS);
  expect(html.split("<").length - 1).toBe(tags(html).length); // no stray, unparsed "<"
  for (const { attrs } of tags(html)) {
    for (const [name, value] of attrs) {
      expect(ALLOWED_ATTRIBUTES.has(name), `attribute ${name} in ${html}`).toBe(true);
      expect(name).not.toMatch(/^on/);
      if (name === "href") {
        const url = decodeEntities(value)
          .replace(/[\u0000-\u0020\u007f-\u009f]/g, "")
          .toLowerCase();
        expect(url, html).toMatch(/^(https?:|mailto:|\/(?!\/)|#|[^:/]*$)/);
        expect(url).not.toMatch(/^(javascript|vbscript|data):/);
      }
    }
  }
}

describe("renderMarkdown — XSS corpus", () => {
  it("has a corpus of at least 40 payloads", () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(40);
  });

  for (const payload of XSS_PAYLOADS) {
    it(`neutralises ${JSON.stringify(payload).slice(0, 70)}`, () => {
      const html = renderMarkdown(payload);
      assertInert(html);
      // Also when embedded in ordinary markdown around it.
      assertInert(renderMarkdown(`Intro **text**\n\n${payload}\n\n- item [ok](https://example.com)`));
    });
  }

  it("escapes raw HTML as visible text rather than dropping the words", () => {
    expect(renderMarkdown("<b>bold?</b>")).toBe("<p>&lt;b&gt;bold?&lt;/b&gt;</p>");
  });
});

describe("renderMarkdown — ordinary markdown", () => {
  it("renders emphasis, code, links, lists, quotes and code blocks", () => {
    const html = renderMarkdown(
      '**bold** and _em_ and `x < y`\n\n[a paper](https://arxiv.org/abs/1706.03762 "Attention")\n\n' +
        "> quoted\n\n- one\n- two\n\n3. three\n4. four\n\n```python\nprint('<hi>')\n```",
    );
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain("<em>em</em>");
    expect(html).toContain("<code>x &lt; y</code>");
    expect(html).toContain(`<a href="https://arxiv.org/abs/1706.03762" title="Attention" rel="${LINK_REL}">a paper</a>`);
    expect(html).toContain("<blockquote>\n<p>quoted</p>\n</blockquote>");
    expect(html).toContain("<ul>\n<li>one</li>");
    expect(html).toContain('<ol start="3">');
    expect(html).toContain("<pre><code class=\"language-python\">print('&lt;hi&gt;')");
    assertInert(html);
  });

  it("keeps line breaks, autolinks and mailto links; gives every link the UGC rel", () => {
    expect(renderMarkdown("a\nb")).toBe("<p>a<br />b</p>");
    expect(renderMarkdown("see https://example.com/x?y=1")).toBe(
      `<p>see <a href="https://example.com/x?y=1" rel="${LINK_REL}">https://example.com/x?y=1</a></p>`,
    );
    expect(renderMarkdown("<mailto:ada@example.com>")).toContain('href="mailto:ada@example.com"');
    // Raw HTML anchors are shown as text, never as links with their own rel/target.
    expect(renderMarkdown('<a href="https://x.org" rel="opener">x</a>')).toMatch(/^<p>&lt;a href=/);
  });

  it("renders images as plain links (no remote fetches, no data: payloads)", () => {
    expect(renderMarkdown("![chart](https://example.com/c.png)")).toBe(`<p><a href="https://example.com/c.png" rel="${LINK_REL}">chart</a></p>`);
  });

  it("renders @mentions as profile links, not in code, e-mails or link text", () => {
    expect(renderMarkdown("thanks @Ada-Lovelace!")).toBe(`<p>thanks <a href="/u/ada-lovelace" class="mention" rel="${LINK_REL}">@Ada-Lovelace</a>!</p>`);
    expect(renderMarkdown("`@ada`")).toBe("<p><code>@ada</code></p>");
    expect(renderMarkdown("ada@example.com")).not.toContain("/u/");
    expect(renderMarkdown("[@ada](https://example.com)")).not.toContain("/u/");
  });

  it("returns an empty string for empty or non-string input", () => {
    expect(renderMarkdown("")).toBe("");
    expect(renderMarkdown("  \n ")).toBe("");
    expect(renderMarkdown(undefined as unknown as string)).toBe("");
  });
});

describe("extractMentions", () => {
  it("returns unique lower-case handles", () => {
    expect(extractMentions("@ada and @Ada-Lovelace, cc @bob. Again @ADA")).toEqual(["ada", "ada-lovelace", "bob"]);
  });

  it("ignores e-mails, code spans, code blocks, link URLs and too-short or too-long handles", () => {
    const md =
      "mail x@y.com or ada@example.org\n\n`@inline` and\n\n```\n@block\n```\n\n[site](https://x.org/@path) @ab " + "@" + "a".repeat(31) + " (@carol) **@dave**";
    expect(extractMentions(md)).toEqual(["carol", "dave"]);
  });

  it("stops at punctuation and trailing hyphens", () => {
    expect(extractMentions("hi @ada-, @bob's idea; @eve_x")).toEqual(["ada", "bob", "eve"]);
    expect(extractMentions("")).toEqual([]);
  });
});

describe("hostile Markdown", () => {
  it("renders 2,500 nested quotes as escaped text instead of throwing", () => {
    const body = "> ".repeat(2500) + "deep <b>text</b>";
    const html = renderMarkdown(body);
    expect(html).toContain("deep &lt;b&gt;text&lt;/b&gt;");
    expect(html).not.toContain("<blockquote>");
  });

  it("keeps rendering ordinary nesting", () => {
    expect(renderMarkdown("> > quoted twice")).toContain("<blockquote>");
    expect(renderMarkdown("- a\n  - b\n    - c")).toContain("<li>");
  });

  it("shows text longer than the limit escaped", () => {
    const html = renderMarkdown("**x** ".repeat(Math.ceil(MARKDOWN_MAX_CHARS / 6) + 10));
    expect(html.startsWith("<p>**x**")).toBe(true);
  });

  it("finds no mentions in text too deep to parse", () => {
    expect(extractMentions("> ".repeat(2500) + "@ada")).toEqual([]);
  });
});

describe("markdownToText (issue 14.10: no raw markdown in feeds)", () => {
  it("drops the markup and keeps the words", () => {
    expect(markdownToText("## Why\n\n**Because** it _matters_ — see [the paper](https://example.org) & <b>more</b>.\n\n- one\n- two")).toBe(
      "Why Because it matters — see the paper & <b>more</b>. one two",
    );
    expect(markdownToText("")).toBe("");
  });
});
