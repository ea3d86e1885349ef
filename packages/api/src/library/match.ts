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
  terms: ((word: string) => boolean)[];
  any: (word: string) => boolean;
}

export interface EntryMatch {
  score: number;
  matchedIn: MatchField[];
  /** HTML-safe; the only markup is <mark>. From a note or annotation when one matched (why it was found), else the abstract. */
  snippet: string | null;
}

/** null for a query without words (then nothing is filtered by text). */
export function compileQuery(q: string): CompiledQuery | null {
  const typed = words(q).slice(0, 10);
  if (typed.length === 0) return null;
  const open = !/\s$/.test(q);
  // One matcher per word: the last one may be a prefix (still being typed), the others must be whole words.
  const terms = typed.map((t, i) => typedQueryMatcher(i === typed.length - 1 && open ? t : `${t} `));
  return { terms, any: typedQueryMatcher(q) };
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
  const tokenized = fields.map(([field, text]) => ({ field, text, words: words(text) }));
  let score = 0;
  const matchedIn = new Set<MatchField>();
  const hitTexts = new Set<number>();
  for (const term of query.terms) {
    let best = 0;
    tokenized.forEach((f, i) => {
      if (!f.words.some(term)) return;
      matchedIn.add(f.field);
      hitTexts.add(i);
      best = Math.max(best, WEIGHT[f.field]);
    });
    if (best === 0) return null;
    score += best;
  }
  const privateHit = [...hitTexts].map((i) => tokenized[i]!).find((f) => f.field === "note" || f.field === "annotation");
  const source = privateHit?.text ?? texts.abstract;
  return { score, matchedIn: [...matchedIn], snippet: source ? buildSnippet(source, query.any, 30) : null };
}
