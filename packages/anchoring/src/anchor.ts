// anchor(text, selectors): find where a described passage is now. Stages, cheapest first:
//   1. position — the quote is verbatim at the TextPositionSelector offsets (and its context agrees);
//   2. exact    — every exact occurrence of the (normalised) quote, ranked by context and closeness;
//   3. fuzzy    — Myers bit-parallel approximate search (./myers.ts) with a bounded number of errors,
//                 every local best match over the whole text (unless a window near the hint suffices).
// All candidates share one score (see `scoreCandidate`), which is also the reported confidence.
import { findFurniture, furnitureSpans, withoutFurniture, type Furniture } from "./furniture.ts";
import { approxSearch } from "./myers.ts";
import { normalize, normalizeString, toOriginal, type NormalizedText } from "./normalize.ts";
import { pickSelectors } from "./select.ts";
import { prefixSimilarity, quickContextScore, suffixSimilarity } from "./similarity.ts";
import type { AnchorResult, AnchorStatus, AnySelector, Anchored } from "./types.ts";

/** At or above: ANCHORED. Below: LOW_CONFIDENCE (shown, but flagged for its author). */
export const LOW_CONFIDENCE = 0.75;
/** Below this the best candidate is not trusted at all: the annotation is ORPHANED. */
export const MIN_CONFIDENCE = 0.5;
/** Confidence given to a position-only selector that still fits in the text: it cannot be verified. */
export const POSITION_ONLY_CONFIDENCE = 0.5;
/** Quotes longer than this (normalised) are fuzzy-matched by their head and tail (see README). */
export const LONG_QUOTE = 2048;

/**
 * Quotes shorter than this (normalised) recur: "our model", "in this work". Such a quote is ANCHORED only
 * where its context agrees — the prefix or the suffix (similarity ≥ CONTEXT_AGREES), or the position (within
 * POSITION_AGREES of the hint, with neither side contradicting it: both ≥ CONTEXT_FITS; a neighbouring
 * sentence that slid into the old offsets has the right position by chance and the wrong context).
 * Elsewhere it is at most LOW_CONFIDENCE: a best guess for its author to review. (A bare quote, stored with
 * no context at all, has nothing to agree with and is scored as before.)
 */
export const SHORT_QUOTE = 32;
const CONTEXT_AGREES = 0.8;
const CONTEXT_FITS = 0.5;
const POSITION_AGREES = 2;

/** Whether a short quote's context agrees (see SHORT_QUOTE); a side not stored neither agrees nor contradicts. */
function contextAgrees(prefixSim: number | undefined, suffixSim: number | undefined, atHint: boolean): boolean {
  if ((prefixSim ?? 0) >= CONTEXT_AGREES || (suffixSim ?? 0) >= CONTEXT_AGREES) return true;
  return atHint && (prefixSim ?? 1) >= CONTEXT_FITS && (suffixSim ?? 1) >= CONTEXT_FITS;
}

/** A fuzzy match near the position hint scoring this well ends the search (no whole-text scan). */
const LOCAL_ENOUGH = 0.9;
const WEIGHT = { prefix: 20, suffix: 20, position: 2 } as const;
/** The most a short quote without agreeing context may score: just under LOW_CONFIDENCE. */
const UNCONFIRMED = LOW_CONFIDENCE - 1e-3;
const MAX_SCORED = 64;

/** Errors allowed when fuzzy-matching a quote of `length` code units: ~20%, at least 2 once that is sane. */
export function maxErrorsFor(length: number): number {
  return Math.max(Math.min(2, Math.floor(length / 4)), Math.floor(length / 5));
}

interface Query {
  quote: string;
  prefix?: string;
  suffix?: string;
  /** Position hint in normalised offsets. */
  hint?: number;
}

interface Candidate {
  a: number;
  b: number;
  errors: number;
  /** Similarity of the quote itself (1 - errors / length unless estimated). */
  quoteSim?: number;
}

interface Scored extends Candidate {
  confidence: number;
  /** Its prefix, suffix or position agrees with the stored ones (what a short quote needs). */
  agrees: boolean;
}

function quoteWeight(length: number): number {
  // A long quote is evidence on its own; a 5-character one needs its context.
  return 50 * Math.min(4, Math.max(1, length / 32));
}

function scoreCandidate(doc: NormalizedText, q: Query, c: Candidate): Scored {
  const qw = quoteWeight(q.quote.length);
  const quoteSim = c.quoteSim ?? 1 - c.errors / q.quote.length;
  let sum = qw * quoteSim;
  let weights = qw;
  let p: number | undefined;
  let x: number | undefined;
  if (q.prefix !== undefined) {
    p = prefixSimilarity(q.prefix, doc.text, c.a);
    sum += WEIGHT.prefix * p;
    weights += WEIGHT.prefix;
  }
  if (q.suffix !== undefined) {
    x = suffixSimilarity(q.suffix, doc.text, c.b);
    sum += WEIGHT.suffix * x;
    weights += WEIGHT.suffix;
  }
  const agrees = contextAgrees(p, x, q.hint !== undefined && Math.abs(c.a - q.hint) <= POSITION_AGREES);
  if (q.hint !== undefined) {
    sum += WEIGHT.position * (1 - Math.abs(c.a - q.hint) / Math.max(1, doc.text.length));
    weights += WEIGHT.position;
  }
  return { ...c, confidence: Math.max(0, Math.min(1, sum / weights)), agrees };
}

