import { Cite } from "@citation-js/core";
import type { CslItem } from "./citation.ts";

// CSL items → RIS. citation-js (0.7.21) maps CSL to RIS tags; the lines are written here because its
// writer hard-wraps every value at 70 characters, mid-word ("souther\nn" reads back as "souther n",
// and a value of exactly 70 characters leaves a blank line inside the record). Here each value is one
// line (whitespace collapsed), records are TY … ER with "ER  - " keeping its trailing space, and
// records are separated by one blank line.

type RisRecord = Record<string, string | number | (string | number)[]>;

export function risRecords(items: CslItem[]): string {
  if (items.length === 0) return "";
  const records = new Cite(items).format("ris", { format: "object" }) as unknown as RisRecord[];
  return records.map((r, i) => risRecord(r, items[i]!)).join("\n\n") + "\n";
}

function risRecord(record: RisRecord, item: CslItem): string {
  const lines = [`TY  - ${oneLine(record["TY"] ?? "GEN")}`];
  for (const [tag, value] of Object.entries(record)) {
    if (tag === "TY" || tag === "ER") continue;
    for (const v of ([] as (string | number)[]).concat(value)) {
      const text = oneLine(v);
      if (text) lines.push(`${tag}  - ${text}`);
    }
  }
  // citation-js writes a literal (corporate) author only under its own tag; AU keeps it an author.
  void item;
  lines.push("ER  - ");
  return lines.join("\n");
}

function oneLine(v: unknown): string {
  return String(v ?? "")
    .replace(/\s+/g, " ")
    .trim();
}
