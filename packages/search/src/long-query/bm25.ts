// Okapi BM25, the pieces the long-query re-ranker and the bench baseline share.
// idf uses the Lucene form log(1 + (N - df + 0.5) / (df + 0.5)): never negative, so a term
// that appears in most documents contributes ~0 instead of penalising documents that have it.

export interface Bm25Params {
  k1: number;
  b: number;
}

export const DEFAULT_BM25: Bm25Params = { k1: 1.2, b: 0.75 };

export function idf(df: number, totalDocs: number): number {
  const n = Math.max(totalDocs, df);
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** The saturating term-frequency part, normalised by document length. */
export function tfWeight(tf: number, docLength: number, avgDocLength: number, params: Bm25Params = DEFAULT_BM25): number {
  if (tf <= 0) return 0;
  const norm = 1 - params.b + params.b * (avgDocLength > 0 ? docLength / avgDocLength : 1);
  return (tf * (params.k1 + 1)) / (tf + params.k1 * norm);
}

export function termFrequencies(terms: readonly string[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  return tf;
}

/** A query as BM25 sees it: each term with its weight (query-term frequency × any boost). */
export type WeightedQuery = ReadonlyMap<string, number>;

/**
 * score(d, q) = Σ_t  w_q(t) · idf(t) · tfWeight(tf(t, d))
 * `idfs` holds idf per query term; terms missing from it contribute nothing.
 */
export function bm25Score(
  query: WeightedQuery,
  docTf: ReadonlyMap<string, number>,
  docLength: number,
  idfs: ReadonlyMap<string, number>,
  avgDocLength: number,
  params: Bm25Params = DEFAULT_BM25,
): number {
  let score = 0;
  for (const [term, weight] of query) {
    const tf = docTf.get(term);
    if (!tf) continue;
    score += weight * (idfs.get(term) ?? 0) * tfWeight(tf, docLength, avgDocLength, params);
  }
  return score;
}