/** The best score any inexact match could reach (one error, perfect context, at the hint). */
function fuzzyCeiling(q: Query): number {
  const qw = quoteWeight(q.quote.length);
  let sum = qw * (1 - 1 / q.quote.length);
  let weights = qw;
  for (const [present, w] of [
    [q.prefix !== undefined, WEIGHT.prefix],
    [q.suffix !== undefined, WEIGHT.suffix],
    [q.hint !== undefined, WEIGHT.position],
  ] as const) {
    if (present) {
      sum += w;
      weights += w;
    }
  }
  return sum / weights;
}

function distance(q: Query, c: Candidate): number {
  return q.hint === undefined ? 0 : Math.abs(c.a - q.hint);
}

/** Scores candidates (pre-filtering cheaply when there are many) and returns the best, or undefined. */
function best(doc: NormalizedText, q: Query, candidates: Candidate[]): Scored | undefined {
  let pool = candidates;
  if (pool.length > MAX_SCORED) {
    const quick = (c: Candidate) => quickContextScore(q.prefix ?? "", q.suffix ?? "", doc.text, c.a, c.b) - c.errors * 2;
    const byContext = [...pool].sort((x, y) => quick(y) - quick(x) || distance(q, x) - distance(q, y));
    const byDistance = [...pool].sort((x, y) => distance(q, x) - distance(q, y));
    pool = [...new Set([...byContext.slice(0, MAX_SCORED), ...byDistance.slice(0, 16)])];
  }
  // A short quote: a candidate whose context agrees beats any that only scores higher (see SHORT_QUOTE).
  // A quote stored without any context (no prefix, suffix or position) has nothing to agree with: scored as is.
  const short = q.quote.length < SHORT_QUOTE && (q.prefix !== undefined || q.suffix !== undefined || q.hint !== undefined);
  let top: Scored | undefined;
  for (const c of pool) {
    const s = scoreCandidate(doc, q, c);
    if (top && short && s.agrees !== top.agrees) {
      if (s.agrees) top = s;
      continue;
    }
    if (!top || s.confidence > top.confidence + 1e-12 || (Math.abs(s.confidence - top.confidence) <= 1e-12 && distance(q, s) < distance(q, top))) {
      top = s;
    }
  }
  return top && short && !top.agrees ? { ...top, confidence: Math.min(top.confidence, UNCONFIRMED) } : top;
}

function exactCandidates(text: string, quote: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) {
    out.push({ a: i, b: i + quote.length, errors: 0 });
  }
  return out;
}

function fuzzySearch(text: string, pattern: string, k: number, from = 0, to = text.length): Candidate[] {
  return approxSearch(text.slice(from, to), pattern, k).map((m) => ({ a: m.start + from, b: m.end + from, errors: m.errors }));
}

function fuzzyCandidates(doc: NormalizedText, q: Query): Candidate[] {
  if (q.quote.length > LONG_QUOTE) return longQuoteCandidates(doc, q);
  const k = maxErrorsFor(q.quote.length);
  return k === 0 ? [] : fuzzySearch(doc.text, q.quote, k);
}

/** Head and tail of a very long quote are matched separately and paired up by the expected length. */
function longQuoteCandidates(doc: NormalizedText, q: Query): Candidate[] {
  const n = 256;
  const head = q.quote.slice(0, n);
  const tail = q.quote.slice(-n);
  const heads = fuzzyCandidatesFor(doc, { ...q, quote: head });
  const tails = fuzzyCandidatesFor(doc, { ...q, quote: tail, ...(q.hint !== undefined ? { hint: q.hint + q.quote.length - n } : {}) });
  const out: Candidate[] = [];
  const tolerance = Math.floor(q.quote.length / 5);
  for (const h of heads) {
    let pick: Candidate | undefined;
    for (const t of tails) {
      const length = t.b - h.a;
      if (t.a < h.b || Math.abs(length - q.quote.length) > tolerance) continue;
      if (!pick || Math.abs(t.b - h.a - q.quote.length) < Math.abs(pick.b - h.a - q.quote.length)) pick = t;
    }
    if (!pick) continue;
    const lengthError = Math.abs(pick.b - h.a - q.quote.length) / q.quote.length;
    const quoteSim = 1 - Math.min(1, (h.errors + pick.errors) / (2 * n) + lengthError);
    out.push({ a: h.a, b: pick.b, errors: h.errors + pick.errors, quoteSim });
  }
  return out;
}

function fuzzyCandidatesFor(doc: NormalizedText, q: Query): Candidate[] {
  return [...exactCandidates(doc.text, q.quote), ...fuzzyCandidates(doc, q)];
}

export interface Anchorer {
  readonly text: string;
  anchor(selectors: readonly AnySelector[] | AnySelector): AnchorResult;
}

