import { anchor, classify, type AnySelector } from "@commonplace/anchoring";

/*
 * Maps a PDF's text layer (pdf.js text items, page by page) onto the paper's annotatable `fullText`,
 * so a selection in the PDF view becomes a range in the same coordinates as the text view, and a stored
 * range can be drawn over the PDF. Pure; no DOM.
 *
 * The server's fullText was extracted by pdf.js too (unpdf): per page, items joined as
 * `str + (hasEOL ? "\n" : "")`, pages joined by "\n\n". The browser's pdf.js may be another version
 * and split or space items a little differently, so nothing relies on the two strings being equal:
 * both are reduced to their "kept" characters (no whitespace, no hyphens — line-end hyphenation and
 * spacing are where extractors differ — NFKC-folded and lower-cased, each remembering its offset),
 * and each item's kept characters are found in order in the full text's, at the cursor or a little
 * ahead. Items that cannot be placed (text the other extraction lacks) stay unmapped; a selection that
 * ends inside one falls back to quote anchoring (`anchor` from @commonplace/anchoring), like an
 * annotation whose text changed.
 */

export interface LayerItem {
  str: string;
  hasEOL?: boolean;
}

/** A point in the text layer: character `offset` (UTF-16) of item `item` on page `page` (0-based). */
export interface ItemPoint {
  page: number;
  item: number;
  offset: number;
}

/** The part [from, to) of one item's string covered by a range. */
export interface LayerPiece {
  page: number;
  item: number;
  from: number;
  to: number;
}

export type TextRange = { start: number; end: number };
export type LocatedRange = TextRange & { method: "mapped" | "quote" };

const DROPPED = /[\s\-\u00ad\u2010\u2011]/;
const CONTEXT = 32;

interface Kept {
  /** The kept characters, folded. */
  text: string;
  /** For each of them, the offset of the source character it came from. */
  at: Int32Array;
}

function keep(source: string, from = 0, to = source.length): Kept {
  let text = "";
  const at: number[] = [];
  for (let i = from; i < to; i++) {
    const ch = source[i]!;
    if (DROPPED.test(ch) || ch < " ") continue;
    const folded = ch.normalize("NFKC").toLowerCase();
    for (let k = 0; k < folded.length; k++) {
      if (DROPPED.test(folded[k]!)) continue;
      text += folded[k];
      at.push(i);
    }
  }
  return { text, at: Int32Array.from(at) };
}

