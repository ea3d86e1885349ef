// Shared by the tests: a deterministic pseudo-paper generator (mulberry32, so failures reproduce).

export function rng(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  "the model attention transformer layer we propose a novel method for learning representations of data " +
  "results show that our approach outperforms baselines on several benchmarks training loss gradient " +
  "sparse dense retrieval corpus language vision encoder decoder token embedding evaluation dataset"
).split(" ");

/** Roughly `length` characters of word salad with sentence and line breaks. */
export function paper(length: number, seed = 1): string {
  const r = rng(seed);
  const parts: string[] = [];
  let n = 0;
  while (n < length) {
    const w = WORDS[Math.floor(r() * WORDS.length)] as string;
    const sep = r() < 0.08 ? ".\n" : " ";
    parts.push(w, sep);
    n += w.length + sep.length;
  }
  return parts.join("").slice(0, length);
}
