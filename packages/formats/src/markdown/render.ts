// Markdown for user-written text (annotation bodies, list descriptions, item notes), rendered to HTML
// that is safe to inject — on the server and in the browser alike (marked + sanitize-html, no DOM).
// Two layers: marked never passes raw HTML through (it is shown as text), and sanitize-html then
// enforces a tag/attribute/URL-scheme allowlist on whatever marked produced.
import { Marked, type Tokens } from "marked";
import sanitizeHtml from "sanitize-html";
import { mathExtensions, renderMath, MATH_MAX_FORMULAS } from "./math.ts";
import { mentionExtension, type MentionToken } from "./mentions.ts";
import { escapeHtml } from "./escape.ts";

export const LINK_REL = "nofollow noopener noreferrer ugc";

// Math (math.ts) is typeset and sanitized on its own allowlist, then stands in the Markdown as a placeholder
// (private-use characters, removed from the input first) that replaces it after the Markdown's sanitize pass:
// the allowlist below never has to admit KaTeX's spans, styles, SVG or MathML.
const SLOT_OPEN = "\uE000";
const SLOT_CLOSE = "\uE001";
const SLOT = /\uE000(\d+)\uE001/g;
let typeset: string[] = [];
let budget = { left: MATH_MAX_FORMULAS };
let mathAsSource = false;

// A private instance: marked.use() on the shared default would leak these rules to other callers.
const marked = new Marked({
  gfm: true,
  breaks: true, // comments are typed in a textarea: a newline is a line break
  async: false,
  extensions: [
    mentionExtension,
    ...mathExtensions((token) => {
      typeset.push(mathAsSource ? escapeHtml(token.raw) : renderMath(token.text, token.display, budget));
      return `${SLOT_OPEN}${typeset.length - 1}${SLOT_CLOSE}`;
    }),
  ],
  renderer: {
    html(token: Tokens.HTML | Tokens.Tag) {
      const text = escapeHtml(token.text);
      return token.block ? `<p>${text}</p>\n` : text;
    },
    // Images become plain links: no remote fetches (tracking pixels) and no data: payloads.
    image({ href, text }: Tokens.Image) {
      return `<a href="${escapeHtml(href)}">${escapeHtml(text || href)}</a>`;
    },
    checkbox({ checked }: Tokens.Checkbox) {
      return checked ? "[x] " : "[ ] ";
    },
  },
});

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "hr",
    "strong",
    "em",
    "del",
    "s",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: {
    a: ["href", "title", "rel", "class"],
    ol: ["start"],
    th: ["align"],
    td: ["align"],
    code: ["class"],
  },
  allowedClasses: { a: ["mention"], code: ["language-*"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href", "src", "cite", "action", "formaction", "xlink:href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: LINK_REL } }),
  },
};

/** Longest text rendered as Markdown; longer text is shown as escaped plain text. */
export const MARKDOWN_MAX_CHARS = 100_000;
/** Deepest nesting of block quotes and lists rendered; deeper text is shown as escaped plain text. */
export const MARKDOWN_MAX_DEPTH = 20;

// Each "> ", "- ", "* ", "+ " or "1. " at a line's start opens one more nested block; marked recurses per level.
const BLOCK_PREFIX = /^(?:[ \t]{0,3}(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?)+/;

function nestingDepth(md: string): number {
  let deepest = 0;
  for (const line of md.split("\n")) {
    const prefix = BLOCK_PREFIX.exec(line)?.[0];
    if (!prefix) continue;
    const depth = (prefix.match(/>|[-*+]|\d{1,9}[.)]/g) ?? []).length;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

/** The text itself, escaped, with its line breaks: what is shown when Markdown cannot be rendered. */
export function plainTextHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, "<br />")}</p>`)
    .join("\n");
}

/**
 * Renders user markdown to sanitized HTML. Never throws: text that is too long or nested too deeply, or
 * that makes the renderer fail, is shown escaped as plain text (a stored body must never take a page or an
 * API answer down). Empty input gives "".
 */
export function renderMarkdown(md: string): string {
  return render(md, false);
}

function render(md: string, mathSource: boolean): string {
  if (typeof md !== "string" || md.trim() === "") return "";
  if (md.length > MARKDOWN_MAX_CHARS || nestingDepth(md) > MARKDOWN_MAX_DEPTH) return plainTextHtml(md);
  typeset = [];
  budget = { left: MATH_MAX_FORMULAS };
  mathAsSource = mathSource;
  try {
    const html = marked.parse(md.replace(/[\uE000\uE001]/g, "\uFFFD"), { async: false }) as string;
    const done = typeset;
    return sanitizeHtml(html, SANITIZE)
      .replace(SLOT, (_, i: string) => done[Number(i)] ?? "")
      .trim();
  } catch {
    return plainTextHtml(md);
  } finally {
    typeset = [];
  }
}

/** Unique lower-case handles mentioned in `md` ("@ada"), ignoring code, links' URLs and e-mail addresses. */
export function extractMentions(md: string): string[] {
  if (typeof md !== "string" || !md.includes("@")) return [];
  if (md.length > MARKDOWN_MAX_CHARS || nestingDepth(md) > MARKDOWN_MAX_DEPTH) return [];
  const found = new Set<string>();
  try {
    marked.walkTokens(marked.lexer(md), (token) => {
      if (token.type === "mention") found.add((token as MentionToken).handle);
    });
  } catch {
    return [];
  }
  return [...found];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: " " };

/**
 * User markdown as plain text, for places that show no markup (a feed's channel description, a one-line
 * preview in an activity feed): rendered and sanitized first, then the tags dropped — "**Why** it matters"
 * reads "Why it matters", never with its asterisks. Paragraphs and list items become spaces.
 */
export function markdownToText(md: string): string {
  return render(md, true) // math as its source: "$\\alpha$", not KaTeX's glyphs twice over
    .replace(/<\/(p|li|h[1-6]|blockquote|pre|tr)>|<br\s*\/?>/gi, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name]!)
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/\s+/g, " ")
    .trim();
}
