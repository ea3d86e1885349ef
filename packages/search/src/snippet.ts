import { stem, words } from "./text/tokenize.ts";
import { wordMatcher, type WordMatcher } from "./text/typed-match.ts";
import { grown } from "./typed-array.ts";

// Snippets are HTML-safe text whose only markup is <mark>…</mark>, built here for both query paths
// from the stored abstract: everything is escaped, then matched words are wrapped. Measured per page
// of 20 hits: Meilisearch's own crop + highlight added ~1.5 ms to its answer (on the one shared search
// server); this costs ~0.2 ms of CPU in the web process (snippetMaker), which scales out.

const HTML_SPECIAL = /[&<>"']/;
const HTML_SPECIALS = /[&<>"']/g;
const HTML_ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** `text` with & < > " ' as entities (most snippet words hold none: one test, no copy). */
export function escapeHtml(text: string): string {
  return HTML_SPECIAL.test(text) ? text.replace(HTML_SPECIALS, (c) => HTML_ENTITY[c]!) : text;
}

/** Most tokens of an abstract: one ASCII word, whose only normalized word is itself in lowercase (as `words` yields it). */
const PLAIN_WORD = /^[A-Za-z0-9]+$/;

/**
 * What separates the tokens of a text: whitespace as JavaScript's `\s` has it, and control characters
 * (`/[\s\u0000-\u001f\u007f]/`; a test holds the two equal over every UTF-16 code unit).
 */
export function isTokenSeparator(c: number): boolean {
  if (c <= 0x20 || c === 0x7f) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Long queries: a word matches when its Porter stem is one of the query's (a stem keeps its word's first letter). */
export function stemMatcher(queryStems: ReadonlySet<string>): WordMatcher {
  const firstChars = new Set([...queryStems].map((s) => s.charCodeAt(0)));
  return wordMatcher((word) => word.length > 1 && queryStems.has(stem(word)), firstChars, 2);
}

/** Raw tokens remembered per snippet maker; past this the memo starts again (an abstract is bounded, a page is 20 of them). */
const TOKEN_MEMO_MAX = 20_000;

/** ASCII characters by what they are to a token: a separator, a letter or digit (its lowercase char code), an apostrophe, other. */
const SEPARATOR = -1;
const APOSTROPHE = -2;
const OTHER = 0;
const ASCII_CLASS = Int16Array.from({ length: 128 }, (_, c) => {
  if (isTokenSeparator(c)) return SEPARATOR;
  if (c === 0x27) return APOSTROPHE;
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) return c;
  return OTHER;
});

/** Tokens of one text: offsets, and whether each may match (0: an ASCII token no word of which the matcher can accept). */
interface Tokens {
  count: number;
  starts: Int32Array<ArrayBuffer>;
  ends: Int32Array<ArrayBuffer>;
  flags: Uint8Array<ArrayBuffer>;
}

/**
 * Split `text` into tokens in one pass by character, reading each ASCII token's words as `words` does
 * (apostrophes dropped, runs of letters and digits) only far enough to know whether one of them has an
 * admitted first character (`firstOk`) and at least `minLength` characters. Non-ASCII tokens are always flagged.
 */
function scanTokens(text: string, tokens: Tokens, firstOk: Uint8Array, minLength: number): void {
  const length = text.length;
  let { starts, ends, flags } = tokens;
  let n = 0;
  let k = 0;
  while (k < length) {
    let c = text.charCodeAt(k);
    let cls = c < 0x80 ? ASCII_CLASS[c]! : isTokenSeparator(c) ? SEPARATOR : OTHER;
    if (cls === SEPARATOR) {
      k++;
      continue;
    }
    const start = k;
    let flag = 0;
    let first = 0;
    let wordLength = 0;
    for (;;) {
      if (c >= 0x80) flag = 1;
      else if (cls > 0) {
        if (wordLength++ === 0) first = cls;
      } else if (cls === OTHER && wordLength > 0) {
        if (wordLength >= minLength && firstOk[first] === 1) flag = 1;
        wordLength = 0;
      }
      if (++k === length) break;
      c = text.charCodeAt(k);
      cls = c < 0x80 ? ASCII_CLASS[c]! : isTokenSeparator(c) ? SEPARATOR : OTHER;
      if (cls === SEPARATOR) break;
    }
    if (wordLength >= minLength && firstOk[first] === 1) flag = 1;
    if (n === flags.length) {
      starts = grown(starts, Int32Array);
      ends = grown(ends, Int32Array);
      flags = grown(flags, Uint8Array);
      Object.assign(tokens, { starts, ends, flags });
    }
    starts[n] = start;
    ends[n] = k;
    flags[n] = flag;
    n++;
  }
  tokens.count = n;
}

/**
 * Snippets for one page of hits: the window of `maxWords` words of each text holding the most matches, with
 * matched words marked. `isMatch` gets the words of each token (a run between separators) normalized
 * (lowercase, no diacritics, letters and digits only; "state-of-the-art" → state, of, the, art):
 * `stemMatcher` for long queries, `typedQueryMatcher` for short ones.
 *
 * The text is scanned once, by character (scanTokens). An ASCII token none of whose words has a first character
 * and a length the matcher can accept (WordMatcher) is no match, and no string is made for it: most tokens of an
 * abstract. Other tokens are normalized and tested once per maker (a page's abstracts repeat most of them), and
 * strings are cut only for the window shown. Measured on the latency bench's 40 short-path pages at 100k papers
 * (bench/RESULTS.md).
 */
export function snippetMaker(isMatch: WordMatcher | ((word: string) => boolean), maxWords = 40): (text: string) => string {
  const firstChars = (isMatch as Partial<WordMatcher>).firstChars ?? null;
  const minLength = (isMatch as Partial<WordMatcher>).minLength ?? 0;
  // A first character is ASCII here (only ASCII tokens are read), so 128 entries are all of them.
  const firstOk = new Uint8Array(128);
  for (let c = 0; c < 128; c++) if (firstChars === null || firstChars.has(c)) firstOk[c] = 1;
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
  const tokens: Tokens = { count: 0, starts: new Int32Array(256), ends: new Int32Array(256), flags: new Uint8Array(256) };
  return (text) => {
    scanTokens(text, tokens, firstOk, minLength);
    const { count: n, starts, ends, flags: matched } = tokens;
    if (n === 0) return "";
    let best = 0;
    let bestCount = -1;
    let count = 0;
    for (let i = 0; i < n; i++) {
      // A flagged token is a match only if the matcher says so; from here `matched` holds matches.
      if (matched[i] === 1 && !tokenMatches(text.slice(starts[i], ends[i]))) matched[i] = 0;
      count += matched[i]!;
      if (i >= maxWords) count -= matched[i - maxWords]!;
      if (count > bestCount) {
        bestCount = count;
        best = Math.max(0, i - maxWords + 1);
      }
    }
    if (bestCount > 0) best = leadIn(matched, best, Math.min(n, best + maxWords), maxWords);
    const end = Math.min(n, best + maxWords);
    let body = "";
    for (let i = best; i < end; i++) {
      if (i > best) body += " ";
      const token = text.slice(starts[i], ends[i]);
      body += matched[i] ? markWord(token) : escapeHtml(token);
    }
    return `${best > 0 ? "…" : ""}${body}${end < n ? "…" : ""}`;
  };
}

/** Words of context before a window's first match. */
const LEAD_WORDS = 6;
/** A match among the first this many words is in the lines a result list shows (about 15 words on a phone). */
const SHOWN_WORDS = 12;

/**
 * Where the window [start, end) should start so that the lines a result list shows hold its marks, and it still
 * holds every match it held. The scan finds the first window reaching the most matches, which ends at its last
 * match: the marks would be cut off. So it starts at the text's start when that shows its first match and holds
 * its last, else LEAD_WORDS before its first match (near the end of the text it is then shorter).
 */
function leadIn(matched: Uint8Array, start: number, end: number, maxWords: number): number {
  let first = start;
  while (!matched[first]) first++;
  let last = end - 1;
  while (!matched[last]) last--;
  if (first < SHOWN_WORDS && last < maxWords) return 0;
  return Math.max(0, first - Math.min(LEAD_WORDS, maxWords - (last - first + 1)));
}

/** One snippet (see snippetMaker; a page of hits shares one maker). */
export function buildSnippet(text: string, isMatch: WordMatcher | ((word: string) => boolean), maxWords = 40): string {
  return snippetMaker(isMatch, maxWords)(text);
}

/** Mark the word inside a token, leaving punctuation around it unmarked ("(retrieval)," → "(<mark>retrieval</mark>),"). */
function markWord(token: string): string {
  const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(token);
  if (!m) return escapeHtml(token);
  return `${escapeHtml(m[1]!)}<mark>${escapeHtml(m[2]!)}</mark>${escapeHtml(m[3]!)}`;
}
