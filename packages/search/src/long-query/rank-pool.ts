import { tfWeight, type Bm25Params, type WeightedQuery } from "./bm25.ts";
import { expandQuery, type FeedbackOptions } from "./feedback.ts";

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

/** The pool as term ids: `docs[i]` holds candidate i's stems in order, `terms[id]` the stem. */
interface EncodedPool {
  ids: Map<string, number>;
  terms: string[];
  docs: Int32Array[];
}

function encode(docs: readonly PoolDoc[]): EncodedPool {
  const ids = new Map<string, number>();
  const terms: string[] = [];
  const encoded = docs.map((d) => {
    const tokens = d.terms ? d.terms.split(" ") : [];
    const out = new Int32Array(tokens.length);
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      let id = ids.get(t);
      if (id === undefined) {
        id = terms.length;
        ids.set(t, id);
        terms.push(t);
      }
      out[k] = id;
    }
    return out;
  });
  return { ids, terms, docs: encoded };
}

/** BM25 of every candidate for `query` (terms absent from the pool score nothing), summed in query order. */
function scorePool(pool: EncodedPool, query: WeightedQuery, idfs: ReadonlyMap<string, number>, avgDocLength: number, bm25: Bm25Params): number[] {
  const slot = new Int32Array(pool.terms.length).fill(-1);
  const weights: number[] = [];
  const termIdfs: number[] = [];
  for (const [term, weight] of query) {
    const id = pool.ids.get(term);
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
    const term = pool.terms[doc[k]!]!;
    tf.set(term, (tf.get(term) ?? 0) + 1);
  }
  return tf;
}

/** Candidates holding each term of `vocabulary` (each candidate counted once per term). */
function poolDocumentFrequencies(pool: EncodedPool, vocabulary: Iterable<string>): Map<string, number> {
  const wanted = new Uint8Array(pool.terms.length);
  for (const t of vocabulary) {
    const id = pool.ids.get(t);
    if (id !== undefined) wanted[id] = 1;
  }
  const df = new Int32Array(pool.terms.length);
  const lastDoc = new Int32Array(pool.terms.length).fill(-1);
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
  for (let id = 0; id < wanted.length; id++) if (wanted[id]) out.set(pool.terms[id]!, df[id]!);
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
