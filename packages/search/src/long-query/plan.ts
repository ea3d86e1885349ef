import { idf, termFrequencies } from "./bm25.ts";
import { analyzeQuery, words } from "../text/tokenize.ts";

// Turning a sentence/paragraph into something Meilisearch can retrieve with and BM25 can rank:
// stopwords out, stems in, then keep the terms that discriminate (high query-tf × idf).

/**
 * When a query leaves Meilisearch's hands. Long: more than `maxShortTerms` distinct content
 * terms, or sentence-shaped — at least `sentenceWords` words of which `sentenceMinTerms` carry
 * content ("What is information science? Give definitions where possible."). Meilisearch has no
 * stopwords configured, so in such text "what", "is", "where" use up its 10-word budget and match
 * nearly everything.
 */
export interface QueryRouting {
  maxShortTerms: number;
  sentenceWords: number;
  sentenceMinTerms: number;
  /**
   * A `"` keeps a query on Meilisearch (phrase syntax) only up to this many words: someone typing a
   * phrase search is driving Meilisearch, a pasted abstract that happens to quote a term is not.
   */
  phraseMaxWords: number;
}

export const DEFAULT_ROUTING: QueryRouting = { maxShortTerms: 6, sentenceWords: 8, sentenceMinTerms: 3, phraseMaxWords: 24 };
export const SHORT_QUERY_MAX_TERMS = DEFAULT_ROUTING.maxShortTerms;
/** At most this many distinct query terms are looked up at all (a pasted abstract has hundreds). */
export const MAX_ANALYZED_TERMS = 64;

export interface SelectedTerm {
  term: string;
  /** Occurrences in the query. */
  qtf: number;
  df: number;
  idf: number;
  /** qtf × idf: how much the term can move a BM25 score. */
  weight: number;
}

export interface TermSelectionOptions {
  maxTerms: number;
  /** Terms in more than this share of all documents carry no signal and are dropped. */
  maxDfRatio: number;
}

export const DEFAULT_SELECTION: TermSelectionOptions = { maxTerms: 32, maxDfRatio: 0.5 };

/** Distinct query terms with their in-query frequency, most frequent first, then first-seen. */
export function queryTermCounts(q: string, limit = MAX_ANALYZED_TERMS): Map<string, number> {
  const counts = termFrequencies(analyzeQuery(q));
  const order = [...counts.keys()];
  const top = [...counts].sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0])).slice(0, limit);
  return new Map(top);
}

/** Route: is this a typed keyword query (Meilisearch as-is) or a sentence/paragraph? */
export function isLongQuery(q: string, routing: QueryRouting = DEFAULT_ROUTING): boolean {
  const wordCount = words(q).length;
  if (q.includes('"') && wordCount <= routing.phraseMaxWords) return false; // explicit phrase syntax
  const terms = termFrequencies(analyzeQuery(q)).size;
  if (terms > routing.maxShortTerms) return true;
  return terms >= routing.sentenceMinTerms && wordCount >= routing.sentenceWords;
}

/**
 * Keep the most discriminative terms: unknown terms (df 0: typos, words no paper uses) and
 * near-universal ones go, the rest are ranked by qtf × idf. Ties keep query order.
 */
export function selectQueryTerms(
  counts: ReadonlyMap<string, number>,
  df: ReadonlyMap<string, number>,
  totalDocs: number,
  options: TermSelectionOptions = DEFAULT_SELECTION,
): SelectedTerm[] {
  const out: SelectedTerm[] = [];
  for (const [term, qtf] of counts) {
    const n = df.get(term) ?? 0;
    if (n === 0 || n > options.maxDfRatio * totalDocs) continue;
    const termIdf = idf(n, totalDocs);
    out.push({ term, qtf, df: n, idf: termIdf, weight: qtf * termIdf });
  }
  return out.sort((a, b) => b.weight - a.weight).slice(0, options.maxTerms);
}

/**
 * Split selected terms (strongest first) into Meilisearch-sized queries: it reads only the first
 * 10 words. Round-robin deals terms like cards so every chunk mixes strong and weak terms;
 * sequential gives the first chunk the strongest terms.
 */
export function chunkTerms(terms: readonly SelectedTerm[], chunkSize: number, maxChunks: number, mode: "roundRobin" | "sequential" = "roundRobin"): string[][] {
  if (terms.length === 0 || chunkSize < 1 || maxChunks < 1) return [];
  const chunks = Math.min(maxChunks, Math.ceil(terms.length / chunkSize));
  const out: string[][] = Array.from({ length: chunks }, () => []);
  terms.slice(0, chunks * chunkSize).forEach((t, i) => {
    out[mode === "roundRobin" ? i % chunks : Math.floor(i / chunkSize)]!.push(t.term);
  });
  return out;
}

/**
 * Anchored queries: one Meilisearch query per strong term (the anchor), padded with companion
 * terms. Meilisearch's matching strategies never OR terms: "frequency" keeps the query's rarest
 * term mandatory and drops the most frequent ones first; "last" keeps the first term. So the
 * anchor is put first and every companion is at least as common as the anchor: under either
 * strategy a query returns documents containing its anchor, those that also hold more
 * companions first. Together the queries cover every document containing any anchor.
 */
export function anchoredQueries(
  terms: readonly SelectedTerm[],
  anchors: number,
  maxWords: number,
  canAnchor: (t: SelectedTerm) => boolean = () => true,
): string[][] {
  const out: string[][] = [];
  for (const anchor of terms.filter(canAnchor).slice(0, anchors)) {
    const companions = terms
      .filter((t) => t.term !== anchor.term && t.df >= anchor.df)
      .slice(0, maxWords - 1)
      .map((t) => t.term);
    out.push([anchor.term, ...companions]);
  }
  return out;
}
