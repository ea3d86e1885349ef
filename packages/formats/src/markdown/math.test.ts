import { describe, expect, it } from "vitest";
import { MATH_MAX_CHARS, MATH_MAX_FORMULAS, MATH_MAX_SIZE, inlineClose } from "./math.ts";
import { markdownToText, renderMarkdown } from "./render.ts";

// Issue 16.4: `$…$` and `$$…$$` typeset with KaTeX, safely — and prose with dollar amounts left alone.

const count = (html: string, needle: string) => html.split(needle).length - 1;

/** Every attribute in typeset math is one KaTeX needs; no URL, no event handler, no id, no data-*. */
function assertInertMath(html: string): void {
  expect(html).not.toMatch(/<\s*\/?\s*(script|iframe|object|embed|style|img|a|form|input|foreignobject|image|use)\b/i);
  for (const [tag] of html.matchAll(/<[a-z][^>]*>/gi)) {
    // Text is escaped ("&lt;img src=x"), so every "<" opens a real tag: only its attributes matter.
    expect(tag).not.toMatch(/\s(href|src|xlink:href|id|on[a-z]+|data-[\w-]*|action|formaction)\s*=/i);
    expect(tag).not.toMatch(/javascript:|inset-0|fixed/i);
  }
  for (const [, style] of html.matchAll(/\sstyle="([^"]*)"/g)) {
    for (const decl of style!.split(";").filter(Boolean)) {
      expect(decl, html.slice(0, 200)).toMatch(/^[a-z-]+:\s*(-?[\d.]+em|0|relative|solid|dashed|#[0-9a-f]{3,8}|[a-z]{3,20}|100%|[-\d.em ]+)$/i);
      expect(decl).not.toMatch(/position:\s*(fixed|absolute|sticky)/);
    }
  }
  for (const [, n] of html.matchAll(/:\s*(-?\d+(?:\.\d+)?)em/g)) expect(Math.abs(Number(n))).toBeLessThan(100);
  for (const [tag] of html.matchAll(/<(?!svg)[a-z]+\s[^>]*>/g))
    for (const [, n] of tag.matchAll(/="(-?\d+(?:\.\d+)?)em"/g)) expect(Math.abs(Number(n))).toBeLessThanOrEqual(20); // MathML lengths
}

describe("math — typesetting", () => {
  it("renders inline $…$ and display $$…$$ with KaTeX (HTML plus MathML for screen readers)", () => {
    const html = renderMarkdown("Attention is $\\mathrm{softmax}(QK^T/\\sqrt{d_k})V$.\n\n$$\n\\sum_{i=1}^n \\alpha_i = 1\n$$");
    expect(count(html, 'class="math math-inline"')).toBe(1);
    expect(count(html, 'class="math math-display"')).toBe(1);
    expect(html).toContain('<annotation encoding="application/x-tex">\\mathrm{softmax}(QK^T/\\sqrt{d_k})V</annotation>');
    expect(html).toContain("katex-display");
    expect(html).toMatch(/^<p>Attention is <span class="math math-inline"><span class="katex">/);
    assertInertMath(html);
  });

  it("renders $$…$$ inside a line without splitting its paragraph", () => {
    const html = renderMarkdown("so $$x^2$$ holds");
    expect(html).toMatch(/^<p>so <span class="math math-display">.*<\/span> holds<\/p>$/s);
  });

  it("keeps Markdown around math and mentions working", () => {
    const html = renderMarkdown("**bold** $a_1$ and @ada");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain('class="mention"');
    expect(count(html, "math-inline")).toBe(1);
  });

  it("leaves math in code alone", () => {
    expect(renderMarkdown("`$x$`")).toBe("<p><code>$x$</code></p>");
    expect(renderMarkdown("```\n$$x$$\n```")).not.toContain("katex");
  });
});

describe("math — prose with dollars stays prose", () => {
  for (const prose of ["It costs $5 and $10.", "between $5-$10", "US$5, or US$10", "a $ b $ c", "$5", "price: $ 20$", "\\$x\\$ escaped", "$$ alone"]) {
    it(JSON.stringify(prose), () => {
      expect(renderMarkdown(prose)).not.toContain("katex");
    });
  }

  it("closing rule: not before a digit, not after a space", () => {
    expect(inlineClose("$x$")).toBe(2);
    expect(inlineClose("$x $")).toBe(-1);
    expect(inlineClose("$x$1")).toBe(-1);
    expect(inlineClose("$ x$")).toBe(-1);
    expect(inlineClose("$a\\$b$")).toBe(5);
    expect(inlineClose("$a\nb$")).toBe(-1);
  });
});

describe("math — hostile sources", () => {
  for (const src of [
    "\\href{javascript:alert(1)}{click}",
    "\\url{javascript:alert(1)}",
    "\\href{https://evil.example}{x}",
    "\\htmlData{foo=bar}{x}",
    "\\htmlClass{fixed inset-0 z-50}{x}",
    "\\htmlStyle{position:fixed;top:0}{x}",
    "\\htmlId{login}{x}",
    "\\includegraphics{https://evil.example/p.png}",
    "\\color{javascript:alert(1)}{x}",
    "\\textcolor{red;position:fixed}{x}",
    "<script>alert(1)</script>",
    "x</annotation><img src=x onerror=alert(1)>",
    "\\text{<img src=x onerror=alert(1)>}",
  ]) {
    it(`does nothing with ${JSON.stringify(src)}`, () => {
      for (const md of [`$${src}$`, `$$${src}$$`, `$$\n${src}\n$$`]) {
        const html = renderMarkdown(md);
        assertInertMath(html);
        expect(html).not.toMatch(/<a\b/);
      }
    });
  }

  it("caps huge sizes (\\rule, \\kern, \\raisebox) at the limit", () => {
    const html = renderMarkdown("$\\rule{100000em}{100000em}\\kern{99999em}\\raisebox{5000em}{x}$");
    expect(html).toContain("katex");
    for (const [, n] of html.matchAll(/(?:height|width|border-[a-z-]*width|top|margin-right):\s*(-?[\d.]+)em/g))
      expect(Math.abs(Number(n))).toBeLessThanOrEqual(MATH_MAX_SIZE * 2);
    expect(html).not.toContain('="5000em"');
    assertInertMath(html);
  });

  it("shows a failing formula as its escaped source", () => {
    expect(renderMarkdown("bad $\\frac{<b>$ here")).toBe('<p>bad <code class="math-source">$\\frac{&lt;b&gt;$</code> here</p>');
  });

  it("stops a macro-expansion bomb (maxExpand) and shows the source", () => {
    const bomb = "\\def\\a{xx}\\def\\b{\\a\\a\\a\\a\\a\\a\\a\\a}\\def\\c{\\b\\b\\b\\b\\b\\b\\b\\b}\\def\\d{\\c\\c\\c\\c\\c\\c\\c\\c}\\d\\d\\d";
    expect(renderMarkdown(`$${bomb}$`)).toContain('class="math-source"');
  });

  it("does not let \\gdef leak from one text into the next", () => {
    renderMarkdown("$\\gdef\\evil{\\text{pwned}}x$");
    expect(renderMarkdown("$\\evil$")).toContain("math-source");
  });

  it("survives deeply nested braces", () => {
    const html = renderMarkdown(`$${"{".repeat(900)}x${"}".repeat(900)}$`);
    expect(html).toMatch(/katex|math-source/);
    expect(renderMarkdown(`$${"{".repeat(5000)}x${"}".repeat(5000)}$`)).not.toContain("katex"); // over MATH_MAX_CHARS: text
  });

  it("shows a formula longer than the limit as its text", () => {
    const html = renderMarkdown(`$${"x+".repeat(MATH_MAX_CHARS)}x$`);
    expect(html).toContain("$x+x+x+");
    expect(html).not.toContain("katex");
  });

  it("typesets at most MATH_MAX_FORMULAS formulas per text; the rest stay source", () => {
    const html = renderMarkdown("$x$ ".repeat(MATH_MAX_FORMULAS + 20));
    expect(count(html, 'class="math math-inline"')).toBe(MATH_MAX_FORMULAS);
    expect(count(html, "math-source")).toBe(20);
  });

  it("renders 100k dollar signs (and other dollar floods) as text, without typesetting or throwing", () => {
    expect(renderMarkdown("$".repeat(100_000))).not.toContain("katex");
    expect(renderMarkdown("$a ".repeat(30_000))).not.toContain("katex");
    expect(count(renderMarkdown("$$a\n".repeat(20_000)), "katex-display")).toBeLessThanOrEqual(MATH_MAX_FORMULAS); // pairs do typeset, up to the budget
  });

  it("cannot forge a typeset slot with private-use characters", () => {
    const html = renderMarkdown("$x$ \uE0000\uE001 \uE000999\uE001");
    expect(count(html, "math-inline")).toBe(1);
    expect(html).toContain("\uFFFD");
  });
});

describe("math — plain text", () => {
  it("markdownToText keeps a formula's source, not KaTeX's glyphs", () => {
    expect(markdownToText("Loss is $\\alpha^2$ here")).toBe("Loss is $\\alpha^2$ here");
  });
});
