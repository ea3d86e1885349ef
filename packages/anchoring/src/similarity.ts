// Context similarity: how well the text next to a candidate match agrees with the stored prefix/suffix.

/**
 * Edit distance between `pattern` and the best-matching *suffix* of `text`: the alignment is anchored
 * at the end of both strings (the side touching the quote) and the start of `text` may be skipped for
 * free. So an insertion of a few characters right before a quote costs only those characters.
 */
export function anchoredSuffixDistance(pattern: string, text: string): number {
  const m = pattern.length;
  const n = text.length;
  if (m === 0) return 0;
  // dp over pattern reversed / text reversed: row = pattern index, col = text index; free trailing text.
  let prev = new Int32Array(n + 1);
  let cur = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  let best = m;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    const pc = pattern.charCodeAt(m - i);
    for (let j = 1; j <= n; j++) {
      const cost = pc === text.charCodeAt(n - j) ? 0 : 1;
      const v = Math.min((prev[j - 1] as number) + cost, (prev[j] as number) + 1, (cur[j - 1] as number) + 1);
      cur[j] = v;
    }
    [prev, cur] = [cur, prev];
  }
  for (let j = 0; j <= n; j++) best = Math.min(best, prev[j] as number);
  return best;
}

/** 1 when `expected` sits right before position `at` of `text`, falling towards 0 with its edit distance. */
export function prefixSimilarity(expected: string, text: string, at: number): number {
  if (expected.length === 0) return at === 0 ? 1 : 0.5;
  const slack = Math.ceil(expected.length / 2);
  const window = text.slice(Math.max(0, at - expected.length - slack), at);
  return 1 - anchoredSuffixDistance(expected, window) / expected.length;
}

/** Mirror of prefixSimilarity for the text right after position `at`. */
export function suffixSimilarity(expected: string, text: string, at: number): number {
  if (expected.length === 0) return at === text.length ? 1 : 0.5;
  const slack = Math.ceil(expected.length / 2);
  const window = text.slice(at, at + expected.length + slack);
  return 1 - anchoredSuffixDistance(reverse(expected), reverse(window)) / expected.length;
}

function reverse(s: string): string {
  let r = "";
  for (let i = s.length - 1; i >= 0; i--) r += s[i];
  return r;
}

/** Cheap, alignment-free agreement of the characters adjacent to a candidate (for pre-filtering). */
export function quickContextScore(prefix: string, suffix: string, text: string, a: number, b: number): number {
  let same = 0;
  for (let k = 1; k <= prefix.length && a - k >= 0; k++) {
    if (prefix.charCodeAt(prefix.length - k) === text.charCodeAt(a - k)) same++;
  }
  for (let k = 0; k < suffix.length && b + k < text.length; k++) {
    if (suffix.charCodeAt(k) === text.charCodeAt(b + k)) same++;
  }
  return same;
}
