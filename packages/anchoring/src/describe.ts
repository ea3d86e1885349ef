import type { TextPositionSelector, TextQuoteSelector } from "./types.ts";

/** How many code units of context `describe` stores on each side of the quote. */
export const CONTEXT_LENGTH = 32;

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Throws a RangeError unless [start, end) is a non-empty range of `text` that splits no surrogate pair. */
export function assertRange(text: string, start: number, end: number): void {
  if (typeof text !== "string") throw new TypeError("describe: text must be a string");
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) {
    throw new RangeError(`describe: start and end must be integers (got ${String(start)}, ${String(end)})`);
  }
  if (start < 0 || end > text.length || start > end) {
    throw new RangeError(`describe: range [${start}, ${end}) is outside the text (length ${text.length})`);
  }
  if (start === end) throw new RangeError(`describe: range [${start}, ${end}) is empty`);
  if (isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) {
    throw new RangeError(`describe: start ${start} splits a surrogate pair`);
  }
  if (end < text.length && isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))) {
    throw new RangeError(`describe: end ${end} splits a surrogate pair`);
  }
}

/**
 * Describes text[start, end) as W3C selectors: a TextQuoteSelector (the quote plus up to 32 code
 * units of prefix and suffix, never cutting a surrogate pair in half) and a TextPositionSelector.
 */
export function describe(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  assertRange(text, start, end);
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (prefixStart > 0 && isLow(text.charCodeAt(prefixStart))) prefixStart++;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (suffixEnd < text.length && isHigh(text.charCodeAt(suffixEnd - 1))) suffixEnd--;
  return [
    {
      type: "TextQuoteSelector",
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    { type: "TextPositionSelector", start, end },
  ];
}
