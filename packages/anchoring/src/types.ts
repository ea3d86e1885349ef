// W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors) and the results of
// anchoring them. All offsets are JavaScript string indices (UTF-16 code units), end exclusive.

export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  /** Up to 32 code units immediately before `exact` ("" at the start of the text). */
  prefix?: string;
  /** Up to 32 code units immediately after `exact` ("" at the end of the text). */
  suffix?: string;
}

export interface TextPositionSelector {
  type: "TextPositionSelector";
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

/** Anything with a `type`: selectors of other kinds (CSS, XPath, …) are accepted and ignored. */
export type AnySelector = Selector | { type: string; [key: string]: unknown };

export type AnchorMethod = "position" | "exact" | "fuzzy";

export interface Anchored {
  orphan?: false;
  start: number;
  end: number;
  /** 0..1 — 1 means the quote is exactly where the position selector says. */
  confidence: number;
  method: AnchorMethod;
}

export interface Orphan {
  orphan: true;
  reason: string;
}

export type AnchorResult = Anchored | Orphan;

/** Same names as the Prisma enum `AnchorStatus`. */
export type AnchorStatus = "ANCHORED" | "LOW_CONFIDENCE" | "ORPHANED";
