// Myers' bit-parallel approximate string matching (G. Myers, "A Fast Bit-Vector Algorithm for
// Approximate String Matching Based on Dynamic Programming", J. ACM 46(3), 1999), block-based with
// the band cut-off so the cost is O(n · ⌈k/32⌉) rather than O(n · ⌈m/32⌉).
//
// Adapted from approx-string-match (https://github.com/robertknight/approx-string-match-js),
// MIT License, Copyright (c) 2020 Robert Knight. The change: that library keeps only the matches with
// the lowest error count found so far; anchoring needs *every* local best match within k errors
// (a typo'd copy next to the hint must compete with an exact copy elsewhere on context), so this
// version reports all end positions ≤ k and collapses each run of them to its best end.
//
// Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
// associated documentation files (the "Software"), to deal in the Software without restriction,
// including without limitation the rights to use, copy, modify, merge, publish, distribute,
// sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
// furnished to do so, subject to the following conditions: The above copyright notice and this
// permission notice shall be included in all copies or substantial portions of the Software.
// THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.

export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

interface Ctx {
  P: Uint32Array;
  M: Uint32Array;
  lastRowMask: Uint32Array;
}

function oneIfNotZero(n: number): number {
  return ((n | -n) >> 31) & 1;
}

function advanceBlock(ctx: Ctx, peq: Uint32Array, b: number, hIn: number): number {
  let pV = ctx.P[b] as number;
  let mV = ctx.M[b] as number;
  const hInIsNegative = hIn >>> 31;
  const eq = (peq[b] as number) | hInIsNegative;
  const xV = eq | mV;
  const xH = (((eq & pV) + pV) ^ pV) | eq;
  let pH = mV | ~(xH | pV);
  let mH = pV & xH;
  const mask = ctx.lastRowMask[b] as number;
  const hOut = oneIfNotZero(pH & mask) - oneIfNotZero(mH & mask);
  pH <<= 1;
  mH <<= 1;
  mH |= hInIsNegative;
  pH |= oneIfNotZero(hIn) - hInIsNegative;
  pV = mH | ~(xV | pH);
  mV = pH & xV;
  ctx.P[b] = pV;
  ctx.M[b] = mV;
  return hOut;
}

interface Peq {
  ascii: Uint32Array[];
  other: Map<number, Uint32Array>;
  empty: Uint32Array;
}

/** For each character of the pattern, a bit mask per 32-character block of where it occurs. */
function buildPeq(pattern: string, blocks: number): Peq {
  const w = 32;
  const empty = new Uint32Array(blocks);
  const other = new Map<number, Uint32Array>();
  const ascii: Uint32Array[] = new Array<Uint32Array>(256).fill(empty);
  for (let c = 0; c < pattern.length; c++) {
    const val = pattern.charCodeAt(c);
    if (other.has(val)) continue;
    const charPeq = new Uint32Array(blocks);
    other.set(val, charPeq);
    if (val < 256) ascii[val] = charPeq;
    for (let idx = 0; idx < pattern.length; idx++) {
      if (pattern.charCodeAt(idx) === val) charPeq[(idx / w) | 0] = (charPeq[(idx / w) | 0] as number) | (1 << (idx % w));
    }
  }
  return { ascii, other, empty };
}

function peqOf(peq: Peq, code: number): Uint32Array {
  return code < 256 ? (peq.ascii[code] as Uint32Array) : (peq.other.get(code) ?? peq.empty);
}

function newCtx(m: number, blocks: number): Ctx {
  const ctx: Ctx = {
    P: new Uint32Array(blocks),
    M: new Uint32Array(blocks),
    lastRowMask: new Uint32Array(blocks).fill(1 << 31),
  };
  ctx.lastRowMask[blocks - 1] = 1 << ((m - 1) % 32);
  return ctx;
}

/**
 * Edit distance between `pattern` and every prefix text[0, j) — the *anchored* (global) variant, all
 * blocks computed. Returns distances indexed by j.
 */
