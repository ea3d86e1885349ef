import { stemmer } from "stemmer";
import { DOC_STOPWORDS, QUERY_STOPWORDS } from "./stopwords.ts";

// One analyzer for both sides of the long-query path: the `terms` field written at indexing
// time, document frequencies, and the query. Meilisearch does not stem, so we stem before it
// ever sees the text and only ever match stems against stems.

/** Lowercase, strip diacritics (as Meilisearch's tokenizer does), drop apostrophes. */
export function normalize(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "");
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Lowercased alphanumeric words, in order. */
export function words(text: string): string[] {
  // Most text is plain ASCII: the same words without NFKD and Unicode property classes (≈5× faster;
  // snippets and the indexed `terms` field run this on every token).
  if (PRINTABLE_ASCII.test(text))
    return (
      text
        .toLowerCase()
        .replace(/'/g, "")
        .match(/[a-z0-9]+/g) ?? []
    );
  return normalize(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Words kept stemmed. A snippet stems every word of 20 abstracts per search; measured, stemming was most
 * of the snippet cost. Bounded in entries and in size: only words of 3–24 letters are kept (any longer
 * word in a hostile query is stemmed each time), and each kept word is a copy, never a slice that would
 * hold the query or abstract it was cut from in memory. At most ~8 MB.
 */
export const STEM_CACHE_MAX = 50_000;
const STEM_CACHE_MAX_WORD = 24;
const stems = new Map<string, string>();

/** Porter stem for alphabetic words of 3+ letters; numbers and short tokens stay as they are. */
export function stem(word: string): string {
  if (word.length <= 2 || !/^[a-z]+$/.test(word)) return word;
  if (word.length > STEM_CACHE_MAX_WORD) return stemmer(word);
  const known = stems.get(word);
  if (known !== undefined) return known;
  const key = Buffer.from(word, "latin1").toString("latin1");
  const out = stemmer(key); // at most a slice of `key`, which is kept anyway
  // Emptied when full: bounded under any input, and the words of ordinary text are back within a few searches.
  if (stems.size >= STEM_CACHE_MAX) stems.clear();
  stems.set(key, out);
  return out;
}

/** For tests: how many words the stem cache holds. */
export function stemCacheSize(): number {
  return stems.size;
}

export interface AnalyzeOptions {
  /** Which stopword list to drop; defaults to the document-side list. */
  stopwords?: ReadonlySet<string>;
  /** Porter stemming (default true). */
  stem?: boolean;
}

/** Text → index terms: words minus stopwords and 1-char tokens, stemmed. */
export function analyze(text: string, options: AnalyzeOptions = {}): string[] {
  const stopwords = options.stopwords ?? DOC_STOPWORDS;
  const doStem = options.stem ?? true;
  const out: string[] = [];
  for (const w of words(text)) {
    if (w.length < 2 || stopwords.has(w)) continue;
    out.push(doStem ? stem(w) : w);
  }
  return out;
}

/** Query text → terms, using the query-side stopword list (request filler removed). */
export function analyzeQuery(text: string): string[] {
  return analyze(text, { stopwords: QUERY_STOPWORDS });
}
