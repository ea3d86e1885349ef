import { stem, words } from "./text/tokenize.ts";

// Snippets are HTML-safe text whose only markup is <mark>…</mark>, built here for both query paths
// from the stored abstract: everything is escaped, then matched words are wrapped. Measured per page
// of 20 hits: Meilisearch's own crop + highlight added ~1.5 ms to its answer (on the one shared search
// server); this costs ~0.3 ms of CPU in the web process (snippetMaker), which scales out.

const HTML_SPECIAL = /[&<>"']/;
const HTML_SPECIALS = /[&<>"']/g;
const HTML_ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** `text` with & < > " ' as entities (most snippet words hold none: one test, no copy). */
export function escapeHtml(text: string): string {
  return HTML_SPECIAL.test(text) ? text.replace(HTML_SPECIALS, (c) => HTML_ENTITY[c]!) : text;
}

const TOKEN_SEPARATOR = /[\s\u0000-\u001f\u007f]+/;
/** Most tokens of an abstract: one ASCII word, whose only normalized word is itself in lowercase (as `words` yields it). */
const PLAIN_WORD = /^[A-Za-z0-9]+$/;

/** Long queries: a word matches when its Porter stem is one of the query's. */
export function stemMatcher(queryStems: ReadonlySet<string>): (word: string) => boolean {
  return (word) => word.length > 1 && queryStems.has(stem(word));
}

/** Raw tokens remembered per snippet maker; past this the memo starts again (an abstract is bounded, a page is 20 of them). */
const TOKEN_MEMO_MAX = 20_000;

/**
 * Snippets for one page of hits: the window of `maxWords` words of each text holding the most matches, with
 * matched words marked. `isMatch` gets the words of each space-separated token normalized (lowercase,
 * no diacritics, letters and digits only; "state-of-the-art" → state, of, the, art): `stemMatcher`
 * for long queries, `typedQueryMatcher` for short ones. A page's abstracts repeat most tokens ("the", "of",
 * "retrieval,"), so each distinct raw token is normalized and tested once per maker: measured on the latency
 * bench's 40 short-path pages at 100k papers, 0.38 → 0.30 ms of CPU per page of 20 snippets.
 */
export function snippetMaker(isMatch: (word: string) => boolean, maxWords = 40): (text: string) => string {
  const memo = new Map<string, boolean>();
  const tokenMatches = (token: string): boolean => {
    let hit = memo.get(token);
    if (hit === undefined) {
      hit = PLAIN_WORD.test(token) ? isMatch(token.toLowerCase()) : words(token).some(isMatch);
      if (memo.size >= TOKEN_MEMO_MAX) memo.clear();
      memo.set(token, hit);
    }
    return hit;
  };
  let matched = new Uint8Array(256);
  return (text) => {
    const tokens = text.split(TOKEN_SEPARATOR);
    // The separator matches runs, so only the ends can be empty.
    if (tokens.length > 0 && tokens[tokens.length - 1] === "") tokens.pop();
    if (tokens.length > 0 && tokens[0] === "") tokens.shift();
    if (tokens.length === 0) return "";
    if (tokens.length > matched.length) matched = new Uint8Array(tokens.length * 2);
    let best = 0;
    let bestCount = -1;
    let count = 0;
    for (let i = 0; i < tokens.length; i++) {
      const hit = tokenMatches(tokens[i]!) ? 1 : 0;
      matched[i] = hit;
      count += hit;
      if (i >= maxWords) count -= matched[i - maxWords]!;
      if (count > bestCount) {
        bestCount = count;
        best = Math.max(0, i - maxWords + 1);
      }
    }
    const end = Math.min(tokens.length, best + maxWords);
    let body = "";
    for (let i = best; i < end; i++) {
      if (i > best) body += " ";
      body += matched[i] ? markWord(tokens[i]!) : escapeHtml(tokens[i]!);
    }
    return `${best > 0 ? "…" : ""}${body}${end < tokens.length ? "…" : ""}`;
  };
}

/** One snippet (see snippetMaker; a page of hits shares one maker). */
export function buildSnippet(text: string, isMatch: (word: string) => boolean, maxWords = 40): string {
  return snippetMaker(isMatch, maxWords)(text);
}

/** Mark the word inside a token, leaving punctuation around it unmarked ("(retrieval)," → "(<mark>retrieval</mark>),"). */
function markWord(token: string): string {
  const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(token);
  if (!m) return escapeHtml(token);
  return `${escapeHtml(m[1]!)}<mark>${escapeHtml(m[2]!)}</mark>${escapeHtml(m[3]!)}`;
}
