// @commonplace/anchoring — pure W3C text anchoring that survives edits to the text. See README.md.
export type { AnchorMethod, AnchorResult, AnchorStatus, Anchored, AnySelector, Orphan, Selector, TextPositionSelector, TextQuoteSelector } from "./types.ts";
export { CONTEXT_LENGTH, describe } from "./describe.ts";
export {
  LONG_QUOTE,
  LOW_CONFIDENCE,
  MIN_CONFIDENCE,
  POSITION_ONLY_CONFIDENCE,
  SHORT_QUOTE,
  anchor,
  classify,
  createAnchorer,
  maxErrorsFor,
  type Anchorer,
} from "./anchor.ts";
export { reanchorAll, type ReanchorInput, type ReanchorOutput } from "./reanchor.ts";
export { normalize, toOriginal, type NormalizedText } from "./normalize.ts";
export { annotatableSource, type TextSource } from "./annotatable-text.ts";
