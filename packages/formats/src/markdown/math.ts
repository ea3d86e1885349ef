import type { TokenizerAndRendererExtension, TokenizerThis, Tokens } from "marked";
import katex from "katex";
import { sanitizeMath } from "./math-sanitize.ts";
import { START_WINDOW } from "./mentions.ts";
import { escapeHtml } from "./escape.ts";

// Math in user Markdown (issue 16.4): `$…$` inline and `$$…$$` display, typeset by KaTeX on the server and
// in the browser alike. KaTeX runs with trust:false (no \href, \url, \includegraphics, \html…: they come out
// as plain red text, never as links or attributes), small size and macro-expansion limits, and its output
// goes through its own allowlist (math-sanitize.ts) before it joins the page. A formula that is too long,
// one past the per-text budget, or one KaTeX refuses is shown as its source text, escaped.

/** Longest formula typeset; longer ones are shown as their source. */
export const MATH_MAX_CHARS = 2_000;
/** Most formulas typeset in one text; later ones are shown as their source (a page of `$x$` stays cheap). */
export const MATH_MAX_FORMULAS = 100;
/** Largest user-given size (\rule, \kern, \raisebox…), in em. */
export const MATH_MAX_SIZE = 5;

const KATEX_OPTIONS = { throwOnError: true, trust: false, strict: "ignore", maxSize: MATH_MAX_SIZE, maxExpand: 200, output: "htmlAndMathml" } as const;

export interface MathToken extends Tokens.Generic {
  type: "math";
  raw: string;
  text: string;
  display: boolean;
}

/**
 * Where the `$` closing an inline formula that opens at src[0] is, or -1. Linear in the distance to the next
 * unescaped `$` or line end, so a line of 100k `$` costs 100k steps in all, not 100k². The prose rule: the
 * opening `$` is not followed by a space, the closing one is not preceded by a space nor followed by a digit
 * — "$5 and $10" stays prose.
 */
export function inlineClose(src: string): number {
  if (src[0] !== "$" || src.length < 3 || /\s|\$/.test(src[1]!)) return -1;
  const end = Math.min(src.length, MATH_MAX_CHARS + 2);
  for (let i = 1; i < end; i++) {
    const c = src[i];
    if (c === "\\") i++;
    else if (c === "\n") return -1;
    else if (c === "$") return /\s/.test(src[i - 1]!) || /\d/.test(src[i + 1] ?? "") ? -1 : i;
  }
  return -1;
}

/** `$$…$$` at src[0]: the index just past the closing `$$`, or -1. The first `$$` closes it. */
function displayClose(src: string): number {
  if (!src.startsWith("$$")) return -1;
  const close = src.slice(0, MATH_MAX_CHARS + 4).indexOf("$$", 2); // a longer formula is no formula: bounded work
  return close > 2 && src.slice(2, close).trim() !== "" ? close + 2 : -1;
}

/** One typeset formula (sanitized), or its source escaped when it cannot or may not be typeset. */
export function renderMath(source: string, display: boolean, budget: { left: number }): string {
  const fallback = () => `<code class="math-source">${escapeHtml(display ? `$$${source}$$` : `$${source}$`)}</code>`;
  if (source.length > MATH_MAX_CHARS || budget.left <= 0) return fallback();
  budget.left--;
  try {
    const html = sanitizeMath(katex.renderToString(source, { ...KATEX_OPTIONS, displayMode: display }));
    return `<span class="math ${display ? "math-display" : "math-inline"}">${html}</span>`; // a span: display math may sit in a paragraph
  } catch {
    return fallback();
  }
}

/**
 * Where inline math may start: the first `$` that opens a formula, looking START_WINDOW characters ahead
 * (then that point: a harmless cut). Each `$` checked costs at most the distance to the next `$`.
 */
function inlineStart(src: string): number | undefined {
  const head = src.length > START_WINDOW ? src.slice(0, START_WINDOW) : src;
  for (let i = head.indexOf("$"); i !== -1; i = head.indexOf("$", i + 1)) {
    const rest = src.slice(i);
    if (displayClose(rest) !== -1 || inlineClose(rest) !== -1) return i;
  }
  return src.length > START_WINDOW ? START_WINDOW : undefined;
}

/**
 * The marked extension; `typeset` turns a formula into the HTML that replaces it (see render.ts). Inline
 * only: a `$$…$$` paragraph is one inline display formula. (A block-level rule made marked cut a paragraph
 * at every `$$` line and rescan the rest each time: quadratic on 20k such lines.)
 */
export function mathExtensions(typeset: (token: MathToken) => string): TokenizerAndRendererExtension[] {
  const renderer = (token: Tokens.Generic) => typeset(token as MathToken);
  return [
    {
      name: "math",
      level: "inline",
      start: inlineStart,
      tokenizer(this: TokenizerThis, src: string): MathToken | undefined {
        if (this.lexer.state.inLink) return undefined;
        const end = displayClose(src);
        if (end !== -1) return { type: "math", raw: src.slice(0, end), text: src.slice(2, end - 2).trim(), display: true };
        const close = inlineClose(src);
        if (close === -1) return undefined;
        return { type: "math", raw: src.slice(0, close + 1), text: src.slice(1, close), display: false };
      },
      renderer,
    },
  ];
}