function prefixDistances(text: string, pattern: string): Int32Array {
  const m = pattern.length;
  const blocks = Math.ceil(m / 32);
  const ctx = newCtx(m, blocks);
  ctx.P.fill(~0);
  const peq = buildPeq(pattern, blocks);
  const out = new Int32Array(text.length + 1);
  let score = m;
  out[0] = m;
  for (let j = 0; j < text.length; j++) {
    const charPeq = peqOf(peq, text.charCodeAt(j));
    let carry = 1; // row 0 of the global DP grows by one per text character
    for (let b = 0; b < blocks; b++) carry = advanceBlock(ctx, charPeq, b, carry);
    score += carry;
    out[j + 1] = score;
  }
  return out;
}

/** Calls `onEnd(end, errors)` for every end offset in `text` where `pattern` matches with ≤ maxErrors. */
function scanEnds(text: string, pattern: string, maxErrors: number, onEnd: (end: number, errors: number) => void): void {
  const m = pattern.length;
  if (m === 0) return;
  maxErrors = Math.min(maxErrors, m);
  const w = 32;
  const bMax = Math.ceil(m / w) - 1;
  const ctx = newCtx(m, bMax + 1);
  const peq = buildPeq(pattern, bMax + 1);

  let y = Math.max(0, Math.ceil(maxErrors / w) - 1);
  const score = new Uint32Array(bMax + 1);
  for (let b = 0; b <= y; b++) score[b] = (b + 1) * w;
  score[bMax] = m;
  for (let b = 0; b <= y; b++) {
    ctx.P[b] = ~0;
    ctx.M[b] = 0;
  }

  for (let j = 0; j < text.length; j++) {
    const code = text.charCodeAt(j);
    const charPeq = peqOf(peq, code);
    let carry = 0;
    for (let b = 0; b <= y; b++) {
      carry = advanceBlock(ctx, charPeq, b, carry);
      score[b] = (score[b] as number) + carry;
    }
    if ((score[y] as number) - carry <= maxErrors && y < bMax && ((charPeq[y + 1] as number) & 1 || carry < 0)) {
      y++;
      ctx.P[y] = ~0;
      ctx.M[y] = 0;
      const maxBlockScore = y === bMax ? m % w || w : w;
      score[y] = (score[y - 1] as number) + maxBlockScore - carry + advanceBlock(ctx, charPeq, y, carry);
    } else {
      while (y > 0 && (score[y] as number) >= maxErrors + w) y--;
    }
    if (y === bMax && (score[y] as number) <= maxErrors) onEnd(j + 1, score[y] as number);
  }
}

function reverse(s: string): string {
  let r = "";
  for (let i = s.length - 1; i >= 0; i--) r += s[i];
  return r;
}

/**
 * All approximate matches of `pattern` in `text` with at most `maxErrors` edits (Levenshtein), one
 * per cluster of overlapping end positions (its lowest-error end), each with the start that gives
 * that error count. Results are ordered by end.
 */
export function approxSearch(text: string, pattern: string, maxErrors: number): ApproxMatch[] {
  const m = pattern.length;
  const ends: { end: number; errors: number }[] = [];
  let run: { end: number; errors: number } | undefined;
  let lastEnd = -Infinity;
  scanEnds(text, pattern, maxErrors, (end, errors) => {
    // Ends closer than the pattern length apart belong to the same occurrence.
    if (run && end - lastEnd <= 1) {
      if (errors < run.errors) run = { end, errors };
    } else {
      if (run) ends.push(run);
      run = { end, errors };
    }
    lastEnd = end;
  });
  if (run) ends.push(run);
  const patRev = reverse(pattern);
  return ends.map(({ end, errors }) => {
    // The start: the suffix text[s, end) closest to the pattern (ties: the length nearest the pattern's).
    const from = Math.max(0, end - m - errors);
    const dist = prefixDistances(reverse(text.slice(from, end)), patRev);
    let bestLen = 0;
    let best = Infinity;
    for (let len = 0; len < dist.length; len++) {
      const d = dist[len] as number;
      if (d < best || (d === best && Math.abs(len - m) < Math.abs(bestLen - m))) {
        best = d;
        bestLen = len;
      }
    }
    return { start: end - bestLen, end, errors: best };
  });
}
