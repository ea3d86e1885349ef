import { MIN_WORD_SIZE_FOR_TYPOS } from "../settings.ts";
import { words } from "./tokenize.ts";

// Which words of a document a typed (short) query matched, following the rules the index is
// configured with (settings.ts typoTolerance) so the snippet marks what Meilisearch matched:
// one typo from 5 letters, two from 9, a typo on the first letter counts as two, none on numbers,
// and the last word of the query also matches as a prefix (people are still typing it).

const { oneTypo: ONE_TYPO, twoTypos: TWO_TYPOS } = MIN_WORD_SIZE_FOR_TYPOS;
const MIN_PREFIX = 2;

function allowedTypos(term: string): number {
  if (/^\p{N}+$/u.test(term)) return 0;
  return term.length >= TWO_TYPOS ? 2 : term.length >= ONE_TYPO ? 1 : 0;
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), stopping above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  return alignment(a, b, max, false);
}

/** The least edit distance between `term` and any prefix of `word`, stopping above `max`. */
export function prefixDistance(term: string, word: string, max: number): number {
  return alignment(term, word.slice(0, term.length + max), max, true);
}

// Three rows of the dynamic programme, reused across calls (grown for longer words).
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** D[a.length][b.length], or with `anyPrefixOfB` the least D[a.length][j] over j; max + 1 when above max. */
function alignment(a: string, b: string, max: number, anyPrefixOfB: boolean): number {
  if (b.length + 1 > rows[0].length) rows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  let [prev2, prev, row] = rows;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, prev2[j - 2]! + 1);
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, row] = [prev, row, prev2];
  }
  let result = prev[b.length]!;
  if (anyPrefixOfB) for (let j = 0; j < b.length; j++) result = Math.min(result, prev[j]!);
  return Math.min(result, max + 1);
}

interface Term {
  text: string;
  /** Typos allowed for this term. */
  allowed: number;
  /** The last term of a query still being typed matches as a prefix. */
  prefix: boolean;
}

function matchesTerm(word: string, term: Term): boolean {
  const t = term.text;
  if (word === t) return true;
  if (term.prefix && t.length >= MIN_PREFIX && word.startsWith(t)) return true;
  // A typo on the first letter counts twice: it leaves one edit fewer for the rest.
  const maxEdits = term.allowed - (word.charCodeAt(0) === t.charCodeAt(0) ? 0 : 1);
  if (maxEdits < 1) return false;
  if (editDistance(word, t, maxEdits) <= maxEdits) return true;
  return term.prefix && word.length > t.length - maxEdits && prefixDistance(t, word, maxEdits) <= maxEdits;
}

/**
 * A test for normalized document words (lowercase, no diacritics, letters and digits only, as `words()`
 * yields them), with what every word it accepts has in common: snippets (snippet.ts) rule out most words of
 * a text from these two facts alone, without building the word.
 */
export interface WordMatcher {
  (word: string): boolean;
  /** Every accepted word starts with one of these characters (char codes); null: with any. */
  readonly firstChars: ReadonlySet<number> | null;
  /** Every accepted word has at least this many characters. */
  readonly minLength: number;
}

export function wordMatcher(test: (word: string) => boolean, firstChars: ReadonlySet<number> | null, minLength: number): WordMatcher {
  return Object.assign(test, { firstChars, minLength });
}

/**
 * `query` as typed → a test for normalized document words. Results are memoized per matcher: a page of
 * snippets repeats most words.
 */
export function typedQueryMatcher(query: string): WordMatcher {
  const typed = words(query);
  const lastIsPrefix = !/\s$/.test(query);
  const terms: Term[] = typed.map((text, i) => ({ text, allowed: allowedTypos(text), prefix: lastIsPrefix && i === typed.length - 1 }));
  const memo = new Map<string, boolean>();
  // Without a two-typo term, a word can only match a term it shares the first letter with (a typo
  // there counts twice): most words of a text are ruled out before any lookup. No match is shorter than a
  // term less its typos (a prefix match is longer than the term).
  const firstChars = terms.some((t) => t.allowed === 2) ? null : new Set(terms.map((t) => t.text.charCodeAt(0)));
  const minLength = terms.reduce((least, t) => Math.min(least, t.text.length - t.allowed), Infinity);
  return wordMatcher(
    (word) => {
      if (word.length < minLength || (firstChars && !firstChars.has(word.charCodeAt(0)))) return false;
      let hit = memo.get(word);
      if (hit === undefined) {
        hit = terms.some((term) => matchesTerm(word, term));
        memo.set(word, hit);
      }
      return hit;
    },
    firstChars,
    minLength,
  );
}
