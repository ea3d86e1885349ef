// Seeded randomness for the corpus: same seed, same bytes, on every machine and Node version.

/** sfc32: small, fast, good enough statistically, and fully specified (unlike Math.random). */
export function rng(seed: number): () => number {
  let a = 0x9e3779b9,
    b = 0x243f6a88,
    c = 0xb7e15162,
    d = seed >>> 0;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next(); // warm up away from the seed
  return next;
}

/** Per-item seed: items can be generated independently, so a smaller corpus is a prefix of a larger one. */
export function itemSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** Zipf(s) over a list by rank: the first item is the most frequent, the k-th ∝ 1/k^s. */
export class Zipf<T> {
  private readonly cumulative: number[];
  constructor(
    readonly items: readonly T[],
    s = 1.0,
  ) {
    let sum = 0;
    this.cumulative = items.map((_, k) => (sum += 1 / Math.pow(k + 1, s)));
    this.cumulative = this.cumulative.map((c) => c / sum);
  }
  pick(random: () => number): T {
    const u = random();
    let lo = 0,
      hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return this.items[lo]!;
  }
}

export const uniform = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
export const intBetween = (random: () => number, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

export function weighted(random: () => number, weights: readonly number[]): number {
  let u = random() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < weights.length; i++) if ((u -= weights[i]!) < 0) return i;
  return weights.length - 1;
}
