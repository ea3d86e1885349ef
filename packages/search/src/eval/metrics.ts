// Ranking-quality metrics with binary relevance, as used by the search-quality bench.

/** nDCG@k: DCG of the ranking over the DCG of an ideal ranking (all relevant first). */
export function ndcgAtK(ranked: readonly string[], relevant: ReadonlySet<string>, k = 10): number {
  if (relevant.size === 0) return 0;
  let dcg = 0;
  const seen = new Set<string>();
  ranked.slice(0, k).forEach((id, i) => {
    // A duplicated id earns nothing the second time (a buggy ranker must not score twice).
    if (relevant.has(id) && !seen.has(id)) dcg += 1 / Math.log2(i + 2);
    seen.add(id);
  });
  let ideal = 0;
  for (let i = 0; i < Math.min(k, relevant.size); i++) ideal += 1 / Math.log2(i + 2);
  return dcg / ideal;
}

/** Precision@k: the share of the first k slots that hold a relevant document. */
export function precisionAtK(ranked: readonly string[], relevant: ReadonlySet<string>, k = 10): number {
  const top = new Set(ranked.slice(0, k));
  let hits = 0;
  for (const id of top) if (relevant.has(id)) hits++;
  return hits / k;
}

/** Reciprocal rank of the first relevant document (0 when none is retrieved). */
export function reciprocalRank(ranked: readonly string[], relevant: ReadonlySet<string>): number {
  const i = ranked.findIndex((id) => relevant.has(id));
  return i < 0 ? 0 : 1 / (i + 1);
}

/** Share of the relevant documents found in the ranking at all (candidate-pool recall). */
export function recall(ranked: readonly string[], relevant: ReadonlySet<string>): number {
  if (relevant.size === 0) return 0;
  let found = 0;
  for (const id of new Set(ranked)) if (relevant.has(id)) found++;
  return found / relevant.size;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}
