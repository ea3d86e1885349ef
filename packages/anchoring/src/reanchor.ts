// Re-anchoring every annotation of a paper whose text changed (new arXiv version, re-extracted PDF).
// Nothing is dropped: ANCHORED annotations get fresh selectors; LOW_CONFIDENCE and ORPHANED ones keep
// their original selectors (the author's quote is the evidence) so they can be shown and fixed by hand.
import { createAnchorer } from "./anchor.ts";
import { classify } from "./anchor.ts";
import { describe } from "./describe.ts";
import { pickSelectors } from "./select.ts";
import type { AnchorResult, AnchorStatus, AnySelector, Selector } from "./types.ts";

export interface ReanchorInput {
  id: string;
  /** The stored W3C selectors (a TextQuoteSelector and/or a TextPositionSelector). */
  selector: readonly AnySelector[];
}

export interface ReanchorOutput {
  id: string;
  status: AnchorStatus;
  result: AnchorResult;
  /** ANCHORED: selectors describing the new range in newText. Otherwise: the input selectors, unchanged. */
  selector: AnySelector[];
  /** True when the ANCHORED range or selectors differ from the stored ones (something to persist). */
  changed: boolean;
}

interface Diff {
  /** Length of the common prefix of old and new text. */
  head: number;
  /** Length of the common suffix (not overlapping the prefix). */
  tail: number;
  delta: number;
  oldLength: number;
}

function diffEnds(oldText: string, newText: string): Diff {
  const max = Math.min(oldText.length, newText.length);
  let head = 0;
  while (head < max && oldText.charCodeAt(head) === newText.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < max - head && oldText.charCodeAt(oldText.length - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)) {
    tail++;
  }
  return { head, tail, delta: newText.length - oldText.length, oldLength: oldText.length };
}

/** Moves an old offset across the single edited region between the common prefix and suffix. */
function shift(d: Diff, offset: number): number {
  if (offset <= d.head) return offset;
  if (offset >= d.oldLength - d.tail) return offset + d.delta;
  return Math.max(d.head, Math.min(offset, d.oldLength - d.tail + d.delta));
}

/**
 * Re-anchors `annotations` in `newText`. With `oldText` (the text they were made on) it can also
 * recover a missing quote from a position-only selector and shift position hints across the edit.
 */
export function reanchorAll(oldText: string | null | undefined, newText: string, annotations: readonly ReanchorInput[]): ReanchorOutput[] {
  const anchorer = createAnchorer(newText);
  const diff = typeof oldText === "string" ? diffEnds(oldText, newText) : undefined;
  return annotations.map(({ id, selector }) => {
    const { quote, position } = pickSelectors(selector);
    const query: Selector[] = [];
    if (quote) {
      query.push(quote);
    } else if (position && typeof oldText === "string" && position.start >= 0 && position.start < position.end && position.end <= oldText.length) {
      try {
        query.push(describe(oldText, position.start, position.end)[0]);
      } catch {
        // A position splitting a surrogate pair: anchor by position alone.
      }
    }
    if (position) {
      query.push(diff ? { type: "TextPositionSelector", start: shift(diff, position.start), end: shift(diff, position.end) } : position);
    }
    const result = anchorer.anchor(query);
    const status = classify(result);
    if (status !== "ANCHORED" || result.orphan) return { id, status, result, selector: [...selector], changed: false };
    const fresh = describe(newText, result.start, result.end);
    const changed =
      !position ||
      position.start !== result.start ||
      position.end !== result.end ||
      !quote ||
      quote.exact !== fresh[0].exact ||
      quote.prefix !== fresh[0].prefix ||
      quote.suffix !== fresh[0].suffix;
    return { id, status, result, selector: fresh, changed };
  });
}
