import { chain, type CslItem } from "./citation.ts";
import { cslToPaper } from "./csl-to-paper.ts";
import { fail } from "./paper.ts";
import { errorMessage } from "./text.ts";
import type { ParseOutcome } from "./types.ts";

// RIS through citation-js. Its RIS reader is lenient (garbage lines are skipped), so the file is
// first checked for at least one "TY  - " record start; records without a title fail one by one.

const RECORD_START = /^\uFEFF?TY {1,2}- ?/m;

export function parseRis(text: string): ParseOutcome[] {
  if (text.trim() === "") return [fail("Empty file", "file")];
  if (!RECORD_START.test(text)) return [fail('Not valid RIS: no records (expected lines like "TY  - JOUR")', "file")];
  let items: unknown;
  try {
    items = chain(text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"), "@ris/file");
  } catch (e) {
    return [fail(`Not valid RIS: ${errorMessage(e)}`, "file")];
  }
  if (!Array.isArray(items) || items.length === 0) return [fail("Not valid RIS: no records found", "file")];
  return items.map((item: unknown, i) => {
    const csl = (item && typeof item === "object" ? item : {}) as CslItem;
    const ref = `entry ${i + 1}`;
    return cslToPaper(csl, "ris", ref);
  });
}
