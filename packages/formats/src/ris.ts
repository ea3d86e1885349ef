import { chain, chainLink, type CslItem } from "./citation.ts";
import { fixCslItem } from "./citation-fixes.ts";
import { cslToPaper } from "./csl-to-paper.ts";
import { risLocator, withLines } from "./entry-lines.ts";
import { fail } from "./paper.ts";
import { errorMessage } from "./text.ts";
import type { ParseOutcome } from "./types.ts";

// RIS through citation-js. Its RIS reader is lenient (garbage lines are skipped), so the file is
// first checked for at least one "TY  - " record start; records without a title fail one by one.
// normalizeRis adapts what other tools write to what citation-js 0.7 reads right.

const RECORD_START = /^\uFEFF?TY {1,2}- ?/m;
/** A tag line as written by anyone: "TY  - JOUR", "TY - JOUR", "ER  -", "ER -". */
const TAG_LINE = /^([A-Z][A-Z0-9]) {1,2}-(?: (.*)|\s*)$/;
// Translated title and author (TT, TA): citation-js makes them the title and the authors.
const DROPPED = new Set(["TT", "TA"]);

export function parseRis(text: string): ParseOutcome[] {
  return withLines(parseRecords(text), risLocator(text));
}

function parseRecords(text: string): ParseOutcome[] {
  if (text.trim() === "") return [fail("Empty file", "file")];
  if (!RECORD_START.test(text)) return [fail('Not valid RIS: no records (expected lines like "TY  - JOUR")', "file")];
  let records: unknown;
  try {
    records = chainLink(normalizeRis(text), "@ris/file");
  } catch (e) {
    return [fail(`Not valid RIS: ${errorMessage(e)}`, "file")];
  }
  if (!Array.isArray(records) || records.length === 0) return [fail("Not valid RIS: no records found", "file")];
  return records.map((record: unknown, i) => {
    const ref = `entry ${i + 1}`;
    try {
      // Always the mixed (2011 + legacy) tag set: citation-js picks the legacy one for a record with an
      // ID or EP tag and no newer tag, which reads AB (the abstract everywhere today) as a note.
      const list = chain(record, "@ris/record");
      const csl = Array.isArray(list) ? (list[0] as CslItem | undefined) : undefined;
      return csl ? cslToPaper(fixCslItem(csl), "ris", ref) : fail(`${ref}: could not read record`, ref);
    } catch (e) {
      return fail(`${ref}: ${errorMessage(e)}`, ref);
    }
  });
}

/**
 * RIS text rewritten line by line: tag lines with one space before the dash get the two the spec asks
 * for (citation-js skipped them, and a whole record with them); TT/TA lines go; A1 (primary author)
 * becomes AU, so a record mixing both keeps every author in order; a PY with a full date
 * (2023-10-24, 2023/10/24/, 2023///) becomes PY 2023, plus a DA with month and day unless the record has a DA.
 */
export function normalizeRis(text: string): string {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n?|\n/);
  const out: string[] = [];
  let record: { hasDa: boolean; date?: string } | null = null;
  let skipping = false;
  for (const raw of lines) {
    const m = TAG_LINE.exec(raw.trimEnd());
    if (!m) {
      if (!skipping) out.push(raw);
      continue;
    }
    let tag = m[1]!;
    const value = (m[2] ?? "").trim();
    skipping = DROPPED.has(tag);
    if (skipping) continue;
    if (tag === "TY") record = { hasDa: false };
    if (tag === "A1") tag = "AU";
    if (tag === "DA" && record) record.hasDa = true;
    if ((tag === "PY" || tag === "Y1") && record) {
      const d = /^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?/.exec(value);
      if (d) {
        if (d[2]) record.date = [d[1], d[2], d[3]].filter(Boolean).join("/") + "/";
        out.push(`PY  - ${d[1]}`);
        continue;
      }
    }
    if (tag === "ER" && record) {
      if (record.date && !record.hasDa) out.push(`DA  - ${record.date}`);
      record = null;
    }
    out.push(`${tag}  - ${value}`);
  }
  return out.join("\n");
}
