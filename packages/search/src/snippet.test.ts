import { describe, expect, it } from "vitest";
import { buildSnippet, escapeHtml, isTokenSeparator, snippetMaker, stemMatcher } from "./snippet.ts";
import { typedQueryMatcher } from "./text/typed-match.ts";
import { words } from "./text/tokenize.ts";

/** The snippet algorithm written plainly (every token normalized and tested, no memo, no reused buffer). */
function plainSnippet(text: string, isMatch: (word: string) => boolean, maxWords: number): string {
  const tokens = text.split(/[\s\u0000-\u001f\u007f]+/).filter(Boolean);
  if (tokens.length === 0) return "";
  const matched = tokens.map((tok) => words(tok).some(isMatch));
  let best = 0;
  let bestCount = -1;
  for (let start = 0; start < Math.max(1, tokens.length - maxWords + 1); start++) {
    const count = matched.slice(start, start + maxWords).filter(Boolean).length;
    if (count > bestCount) [best, bestCount] = [start, count];
  }
  // From the start when that shows the window's first match (among 12 words) and holds its last; else opened 6
  // words before its first match (or as near as keeps every match of it inside; shorter near the end).
  if (bestCount > 0) {
    const inWindow = matched.map((m, i) => (m && i >= best && i < best + maxWords ? i : -1)).filter((i) => i >= 0);
    const [first, last] = [inWindow[0]!, inWindow[inWindow.length - 1]!];
    best = first < 12 && last < maxWords ? 0 : Math.max(0, first - Math.min(6, maxWords - (last - first + 1)));
  }
  const end = Math.min(tokens.length, best + maxWords);
  const mark = (tok: string) => {
    const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(tok)!;
    return `${escapeHtml(m[1]!)}<mark>${escapeHtml(m[2]!)}</mark>${escapeHtml(m[3]!)}`;
  };
  const body = tokens
    .slice(best, end)
    .map((tok, j) => (matched[best + j] ? mark(tok) : escapeHtml(tok)))
    .join(" ");
  return `${best > 0 ? "…" : ""}${body}${end < tokens.length ? "…" : ""}`;
}