/** Smallest index i with xs[i] >= v (xs ascending); xs.length when none. */
function lowerBound(xs: ArrayLike<number>, v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How far ahead of the cursor an item may be found: short strings only nearby (they occur everywhere). */
function lookahead(length: number): number {
  return length <= 2 ? 2 : length < 8 ? 256 : 4096;
}

export class PdfTextMap {
  /** The layer's text, joined exactly as the server joined the extracted pages. */
  readonly layerText: string;
  /** Layer range of each item, per page. */
  private readonly items: { start: number; end: number }[][];
  /** Every item in layer order. */
  private readonly order: { start: number; end: number; page: number; item: number }[] = [];
  private readonly orderStarts: Int32Array;
  private readonly layer: Kept;
  private readonly full: Kept;
  /** Kept layer index → kept full-text index, or -1 when unplaced. */
  private readonly align: Int32Array;
  /** Kept full-text index → kept layer index, or -1. */
  private readonly inverse: Int32Array;

  constructor(
    readonly fullText: string,
    pages: readonly (readonly LayerItem[])[],
  ) {
    let layerText = "";
    this.items = pages.map((items, page) => {
      if (page > 0) layerText += "\n\n";
      return items.map((it, item) => {
        const span = { start: layerText.length, end: layerText.length + it.str.length };
        layerText += it.str;
        this.order.push({ ...span, page, item });
        if (it.hasEOL) layerText += "\n";
        return span;
      });
    });
    this.layerText = layerText;
    this.orderStarts = Int32Array.from(this.order, (o) => o.start);
    this.layer = keep(layerText);
    this.full = keep(fullText);
    this.align = new Int32Array(this.layer.text.length).fill(-1);
    this.inverse = new Int32Array(this.full.text.length).fill(-1);
    this.placeItems();
  }

  /** Fraction of the layer's kept characters placed in the full text (1 when both extractions agree). */
  get coverage(): number {
    const n = this.align.length;
    return n === 0 ? 1 : this.align.reduce((c, v) => c + (v >= 0 ? 1 : 0), 0) / n;
  }

  private link(layerIndex: number, fullIndex: number): void {
    this.align[layerIndex] = fullIndex;
    this.inverse[fullIndex] = layerIndex;
  }

  private placeItems(): void {
    const L = this.layer.text;
    const F = this.full.text;
    let cursor = 0;
    for (const { start, end } of this.order) {
      const a = lowerBound(this.layer.at, start);
      const b = lowerBound(this.layer.at, end);
      if (a === b) continue;
      const s = L.slice(a, b);
      let at = F.startsWith(s, cursor) ? cursor : F.indexOf(s, cursor);
      if (at >= 0 && at - cursor > lookahead(s.length)) at = -1;
      if (at >= 0) {
        for (let k = 0; k < s.length; k++) this.link(a + k, at + k);
        cursor = at + s.length;
        continue;
      }
      // Not verbatim: tolerate one differing character at the cursor (a glyph the extractions read differently).
      let p = 0;
      while (p < s.length && F[cursor + p] === s[p]) p++;
      const oneOff = cursor + s.length <= F.length && (p > 0 || s.length > 2) && F.startsWith(s.slice(p + 1), cursor + p + 1);
      if (oneOff) {
        for (let k = 0; k < s.length; k++) this.link(a + k, cursor + k);
        cursor += s.length;
      }
    }
  }

  /** The layer offset of a point (clamped into its item). */
  layerOffset(point: ItemPoint): number | null {
    const span = this.items[point.page]?.[point.item];
    if (!span) return null;
    return span.start + Math.max(0, Math.min(point.offset, span.end - span.start));
  }

  /** Layer range → full-text range, trimmed to its first and last kept characters; null when either is unplaced. */
  mapLayerRange(layerStart: number, layerEnd: number): TextRange | null {
    const i = lowerBound(this.layer.at, layerStart);
    const j = lowerBound(this.layer.at, layerEnd) - 1;
    if (i > j) return null;
    const a = this.align[i]!;
    const b = this.align[j]!;
    if (a < 0 || b < 0 || a > b) return null;
    const start = this.full.at[a]!;
    const last = this.full.at[b]!;
    const end = last + (/[\ud800-\udbff]/.test(this.fullText[last] ?? "") ? 2 : 1);
    return { start, end };
  }

  /** The full-text offset nearest to a layer offset (for a position hint), via the closest placed character. */
  private nearestFull(layerOffset: number): number | null {
    const i = lowerBound(this.layer.at, layerOffset);
    for (let d = 0; d < this.align.length; d++) {
      for (const k of [i + d, i - d - 1]) {
        const v = this.align[k];
        if (v !== undefined && v >= 0) return this.full.at[v]!;
      }
      if (i + d >= this.align.length && i - d - 1 < 0) break;
    }
    return null;
  }

  /**
   * A selection between two points of the layer → a range of the full text. Mapped when both ends are
   * placed; else the selected layer text is anchored as a quote (with its context and a position hint)
   * and accepted only when that is confident. Null for an empty (whitespace-only) or unmatched selection.
   */
  locate(from: ItemPoint, to: ItemPoint): LocatedRange | null {
    let ls = this.layerOffset(from);
    let le = this.layerOffset(to);
    if (ls === null || le === null) return null;
    if (ls > le) [ls, le] = [le, ls];
    const mapped = this.mapLayerRange(ls, le);
    if (mapped) return { ...mapped, method: "mapped" };
    while (ls < le && /\s/.test(this.layerText[ls]!)) ls++;
    while (le > ls && /\s/.test(this.layerText[le - 1]!)) le--;
    if (ls === le) return null;
    const selectors: AnySelector[] = [
      {
        type: "TextQuoteSelector",
        exact: this.layerText.slice(ls, le),
        prefix: this.layerText.slice(Math.max(0, ls - CONTEXT), ls),
        suffix: this.layerText.slice(le, le + CONTEXT),
      },
    ];
    const hint = this.nearestFull(ls);
    if (hint !== null) selectors.push({ type: "TextPositionSelector", start: hint, end: Math.min(this.fullText.length, hint + (le - ls)) });
    const found = anchor(this.fullText, selectors);
    if (found.orphan || classify(found) !== "ANCHORED") return null;
    return { start: found.start, end: found.end, method: "quote" };
  }

  /** Full-text range → the pieces of layer items that show it (every item between its first and last placed character). */
  piecesFor(range: TextRange): LayerPiece[] {
    const i = lowerBound(this.full.at, range.start);
    const j = lowerBound(this.full.at, range.end) - 1;
    let first = -1;
    let last = -1;
    for (let k = i; k <= j; k++) {
      const v = this.inverse[k]!;
      if (v < 0) continue;
      if (first < 0) first = v;
      last = v;
    }
    if (first < 0) return [];
    const ls = this.layer.at[first]!;
    const le = this.layer.at[last]! + 1;
    const pieces: LayerPiece[] = [];
    // The item holding `ls` starts at or before it: step back from the first item starting after it.
    for (let k = Math.max(0, lowerBound(this.orderStarts, ls + 1) - 1); k < this.order.length; k++) {
      const o = this.order[k]!;
      if (o.start >= le) break;
      if (o.end <= ls) continue;
      const from = Math.max(ls, o.start) - o.start;
      const to = Math.min(le, o.end) - o.start;
      if (to > from) pieces.push({ page: o.page, item: o.item, from, to });
    }
    return pieces;
  }
}
