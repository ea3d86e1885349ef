import { tfWeight, type Bm25Params, type WeightedQuery } from "./bm25.ts";
import { expandQuery, type FeedbackOptions } from "./feedback.ts";
import { grown } from "../typed-array.ts";

// BM25 over the candidate pool, then (feedback on) once more with the query expanded from the best
// documents of the first ranking. Hundreds of candidates of ~100 terms each arrive per query: each
// stem is looked up once, in a dictionary local to the call, and every later pass (term frequencies,
// the pool's document frequencies for feedback) counts small integers in typed arrays instead of
// strings in maps. Scores are summed in the query's term order, as bm25Score does.

export interface PoolDoc {
  id: string;
  /** Space-separated stems (the index's `terms` field). */
  terms: string;
}

/** The pool as term ids: `docs[i]` holds candidate i's stems in order as ids 0…size-1. */
interface EncodedPool {
  /** Distinct stems in the pool. */
  size: number;
  docs: Int32Array[];
  /** The id of a stem, or undefined when no candidate holds it. */
  idOf(term: string): number | undefined;
  /** The stem of an id. */
  term(id: number): string;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 32;

/**
 * Every candidate's `terms` as ids, with a string per distinct stem instead of one per token: each token is
 * hashed as it is scanned (FNV-1a over its UTF-16 code units) into an open-addressing table of ids and compared
 * in place with the stem already held (`startsWith` at its offset). Splitting and looking up every token in a
 * Map made a string per token (~16,000 per long query), the largest single cost of a long query in the web
 * process (bench/RESULTS.md, issue 17.3). Runs of spaces separate tokens (the index writes one space).
 */
function encode(docs: readonly PoolDoc[]): EncodedPool {
  let mask = 4095;
  let table = new Int32Array(mask + 1).fill(-1);
  let hashes = new Int32Array(1024);
  const names: string[] = [];
  const encoded: Int32Array[] = [];
  let tokens = new Int32Array(4096);
  for (const doc of docs) {
    const text = doc.terms ?? "";
    const end = text.length;
    let n = 0;
    let k = 0;
    while (k < end) {
      let c = text.charCodeAt(k);
      if (c === SPACE) {
        k++;
        continue;
      }
      const start = k;
      let hash = FNV_OFFSET;
      while (c !== SPACE) {
        hash = Math.imul(hash ^ c, FNV_PRIME);
        if (++k === end) break;
        c = text.charCodeAt(k);
      }
      const length = k - start;
      let slot = hash & mask;
      let id = table[slot]!;
      while (id !== -1) {
        const name = names[id]!;
        if (hashes[id] === hash && name.length === length && text.startsWith(name, start)) break;
        slot = (slot + 1) & mask;
        id = table[slot]!;
      }
      if (id === -1) {
        id = names.length;
        names.push(text.slice(start, k));
        if (id === hashes.length) hashes = grown(hashes, Int32Array);
        hashes[id] = hash;
        table[slot] = id;
        if (names.length * 2 > mask) {
          // Keep the table at most half full: every id again into one twice the size.
          mask = mask * 2 + 1;
          table = new Int32Array(mask + 1).fill(-1);
          for (let i = 0; i < names.length; i++) {
            let free = hashes[i]! & mask;
            while (table[free] !== -1) free = (free + 1) & mask;
            table[free] = i;
          }
        }
      }
      if (n === tokens.length) tokens = grown(tokens, Int32Array);
      tokens[n++] = id;
    }
    encoded.push(tokens.slice(0, n));
  }
  return {
    size: names.length,
    docs: encoded,
    idOf(term) {
      let hash = FNV_OFFSET;
      for (let k = 0; k < term.length; k++) hash = Math.imul(hash ^ term.charCodeAt(k), FNV_PRIME);
      for (let slot = hash & mask; table[slot] !== -1; slot = (slot + 1) & mask) {
        const id = table[slot]!;
        if (hashes[id] === hash && names[id] === term) return id;
      }
      return undefined;
    },
    term: (id) => names[id]!,
  };
}

/** BM25 of every candidate for `query` (terms absent from the pool score nothing), summed in query order. */
function scorePool(pool: EncodedPool, query: WeightedQuery, idfs: ReadonlyMap<string, number>, avgDocLength: number, bm25: Bm25Params): number[] {
  const slot = new Int32Array(pool.size).fill(-1);
  const weights: number[] = [];
  const termIdfs: number[] = [];
  for (const [term, weight] of query) {
    const id = pool.idOf(term);
    if (id === undefined || slot[id] !== -1) continue;
    slot[id] = weights.length;
    weights.push(weight);
    termIdfs.push(idfs.get(term) ?? 0);
  }
  const tf = new Int32Array(weights.length);
  return pool.docs.map((doc) => {
    if (weights.length === 0) return 0;
    tf.fill(0);
    for (let k = 0; k < doc.length; k++) {
      const s = slot[doc[k]!]!;
      if (s !== -1) tf[s]!++;
    }
    let score = 0;
    for (let s = 0; s < weights.length; s++) if (tf[s]! > 0) score += weights[s]! * termIdfs[s]! * tfWeight(tf[s]!, doc.length, avgDocLength, bm25);
    return score;
  });
}

/** Every term of one candidate with its frequency, in first-seen order. */
function documentTf(pool: EncodedPool, doc: Int32Array): Map<string, number> {
  const tf = new Map<string, number>();
  for (let k = 0; k < doc.length; k++) {
    const term = pool.term(doc[k]!);
    tf.set(term, (tf.get(term) ?? 0) + 1);
  }
  return tf;
}

/** Candidates holding each term of `vocabulary` (each candidate counted once per term). */
function poolDocumentFrequencies(pool: EncodedPool, vocabulary: Iterable<string>): Map<string, number> {
  const wanted = new Uint8Array(pool.size);
  for (const t of vocabulary) {
    const id = pool.idOf(t);
    if (id !== undefined) wanted[id] = 1;
  }
  const df = new Int32Array(pool.size);
  const lastDoc = new Int32Array(pool.size).fill(-1);
  pool.docs.forEach((doc, i) => {
    for (let k = 0; k < doc.length; k++) {
      const id = doc[k]!;
      if (wanted[id] && lastDoc[id] !== i) {
        lastDoc[id] = i;
        df[id]!++;
      }
    }
  });
  const out = new Map<string, number>();
  for (let id = 0; id < wanted.length; id++) if (wanted[id]) out.set(pool.term(id), df[id]!);
  return out;
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
  const pool = encode(docs);
  const first = scorePool(pool, query, idfs, avgDocLength, bm25);
  if (feedback.docs < 1 || docs.length < 2) return first;
  const top = first
    .map((s, i) => i)
    .filter((i) => first[i]! > 0)
    .sort((a, b) => first[b]! - first[a]! || (docs[a]!.id < docs[b]!.id ? -1 : 1))
    .slice(0, feedback.docs)
    .map((i) => ({ tf: documentTf(pool, pool.docs[i]!), length: pool.docs[i]!.length, score: first[i]! }));
  if (top.length === 0) return first;
  const vocabulary = new Set(top.flatMap((d) => [...d.tf.keys()]));
  const expanded = expandQuery(query, idfs, top, poolDocumentFrequencies(pool, vocabulary), docs.length, feedback);
  return scorePool(pool, expanded.query, expanded.idfs, avgDocLength, bm25);
}
