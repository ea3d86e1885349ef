// Matching happens on a normalised copy of the text, so that layout noise — re-flowed lines, collapsed
// spaces, words hyphenated at a line end, PDF ligatures, curly quotes, decomposed accents — does not
// count as an edit. Every normalised code unit remembers the original span it came from, so a match
// in normalised space maps back to exact original offsets.

export interface NormalizedText {
  /** The normalised string. */
  text: string;
  /** starts[i] / ends[i]: the original span [start, end) that normalised code unit i came from. */
  starts: Int32Array;
  ends: Int32Array;
  /** toNorm[o]: number of normalised code units that come from original offsets before o (length = original length + 1). */
  toNorm: Int32Array;
  originalLength: number;
}

const LIGATURES: Record<string, string> = {
  "\uFB00": "ff",
  "\uFB01": "fi",
  "\uFB02": "fl",
  "\uFB03": "ffi",
  "\uFB04": "ffl",
  "\uFB05": "st",
  "\uFB06": "st",
};

const ONE_TO_ONE: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201B": "'",
  "\u2032": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201F": '"',
  "\u2033": '"',
  "\u2010": "-",
  "\u2011": "-",
};

/** Dropped entirely: soft hyphen, zero-width space, word joiner, BOM. */
const DROPPED = new Set(["\u00AD", "\u200B", "\u2060", "\uFEFF"]);

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const MARK = /\p{M}/u;

function isWhitespaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

function isMarkAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code >= 0x300 && MARK.test(text[i] as string);
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

/**
 * If `text[i]` is a hyphen that merely splits a word across a line ("trans-\nformer"), returns the
 * index of the first letter after the break; otherwise -1.
 */
function hyphenBreakEnd(text: string, i: number): number {
  const before = text[i - 1];
  if (before === undefined || !LETTER.test(before)) return -1;
  let j = i + 1;
  while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  if (!isLineBreak(text.charCodeAt(j))) return -1;
  while (j < text.length && isWhitespaceCode(text.charCodeAt(j))) j++;
  const after = text[j];
  return after !== undefined && LOWER.test(after) ? j : -1;
}

/** `skip`: sorted, disjoint [start, end) spans left out entirely (page furniture, see furniture.ts). */
export function normalize(original: string, skip: readonly (readonly [number, number])[] = []): NormalizedText {
  const n = original.length;
  let nextSkip = 0;
  // Expansion only comes from ligatures (at most 3 code units for 1), so 3n bounds the output.
  const cap = n * 3 + 1;
  const codes = new Uint16Array(cap);
  const starts = new Int32Array(cap);
  const ends = new Int32Array(cap);
  const toNorm = new Int32Array(n + 1);
  let len = 0;
  const emit = (s: string, from: number, to: number) => {
    for (let k = 0; k < s.length; k++) {
      codes[len] = s.charCodeAt(k);
      starts[len] = from;
      ends[len] = to;
      len++;
    }
  };

  let i = 0;
  while (i < n) {
    toNorm[i] = len;
    const span = skip[nextSkip];
    if (span && i >= span[0]) {
      nextSkip++;
      for (let k = i + 1; k < span[1]; k++) toNorm[k] = len;
      i = Math.max(i, span[1]);
      continue;
    }
    const code = original.charCodeAt(i);
    // ASCII fast path for the overwhelmingly common case.
    if (code > 32 && code < 127 && code !== 45 && !isMarkAt(original, i + 1)) {
      codes[len] = code;
      starts[len] = i;
      ends[len] = i + 1;
      len++;
      i++;
      continue;
    }
    const c = original[i] as string;
    if (isWhitespaceCode(code) || DROPPED.has(c)) {
      let j = i + 1;
      let sawSpace = isWhitespaceCode(code);
      while (j < n) {
        const cj = original.charCodeAt(j);
        if (isWhitespaceCode(cj)) sawSpace = true;
        else if (!DROPPED.has(original[j] as string)) break;
        j++;
      }
      for (let k = i + 1; k < j; k++) toNorm[k] = len;
      if (sawSpace) emit(" ", i, j);
      i = j;
      continue;
    }
    if (code === 45 || code === 0x2010) {
      const breakEnd = hyphenBreakEnd(original, i);
      if (breakEnd > 0) {
        for (let k = i + 1; k < breakEnd; k++) toNorm[k] = len;
        i = breakEnd;
        continue;
      }
    }
    const lig = LIGATURES[c];
    if (lig !== undefined) {
      emit(lig, i, i + 1);
      i++;
      continue;
    }
    const mapped = ONE_TO_ONE[c];
    if (mapped !== undefined) {
      emit(mapped, i, i + 1);
      i++;
      continue;
    }
    // A base character with combining marks: compose (NFC) so "e\u0301" and "é" compare equal.
    let j = i + 1;
    if (code >= 0xd800 && code <= 0xdbff && j < n) j++; // keep surrogate pairs together
    while (j < n && isMarkAt(original, j)) j++;
    if (j - i === 1) {
      emit(c, i, i + 1);
    } else {
      for (let k = i + 1; k < j; k++) toNorm[k] = len;
      emit(original.slice(i, j).normalize("NFC"), i, j);
    }
    i = j;
  }
  toNorm[n] = len;
  return { text: decode(codes, len), starts: starts.slice(0, len), ends: ends.slice(0, len), toNorm, originalLength: n };
}

function decode(codes: Uint16Array, len: number): string {
  const parts: string[] = [];
  for (let i = 0; i < len; i += 8192) {
    parts.push(String.fromCharCode(...codes.subarray(i, Math.min(len, i + 8192))));
  }
  return parts.join("");
}

/** Normalises a short string (quote, prefix, suffix) without keeping the mapping. */
export function normalizeString(s: string): string {
  return normalize(s).text;
}

/** Maps a normalised range [a, b) back to original offsets. */
export function toOriginal(norm: NormalizedText, a: number, b: number): { start: number; end: number } {
  if (norm.text.length === 0) return { start: 0, end: 0 };
  const start = a < norm.text.length ? (norm.starts[a] as number) : norm.originalLength;
  const end = b > 0 ? (norm.ends[b - 1] as number) : start;
  return { start, end: Math.max(start, end) };
}
