import { bm25Score, termFrequencies, type Bm25Params } from "./bm25.ts";
import { expandQuery, type FeedbackOptions } from "./feedback.ts";

// BM25 over the candidate pool, then (feedback on) once more with the query expanded from the best
// documents of the first ranking. Hundreds of candidates of ~100 terms each arrive per query, so
// only what scoring reads is counted: the query's terms in every candidate, all terms in the few
// feedback documents, and the new terms' frequencies once they are chosen.

export interface PoolDoc {
  id: string;
  /** Space-separated stems (the index's `terms` field). */
  terms: string;
}

/** Occurrences of the wanted terms only. */
function countWanted(tokens: readonly string[], wanted: { has(term: string): boolean }): Map<string, number> {
  const tf = new Map<string, number>();
  for (const t of tokens) if (wanted.has(t)) tf.set(t, (tf.get(t) ?? 0) + 1);
  return tf;
}

/** Documents among `tokens` holding each of `vocabulary` (each document counted once per term). */
export function poolDocumentFrequencies(tokens: readonly (readonly string[])[], vocabulary: ReadonlySet<string>): Map<string, number> {
  const df = new Map<string, number>();
  const lastDoc = new Map<string, number>();
  tokens.forEach((doc, i) => {
    for (const t of doc) {
      if (!vocabulary.has(t) || lastDoc.get(t) === i) continue;
      lastDoc.set(t, i);
      df.set(t, (df.get(t) ?? 0) + 1);
    }
  });
  return df;
}

/** Scores aligned with `docs` (0: no query term). */
export function rankPool(
  docs: readonly PoolDoc[],
  query: ReadonlyMap<string, number>,
  idfs: ReadonlyMap<string, number>,
  avgDocLength: number,
  bm25: Bm25Params,
  feedback: FeedbackOptions,
): number[] {
  const tokens = docs.map((d) => (d.terms ? d.terms.split(" ") : []));
  const tfs = tokens.map((t) => countWanted(t, query));
  const score = (q: ReadonlyMap<string, number>, termIdfs: ReadonlyMap<string, number>) =>
    tfs.map((tf, i) => bm25Score(q, tf, tokens[i]!.length, termIdfs, avgDocLength, bm25));
  const first = score(query, idfs);
  if (feedback.docs < 1 || docs.length < 2) return first;
  const top = first
    .map((s, i) => i)
    .filter((i) => first[i]! > 0)
    .sort((a, b) => first[b]! - first[a]! || (docs[a]!.id < docs[b]!.id ? -1 : 1))
    .slice(0, feedback.docs)
    .map((i) => ({ tf: termFrequencies(tokens[i]!), length: tokens[i]!.length, score: first[i]! }));
  if (top.length === 0) return first;
  const vocabulary = new Set(top.flatMap((d) => [...d.tf.keys()]));
  const expanded = expandQuery(query, idfs, top, poolDocumentFrequencies(tokens, vocabulary), docs.length, feedback);
  const added = new Set([...expanded.query.keys()].filter((t) => !query.has(t)));
  if (added.size > 0) tokens.forEach((t, i) => countWanted(t, added).forEach((n, term) => tfs[i]!.set(term, n)));
  return score(expanded.query, expanded.idfs);
}
