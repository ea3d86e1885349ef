import { chain, type CslItem } from "./citation.ts";
import { cslToPaper } from "./csl-to-paper.ts";
import { cslJsonLocator, withLines } from "./entry-lines.ts";
import { fail } from "./paper.ts";
import { errorMessage } from "./text.ts";
import type { ParseOutcome } from "./types.ts";

// CSL-JSON (Zotero "Export → CSL JSON", citation-js, pandoc): an array of items, or one item.
// Items go through citation-js one at a time so it normalizes them and one bad item fails alone.

export function parseCslJson(text: string): ParseOutcome[] {
  return withLines(parseItems(text), cslJsonLocator(text));
}

function parseItems(text: string): ParseOutcome[] {
  if (text.trim() === "") return [fail("Empty file", "file")];
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return [fail(`Not valid CSL-JSON: ${errorMessage(e)}`, "file")];
  }
  const items = Array.isArray(json) ? json : json && typeof json === "object" ? [json] : null;
  if (!items) return [fail("Not valid CSL-JSON: expected an array of items or one item object", "file")];
  if (items.length === 0) return [fail("Not valid CSL-JSON: the array is empty", "file")];
  return items.map((item: unknown, i) => {
    const id = item && typeof item === "object" ? (item as CslItem)["id"] : undefined;
    const ref = typeof id === "string" || typeof id === "number" ? `entry ${id}` : `entry ${i + 1}`;
    if (!item || typeof item !== "object" || Array.isArray(item)) return fail(`${ref}: not a CSL item object`, ref);
    try {
      const list = chain(item, "@csl/object");
      const csl = Array.isArray(list) ? (list[0] as CslItem | undefined) : undefined;
      return cslToPaper(csl ?? (item as CslItem), "csl-json", ref);
    } catch (e) {
      return fail(`${ref}: ${errorMessage(e)}`, ref);
    }
  });
}
