import { bm25Score, DEFAULT_BM25, DOC_STOPWORDS, idf, stem, termFrequencies, type Bm25Params } from "@commonplace/search";

// Plain in-memory BM25 over title + abstract: the baseline long queries must reach.
// Standard tokenizer: lowercase, alphanumeric tokens, English stopwords, optional Porter stemming.
// Every query term is used (no selection), every document is scored (no candidate pool).

export interface Bm25Doc {
  id: string;
  text: string;
}

export function baselineTokens(text: string, stemming: boolean): string[] {
  const tokens =
    text
      .toLowerCase()
      .replace(/'/g, "")
      .match(/[a-z0-9]+/g) ?? [];
  return tokens.filter((t) => t.length > 1 && !DOC_STOPWORDS.has(t)).map((t) => (stemming ? stem(t) : t));
}

export class Bm25Index {
  private readonly docs: { id: string; tf: Map<string, number>; length: number }[];
  private readonly df = new Map<string, number>();
  private readonly avgDocLength: number;

  constructor(
    docs: readonly Bm25Doc[],
    private readonly stemming: boolean,
    private readonly params: Bm25Params = DEFAULT_BM25,
  ) {
    this.docs = docs.map((d) => {
      const tokens = baselineTokens(d.text, stemming);
      const tf = termFrequencies(tokens);
      for (const t of tf.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
      return { id: d.id, tf, length: tokens.length };
    });
    this.avgDocLength = this.docs.reduce((a, d) => a + d.length, 0) / Math.max(1, this.docs.length);
  }

  search(q: string, limit = 10): string[] {
    const query = termFrequencies(baselineTokens(q, this.stemming));
    const idfs = new Map([...query.keys()].map((t) => [t, idf(this.df.get(t) ?? 0, this.docs.length)]));
    return this.docs
      .map((d) => ({ id: d.id, score: bm25Score(query, d.tf, d.length, idfs, this.avgDocLength, this.params) }))
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map((s) => s.id);
  }
}
