import type { AnySelector, TextQuoteSelector } from "@commonplace/anchoring";

// Stored selectors are JSON: read them defensively (imports and older rows may hold anything).

export function asSelectors(json: unknown): AnySelector[] {
  if (!Array.isArray(json)) return [];
  return json.filter((s): s is AnySelector => typeof s === "object" && s !== null && typeof (s as { type?: unknown }).type === "string");
}

export function pickQuote(json: unknown): TextQuoteSelector | null {
  const q = asSelectors(json).find((s) => s.type === "TextQuoteSelector") as TextQuoteSelector | undefined;
  return q && typeof q.exact === "string" ? q : null;
}