interface Prepared {
  /** The text normalised, its page furniture left out (furniture.ts). */
  doc: NormalizedText;
  furniture: Furniture;
}

/** Normalises `text` once; use it to anchor many annotations against the same text. */
export function createAnchorer(text: string): Anchorer {
  let prepared: Prepared | undefined;
  const prepare = () => {
    if (!prepared) {
      const furniture = findFurniture(text);
      prepared = { doc: normalize(text, furnitureSpans(text, furniture)), furniture };
    }
    return prepared;
  };
  return { text, anchor: (selectors) => anchorIn(text, prepare, selectors) };
}

/** Finds the passage described by `selectors` in `text`. Never throws on odd selectors: orphans them. */
export function anchor(text: string, selectors: readonly AnySelector[] | AnySelector): AnchorResult {
  return createAnchorer(text).anchor(selectors);
}

function anchorIn(text: string, prepare: () => Prepared, selectors: readonly AnySelector[] | AnySelector): AnchorResult {
  const { quote, position } = pickSelectors(selectors);
  const positionFits = position !== undefined && position.start >= 0 && position.start < position.end && position.end <= text.length;

  if (!quote || quote.exact.length === 0) {
    if (!position) return { orphan: true, reason: "no TextQuoteSelector or TextPositionSelector to anchor" };
    if (!positionFits) {
      return { orphan: true, reason: `position [${position.start}, ${position.end}) is outside the text (length ${text.length})` };
    }
    return { start: position.start, end: position.end, confidence: POSITION_ONLY_CONFIDENCE, method: "position" };
  }

  // Stage 1: verbatim at the hint, with context on at least one side that still agrees (so that an
  // identical copy which merely moved into the old offsets does not win by position alone).
  if (positionFits && text.slice(position.start, position.end) === quote.exact) {
    const p = quote.prefix === undefined ? undefined : prefixSimilarity(quote.prefix, text, position.start);
    const s = quote.suffix === undefined ? undefined : suffixSimilarity(quote.suffix, text, position.end);
    const trusted = quote.exact.length < SHORT_QUOTE ? contextAgrees(p, s, true) : Math.max(p ?? 1, s ?? 1) >= 0.5;
    if (trusted) return { start: position.start, end: position.end, confidence: 1, method: "position" };
  }

  const { doc, furniture } = prepare();
  // Quote and context are compared as the text is: without running headers, footers and page numbers.
  const clean = (s: string) => normalizeString(withoutFurniture(s, furniture));
  const q: Query = { quote: clean(quote.exact) };
  if (q.quote.trim().length === 0) return { orphan: true, reason: "the quote is blank once whitespace and page furniture are left out" };
  if (quote.prefix !== undefined) q.prefix = clean(quote.prefix);
  if (quote.suffix !== undefined) q.suffix = clean(quote.suffix);
  if (position) q.hint = doc.toNorm[Math.max(0, Math.min(text.length, position.start))] as number;

  // Stage 2: exact occurrences.
  const exact = best(doc, q, exactCandidates(doc.text, q.quote));
  if (exact && exact.confidence >= fuzzyCeiling(q)) return toResult(doc, exact, "exact");

  // Stage 3: fuzzy, competing with whatever exact occurrence was found. Near the hint first: a
  // strong match there (context agrees) is not worth a scan of the whole text.
  let fuzzy: Scored | undefined;
  if (q.hint !== undefined && q.quote.length <= LONG_QUOTE) {
    const w = Math.max(2048, q.quote.length);
    const from = Math.max(0, q.hint - w);
    const to = Math.min(doc.text.length, q.hint + q.quote.length + w);
    const k = maxErrorsFor(q.quote.length);
    const local = k === 0 ? undefined : best(doc, q, fuzzySearch(doc.text, q.quote, k, from, to));
    if (local && local.confidence >= LOCAL_ENOUGH) fuzzy = local;
  }
  fuzzy ??= best(doc, q, fuzzyCandidates(doc, q));
  const winner = !exact || (fuzzy && fuzzy.confidence > exact.confidence) ? fuzzy : exact;
  if (!winner) {
    return { orphan: true, reason: `no passage within ${maxErrorsFor(q.quote.length)} edits of the quote` };
  }
  if (winner.confidence < MIN_CONFIDENCE) {
    return { orphan: true, reason: `best match too weak (confidence ${winner.confidence.toFixed(2)})` };
  }
  return toResult(doc, winner, winner.errors === 0 && winner.quoteSim === undefined ? "exact" : "fuzzy");
}

function toResult(doc: NormalizedText, c: Scored, method: Anchored["method"]): Anchored {
  const { start, end } = toOriginal(doc, c.a, c.b);
  // An inexact match never reports the certainty reserved for exact ones, however it rounds.
  const confidence = method === "fuzzy" ? Math.min(0.9999, round(c.confidence)) : round(c.confidence);
  return { start, end, confidence, method };
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/** Maps an anchoring result to the Prisma enum AnchorStatus. */
export function classify(result: AnchorResult): AnchorStatus {
  if (result.orphan) return "ORPHANED";
  return result.confidence >= LOW_CONFIDENCE ? "ANCHORED" : "LOW_CONFIDENCE";
}
