import type { AnySelector, TextPositionSelector, TextQuoteSelector } from "./types.ts";

/** Picks the first well-formed quote and position selectors; anything else is ignored. */
export function pickSelectors(selectors: readonly AnySelector[] | AnySelector | null | undefined): {
  quote?: TextQuoteSelector;
  position?: TextPositionSelector;
} {
  const list: readonly unknown[] = Array.isArray(selectors) ? selectors : selectors ? [selectors] : [];
  let quote: TextQuoteSelector | undefined;
  let position: TextPositionSelector | undefined;
  for (const s of list) {
    if (typeof s !== "object" || s === null) continue;
    const r = s as Record<string, unknown>;
    if (!quote && r.type === "TextQuoteSelector" && typeof r.exact === "string") {
      quote = {
        type: "TextQuoteSelector",
        exact: r.exact,
        ...(typeof r.prefix === "string" ? { prefix: r.prefix } : {}),
        ...(typeof r.suffix === "string" ? { suffix: r.suffix } : {}),
      };
    } else if (!position && r.type === "TextPositionSelector" && Number.isSafeInteger(r.start) && Number.isSafeInteger(r.end)) {
      position = { type: "TextPositionSelector", start: r.start as number, end: r.end as number };
    }
  }
  return { ...(quote ? { quote } : {}), ...(position ? { position } : {}) };
}
