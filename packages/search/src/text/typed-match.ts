import { words } from "./tokenize.ts";

// Which words of a document a typed (short) query matched, following the rules the index is
// configured with (settings.ts typoTolerance) so the snippet marks what Meilisearch matched:
// one typo from 5 letters, two from 9, a typo on the first letter counts as two, none on numbers,
// and the last word of the query also matches as a prefix (people are still typing it).

const ONE_TYPO = 5;
const TWO_TYPOS = 9;
const MIN_PREFIX = 2;

function allowedTypos(term: string): number {
  if (/^\p{N}+$/u.test(term)) return 0;
  return term.length >= TWO_TYPOS ? 2 : term.length >= ONE_TYPO ? 1 : 0;
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), stopping above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

function typos(word: string, term: string, allowed: number): number {
  const firstLetter = word[0] === term[0] ? 0 : 1;
  return editDistance(word, term, allowed) + firstLetter;
}

function matchesTerm(word: string, term: string, asPrefix: boolean): boolean {
  if (word === term) return true;
  const allowed = allowedTypos(term);
  if (asPrefix && term.length >= MIN_PREFIX && word.startsWith(term)) return true;
  if (allowed === 0) return false;
  if (typos(word, term, allowed) <= allowed) return true;
  if (!asPrefix) return false;
  for (let length = term.length - allowed; length <= term.length + allowed; length++) {
    if (length >= MIN_PREFIX && length < word.length && typos(word.slice(0, length), term, allowed) <= allowed) return true;
  }
  return false;
}

/**
 * `query` as typed → a test for normalized document words (lowercase, no diacritics, letters and
 * digits only, as `words()` yields them). Results are memoized per matcher: a page of snippets
 * repeats most words.
 */
export function typedQueryMatcher(query: string): (word: string) => boolean {
  const terms = words(query);
  const lastIsPrefix = terms.length > 0 && !/\s$/.test(query);
  const memo = new Map<string, boolean>();
  return (word) => {
    if (!word) return false;
    let hit = memo.get(word);
    if (hit === undefined) {
      hit = terms.some((term, i) => matchesTerm(word, term, lastIsPrefix && i === terms.length - 1));
      memo.set(word, hit);
    }
    return hit;
  };
}
