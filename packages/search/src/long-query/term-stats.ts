import type { SearchClient } from "../client.ts";

// Document frequencies for BM25. Two implementations behind one interface:
// - MeiliTermStats (default): counts straight from the index, so it is correct the moment a
//   paper is indexed or deleted and needs no extra storage. One multi-search per query, with a
//   short-lived cache so a burst of queries does not re-count the same words.
// - InMemoryTermStats: for tests, benches, and as the reference a PostgreSQL store must match.

export interface CollectionStats {
  totalDocs: number;
  /** Mean number of terms (see documentTerms) per document. */
  avgDocLength: number;
}

export interface TermStats {
  /** Documents containing each term (stems, as produced by `analyze`). Missing ⇒ 0. */
  df(terms: readonly string[]): Promise<Map<string, number>>;
  collection(): Promise<CollectionStats>;
}

export class InMemoryTermStats implements TermStats {
  private readonly counts = new Map<string, number>();
  private readonly docs = new Map<string, { terms: Set<string>; length: number }>();
  private totalLength = 0;

  /** Add or replace one document's terms (what `documentTerms` returns). */
  upsert(id: string, terms: readonly string[]): void {
    this.remove(id);
    const unique = new Set(terms);
    for (const t of unique) this.counts.set(t, (this.counts.get(t) ?? 0) + 1);
    this.docs.set(id, { terms: unique, length: terms.length });
    this.totalLength += terms.length;
  }

  remove(id: string): void {
    const doc = this.docs.get(id);
    if (!doc) return;
    for (const t of doc.terms) {
      const n = (this.counts.get(t) ?? 1) - 1;
      if (n > 0) this.counts.set(t, n);
      else this.counts.delete(t);
    }
    this.totalLength -= doc.length;
    this.docs.delete(id);
  }

  async df(terms: readonly string[]): Promise<Map<string, number>> {
    return new Map(terms.map((t) => [t, this.counts.get(t) ?? 0]));
  }

  async collection(): Promise<CollectionStats> {
    const totalDocs = this.docs.size;
    return { totalDocs, avgDocLength: totalDocs ? this.totalLength / totalDocs : 0 };
  }
}

export interface MeiliTermStatsOptions {
  /** How long a count may be reused (default 60 s). 0 disables the cache. */
  ttlMs?: number;
  /** Documents sampled to estimate the mean document length (default 1000). */
  lengthSample?: number;
  /** Most terms cached at once (default 50k). */
  maxCached?: number;
}

/** Counts exact-stem matches on the `terms` field (typo tolerance is off there; phrases disable prefix). */
export class MeiliTermStats implements TermStats {
  private readonly cache = new Map<string, { df: number; at: number }>();
  private collectionCache: { value: CollectionStats; at: number } | null = null;
  private readonly ttlMs: number;
  private readonly lengthSample: number;
  private readonly maxCached: number;

  constructor(
    private readonly client: SearchClient,
    options: MeiliTermStatsOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? 60_000;
    this.lengthSample = options.lengthSample ?? 1000;
    this.maxCached = options.maxCached ?? 50_000;
  }

  async df(terms: readonly string[]): Promise<Map<string, number>> {
    const now = Date.now();
    const out = new Map<string, number>();
    const missing: string[] = [];
    for (const t of new Set(terms)) {
      const hit = this.cache.get(t);
      if (hit && now - hit.at < this.ttlMs) out.set(t, hit.df);
      else missing.push(t);
    }
    if (missing.length === 0) return out;
    const { results } = await this.client.multiSearch(
      missing.map((t) => ({
        indexUid: this.client.indexes.papers,
        q: `"${t}"`, // stems are [a-z0-9]; a phrase = exact word, no prefix expansion
        attributesToSearchOn: ["terms"],
        hitsPerPage: 0, // exhaustive totalHits, no documents
        page: 1,
      })),
    );
    results.forEach((r, i) => {
      const t = missing[i]!;
      const df = "totalHits" in r && typeof r.totalHits === "number" ? r.totalHits : 0;
      out.set(t, df);
      if (this.ttlMs > 0) this.remember(t, df, now);
    });
    return out;
  }

  async collection(): Promise<CollectionStats> {
    const now = Date.now();
    if (this.collectionCache && now - this.collectionCache.at < Math.max(this.ttlMs, 1)) return this.collectionCache.value;
    const index = this.client.meili.index(this.client.indexes.papers);
    // The mean length of a sample is within a few percent at any corpus size, and BM25 is
    // insensitive to small errors in it; an exact mean would need a store we do not have.
    const [stats, sample] = await Promise.all([
      index.getStats(),
      this.client.fetchDocuments<{ terms?: string }>(this.client.indexes.papers, { limit: this.lengthSample, fields: ["terms"] }),
    ]);
    const lengths = sample.results.map((d) => (d.terms ? d.terms.split(" ").length : 0));
    const avgDocLength = lengths.length ? lengths.reduce((a, b) => a + b, 0) / lengths.length : 0;
    const value = { totalDocs: stats.numberOfDocuments, avgDocLength };
    this.collectionCache = { value, at: now };
    return value;
  }

  /** Drop cached counts (e.g. right after a bulk import). */
  clear(): void {
    this.cache.clear();
    this.collectionCache = null;
  }

  private remember(term: string, df: number, at: number): void {
    if (this.cache.size >= this.maxCached) {
      // Map iteration order is insertion order: evict the oldest tenth.
      let drop = Math.ceil(this.maxCached / 10);
      for (const key of this.cache.keys()) {
        this.cache.delete(key);
        if (--drop === 0) break;
      }
    }
    this.cache.set(term, { df, at });
  }
}
