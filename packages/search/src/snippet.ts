import { normalize, stem } from "./text/tokenize.ts";

// Snippets are HTML-safe text whose only markup is <mark>…</mark>. Meilisearch does not
// escape document text in `_formatted`, so we ask it for private sentinel tags, escape
// everything, then turn the sentinels into <mark>.

export const MARK_PRE = "\u0002";
export const MARK_POST = "\u0003";

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** Meilisearch `_formatted` text (with sentinel tags) → safe snippet HTML. */
export function sentinelToHtml(formatted: string): string {
  // toPaperDocument strips control characters, so the sentinels can only come from Meilisearch.
  return escapeHtml(formatted).replaceAll(MARK_PRE, "<mark>").replaceAll(MARK_POST, "</mark>");
}

/**
 * Our own snippet for long queries (Meilisearch never saw the whole query): take the window of
 * `maxWords` words holding the most query-term matches, mark words whose stem is a query term.
 */
export function buildSnippet(text: string, queryStems: ReadonlySet<string>, maxWords = 40): string {
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim();
  if (!clean) return "";
  const tokens = clean.split(" ");
  const isMatch = tokens.map((tok) => {
    const word = normalize(tok).replace(/[^\p{L}\p{N}]+/gu, "");
    return word.length > 1 && queryStems.has(stem(word));
  });
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (isMatch[i]) count++;
    if (i >= maxWords && isMatch[i - maxWords]) count--;
    const start = Math.max(0, i - maxWords + 1);
    if (count > bestCount) {
      bestCount = count;
      best = start;
    }
  }
  const end = Math.min(tokens.length, best + maxWords);
  const body = tokens
    .slice(best, end)
    .map((tok, j) => (isMatch[best + j] ? markWord(tok) : escapeHtml(tok)))
    .join(" ");
  return `${best > 0 ? "…" : ""}${body}${end < tokens.length ? "…" : ""}`;
}

/** Mark the word inside a token, leaving punctuation around it unmarked ("(retrieval)," → "(<mark>retrieval</mark>),"). */
function markWord(token: string): string {
  const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(token);
  if (!m) return escapeHtml(token);
  return `${escapeHtml(m[1]!)}<mark>${escapeHtml(m[2]!)}</mark>${escapeHtml(m[3]!)}`;
}