describe("snippets", () => {
  it("escapes the text: the only markup is <mark>", () => {
    const html = buildSnippet(`<img src=x onerror=alert(1)> retrieval & "more"`, typedQueryMatcher("retrieval"));
    expect(html).toBe("&lt;img src=x onerror=alert(1)&gt; <mark>retrieval</mark> &amp; &quot;more&quot;");
  });

  it("marks words whose stem is a query term, outside punctuation", () => {
    const html = buildSnippet("We study (retrieving) documents; retrieval <b>wins</b>.", stemMatcher(new Set(["retriev"])));
    expect(html).toBe("We study (<mark>retrieving</mark>) documents; <mark>retrieval</mark> &lt;b&gt;wins&lt;/b&gt;.");
  });

  it("marks a hyphenated token when one of its words matches", () => {
    expect(buildSnippet("a state-of-the-art parser", typedQueryMatcher("parser state"))).toBe("a <mark>state-of-the-art</mark> <mark>parser</mark>");
  });

  it("marks what a typed query matched: typos and a prefix, as Meilisearch does", () => {
    const html = buildSnippet("Attention is all you need for Transformers in translation.", typedQueryMatcher("atention transfo"));
    expect(html).toBe("<mark>Attention</mark> is all you need for <mark>Transformers</mark> in translation.");
  });

  it("picks the window with the most matches and marks the cut", () => {
    const text = [...Array(50).fill("filler"), "neural", "ranking", "neural", ...Array(50).fill("tail")].join(" ");
    const html = buildSnippet(text, stemMatcher(new Set(["neural", "rank"])), 10);
    expect(html.startsWith("…")).toBe(true);
    expect(html.endsWith("…")).toBe(true);
    expect(html.match(/<mark>/g)).toHaveLength(3);
    expect(html.replace(/…/g, "").split(" ")).toHaveLength(10);
  });

  it("opens a few words before the first match, so the lines a result list shows hold the marks", () => {
    const filler = (word: string, count: number) => Array(count).fill(word).join(" ");
    const html = buildSnippet(`${filler("before", 100)} graph ${filler("after", 100)}`, typedQueryMatcher("graph"), 40);
    expect(html.startsWith(`…${filler("before", 6)} <mark>graph</mark> after`)).toBe(true);
    expect(html.split(" ")).toHaveLength(40);
    // Matches that fill the window leave no room before them; near the end of the text the window is shorter.
    const dense = buildSnippet(`${filler("x", 20)} ${filler("graph", 10)} ${filler("y", 3)}`, typedQueryMatcher("graph"), 10);
    expect(dense).toBe(`…${filler("<mark>graph</mark>", 10)}…`);
    const late = buildSnippet(`${filler("x", 20)} graph y`, typedQueryMatcher("graph"), 10);
    expect(late).toBe(`…${filler("x", 6)} <mark>graph</mark> y`);
    // A match among the first 12 words is shown from the text's start.
    expect(buildSnippet(`${filler("x", 11)} graph ${filler("y", 40)}`, typedQueryMatcher("graph"), 40)).toBe(
      `${filler("x", 11)} <mark>graph</mark> ${filler("y", 28)}…`,
    );
    expect(buildSnippet(`${filler("x", 12)} graph ${filler("y", 40)}`, typedQueryMatcher("graph"), 40)).toBe(
      `…${filler("x", 6)} <mark>graph</mark> ${filler("y", 33)}…`,
    );
  });

  it("without matches it is the opening of the text", () => {
    expect(buildSnippet("one two three four", typedQueryMatcher("zzz"), 2)).toBe("one two…");
    expect(buildSnippet("   ", typedQueryMatcher("x"))).toBe("");
    expect(escapeHtml("<'&\">")).toBe("&lt;&#39;&amp;&quot;&gt;");
  });

  it("a page's maker gives every text the snippet the plain algorithm gives it (tokens remembered across texts)", () => {
    // Seeded: the same mix of cases, punctuation, markup, diacritics and hyphens every run.
    let seed = 7;
    // 32-bit LCG in integer arithmetic; its high bits (the low ones repeat with short periods).
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8;
    const vocabulary = [
      "Retrieval",
      "retrieval,",
      "(retrieval)",
      "retrieving",
      "index",
      "Indexes.",
      "the",
      "of",
      "café",
      "state-of-the-art",
      "<b>",
      "R&D",
      "x",
      "ranking;",
      "RETRIEVAL",
      "retreival",
      "don't",
      "O'Brien's",
      "'indexing'",
      "GPT-4",
      "2019",
      "naïve",
      "Straße",
      "日本語",
      "ré-trieval",
      "stochastic",
      "differential",
      "stochastically",
    ];
    // Whitespace a regular expression's \s knows beyond the space, and control characters, also separate tokens.
    const separators = [" ", " ", "\n ", "\u00a0", "\u2009", "\u3000", "\ufeff", "\u0007", " \u2028"];
    // Short and long texts alternate (one past the maker's first buffer of 256 tokens after a short one).
    const texts = Array.from({ length: 30 }, (_, i) =>
      Array.from({ length: 1 + (next() % (i % 3 === 0 ? 400 : 25)) }, () => vocabulary[next() % vocabulary.length]).join(
        separators[next() % separators.length],
      ),
    );
    for (const [isMatch, maxWords] of [
      [typedQueryMatcher("retrieval index"), 40],
      [stemMatcher(new Set(["retriev", "rank"])), 10],
      [typedQueryMatcher("cafe stat"), 5],
      // Two-typo words: any first letter may match, only the length rules words out.
      [typedQueryMatcher("stochastic diferential"), 8],
      [typedQueryMatcher("dont brien 4"), 12],
      // "O'Brien's" is the one word obriens: the apostrophe joins, it does not split.
      [typedQueryMatcher("obriens"), 3],
      [stemMatcher(new Set(["stochast", "differenti", "2019", "gpt"])), 6],
      [(word: string) => word === "naive" || word === "strasse", 7],
    ] as const) {
      const page = snippetMaker(isMatch, maxWords);
      const plain = texts.map((t) => plainSnippet(t, isMatch, maxWords));
      expect(texts.map(page)).toEqual(plain);
      expect(texts.map((t) => buildSnippet(t, isMatch, maxWords))).toEqual(plain);
      expect(plain.some((s) => s.includes("<mark>"))).toBe(true);
      expect(plain.some((s) => !s.includes("<mark>"))).toBe(true);
    }
  });

  it("splits tokens where /[\\s\\u0000-\\u001f\\u007f]/ does, over every UTF-16 code unit", () => {
    const separator = /[\s\u0000-\u001f\u007f]/;
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isTokenSeparator(c) !== separator.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it("a matcher accepts no word its first character or length rules out (snippets skip such words unread)", () => {
    const vocabulary = words(
      "graph graphs grpah nueral neural networks netwroks Retrieval retreival retrieving stochastic stochastically diferential differential " +
        "equations equation transformers tranformers attention atention a an of x 4 2019 gpt naive strasse cafe state art brien dont",
    );
    const matchers = [
      typedQueryMatcher("grpah nueral netwroks"),
      typedQueryMatcher("stochastic diferential equations"),
      typedQueryMatcher("tranformers attenton "),
      typedQueryMatcher("a"),
      typedQueryMatcher("4 gpt"),
      typedQueryMatcher("!!"),
      stemMatcher(new Set(["graph", "retriev", "stochast", "2019"])),
    ];
    let accepted = 0;
    for (const matcher of matchers)
      for (const word of vocabulary) {
        if (!matcher(word)) continue;
        accepted++;
        expect(word.length).toBeGreaterThanOrEqual(matcher.minLength);
        if (matcher.firstChars) expect(matcher.firstChars.has(word.charCodeAt(0))).toBe(true);
      }
    expect(accepted).toBeGreaterThan(10);
  });
});
