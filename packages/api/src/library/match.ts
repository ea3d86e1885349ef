import { buildSnippet, typedQueryMatcher, words } from "@commonplace/search";

// Full-text search over one person's library, in the API process, with the search index's typo rules
// (packages/search typed-match: one typo from 5 letters, two from 9, the last word also a prefix while typed).
// Why here and not Meilisearch: notes and annotations are private, and a library is bounded (LIBRARY_MAX), so
// matching the caller's own rows after PostgreSQL loaded them keeps private text out of any shared index —
// nothing to filter per user, nothing that can leak. Every word of the query must match somewhere.

export type MatchField = "title" | "authors" | "tag" | "note" | "annotation" | "abstract";
const WEIGHT: Record<MatchField, number> = { title: 8, tag: 6, authors: 4, note: 3, annotation: 3, abstract: 1 };

export interface EntryTexts {
  title: string;
  authors: string[];
  abstract: string | null;
  notes: string[];
  annotations: string[];
  tags: string[];
}

export interface CompiledQuery {
  /** Bit i set: the word matches the query's i-th term. Memoized per distinct word for this query. */
  mask: (word: string) => number;
  /** Every term's bit set. */
  all: number;
  any: (word: string) => boolean;
}

export interface EntryMatch {
  score: number;
  matchedIn: MatchField[];
  /** What the snippet is cut from: a note or annotation that matched (why it was found), else the abstract. */
  snippetSource: string | null;
}

/** HTML-safe; the only markup is <mark>. Built only for the entries a page shows. */
export function snippetOf(query: CompiledQuery, source: string | null): string | null {
  return source ? buildSnippet(source, query.any, 30) : null;
}

/** null for a query without words (then nothing is filtered by text). */
export function compileQuery(q: string): CompiledQuery | null {
  const typed = words(q).slice(0, 10);
  if (typed.length === 0) return null;
  const open = !/\s$/.test(q);
  // One matcher per word: the last one may be a prefix (still being typed), the others must be whole words.
  const terms = typed.map((t, i) => typedQueryMatcher(i === typed.length - 1 && open ? t : `${t} `));
  const masks = new Map<string, number>();
  const mask = (word: string) => {
    let m = masks.get(word);
    if (m === undefined) {
      m = 0;
      for (let i = 0; i < terms.length; i++) if (terms[i]!(word)) m |= 1 << i;
      masks.set(word, m);
    }
    return m;
  };
  return { mask, all: (1 << terms.length) - 1, any: typedQueryMatcher(q) };
}

// Distinct words per text, kept across queries (a library's titles and abstracts are read again on every keystroke):
// tokenizing is most of a search's cost. Bounded; the oldest texts go first.
const TOKEN_CACHE_MAX = 50_000;
const tokenCache = new Map<string, string[]>();

function distinctWords(text: string): string[] {
  let cached = tokenCache.get(text);
  if (!cached) {
    cached = [...new Set(words(text))];
    if (tokenCache.size >= TOKEN_CACHE_MAX) tokenCache.delete(tokenCache.keys().next().value!);
    tokenCache.set(text, cached);
  }
  return cached;
}

export function matchEntry(query: CompiledQuery, texts: EntryTexts): EntryMatch | null {
  const fields: [MatchField, string][] = [
    ["title", texts.title],
    ["authors", texts.authors.join(" ")],
    ["tag", texts.tags.join(" ")],
    ...texts.notes.map((n): [MatchField, string] => ["note", n]),
    ...texts.annotations.map((a): [MatchField, string] => ["annotation", a]),
    ...(texts.abstract ? [["abstract", texts.abstract] as [MatchField, string]] : []),
  ];
  // Which terms each field matches (a bit per term).
  const masks = fields.map(([, text]) => {
    let m = 0;
    for (const w of distinctWords(text)) m |= query.mask(w);
    return m;
  });
  if (masks.reduce((a, b) => a | b, 0) !== query.all) return null;
  let score = 0;
  for (let bit = 1; bit <= query.all; bit <<= 1) score += Math.max(...fields.map(([field], i) => (masks[i]! & bit ? WEIGHT[field] : 0)));
  const matchedIn = [...new Set(fields.filter((_, i) => masks[i]).map(([field]) => field))];
  const privateHit = fields.find(([field], i) => masks[i] && (field === "note" || field === "annotation"));
  return { score, matchedIn, snippetSource: privateHit?.[1] ?? texts.abstract };
}
