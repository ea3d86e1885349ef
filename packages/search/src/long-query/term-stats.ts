import type { SearchClient } from "../client.ts";

// Document frequencies for BM25. Two implementations behind one interface:
// - MeiliTermStats (default): counts straight from the index and needs no extra storage. Counts are
//   kept in the web process (cheap to read): a word costs a round trip the first time it is seen;
//   after the TTL its count is still used while it is recounted in the background.
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
  /** How long a count is fresh (default 60 s); an older one is served while it is recounted. 0 disables the cache. */
  ttlMs?: number;
  /** Documents sampled to estimate the mean document length (default 1000). */
  lengthSample?: number;
  /** Most terms cached at once (default 50k). */
  maxCached?: number;
}

/** Counts exact-stem matches in the terms index (no typos, no prefixes there; a phrase is one exact word). */
export class MeiliTermStats implements TermStats {
  private readonly cache = new Map<string, { df: number; at: number }>();
  private collectionCache: { value: CollectionStats; at: number } | null = null;
  private collectionRefresh: Promise<CollectionStats> | null = null;
  private readonly recounting = new Set<string>();
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
    const stale: string[] = [];
    for (const t of new Set(terms)) {
      const hit = this.cache.get(t);
      if (!hit) missing.push(t);
      else {
        out.set(t, hit.df);
        if (now - hit.at >= this.ttlMs) stale.push(t);
      }
    }
    // A stale count is still a good count (a term's share of the corpus moves slowly): answer with it
    // and recount in the background, so a request waits only for words never seen before.
    const recount = stale.filter((t) => !this.recounting.has(t));
    if (recount.length) {
      for (const t of recount) this.recounting.add(t);
      void this.count(recount)
        .catch(() => undefined)
        .finally(() => recount.forEach((t) => this.recounting.delete(t)));
    }
    if (missing.length === 0) return out;
    for (const [t, df] of await this.count(missing)) out.set(t, df);
    return out;
  }

  private async count(terms: readonly string[]): Promise<Map<string, number>> {
    const now = Date.now();
    const { results } = await this.client.multiSearch(
      terms.map((t) => ({
        indexUid: this.client.indexes.terms,
        q: `"${t}"`, // stems are [a-z0-9]; a phrase = exact word, no prefix expansion
        attributesToSearchOn: ["terms"],
        hitsPerPage: 0, // exhaustive totalHits, no documents
        page: 1,
      })),
    );
    const out = new Map<string, number>();
    results.forEach((r, i) => {
      const t = terms[i]!;
      const df = "totalHits" in r && typeof r.totalHits === "number" ? r.totalHits : 0;
      out.set(t, df);
      if (this.ttlMs > 0) this.remember(t, df, now);
    });
    return out;
  }

  async collection(): Promise<CollectionStats> {
    const cached = this.collectionCache;
    if (cached && Date.now() - cached.at < Math.max(this.ttlMs, 1)) return cached.value;
    // Stale: answer with it and refresh once in the background (as for df above).
    if (cached && this.ttlMs > 0) {
      this.collectionRefresh ??= this.loadCollection()
        .catch(() => cached.value)
        .finally(() => (this.collectionRefresh = null));
      return cached.value;
    }
    return this.loadCollection();
  }

  private async loadCollection(): Promise<CollectionStats> {
    const now = Date.now();
    const index = this.client.meili.index(this.client.indexes.terms);
    // The mean length of a sample is within a few percent at any corpus size, and BM25 is
    // insensitive to small errors in it; an exact mean would need a store we do not have.
    const [stats, sample] = await Promise.all([
      index.getStats(),
      this.client.fetchDocuments<{ terms?: string }>(this.client.indexes.terms, { limit: this.lengthSample, fields: ["terms"] }),
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
