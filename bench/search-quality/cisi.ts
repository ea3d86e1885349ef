import { readFile } from "node:fs/promises";
import path from "node:path";

// Parser for the CISI test collection (see its README.md): records start with `.I <id>`,
// fields are `.T` title, `.A` author (repeats), `.B` source, `.W` text, `.X` citations.

export interface CisiDocument {
  id: string;
  title: string;
  authors: string[];
  source: string;
  abstract: string;
}

export interface CisiQuery {
  id: string;
  text: string;
}

export interface CisiCollection {
  documents: CisiDocument[];
  queries: CisiQuery[];
  /** query id → set of relevant document ids (binary judgments). */
  relevant: Map<string, Set<string>>;
}

interface RawRecord {
  id: string;
  fields: Map<string, string[]>;
}

/** Split a CISI file into records of fields; a field's lines are joined by newlines. */
export function parseRecords(text: string): RawRecord[] {
  const records: RawRecord[] = [];
  let current: RawRecord | null = null;
  let field: string | null = null;
  for (const line of text.split(/\r?\n/)) {
    const marker = /^\.([ITABWX])(?:\s+(.*))?$/.exec(line.trimEnd());
    if (marker) {
      const [, name, rest] = marker as unknown as [string, string, string | undefined];
      if (name === "I") {
        current = { id: (rest ?? "").trim(), fields: new Map() };
        records.push(current);
        field = null;
        continue;
      }
      field = name;
      if (current && !current.fields.has(field)) current.fields.set(field, []);
      if (current && rest?.trim()) current.fields.get(field)!.push(rest.trim());
      continue;
    }
    if (current && field) current.fields.get(field)!.push(line);
  }
  return records;
}

const joinText = (lines: string[] | undefined) => (lines ?? []).join(" ").replace(/\s+/g, " ").trim();

export function parseDocuments(text: string): CisiDocument[] {
  return parseRecords(text).map((r) => ({
    id: r.id,
    title: joinText(r.fields.get("T")),
    authors: (r.fields.get("A") ?? []).map((a) => a.trim()).filter(Boolean),
    source: joinText(r.fields.get("B")),
    abstract: joinText(r.fields.get("W")),
  }));
}

export function parseQueries(text: string): CisiQuery[] {
  return parseRecords(text).map((r) => ({
    id: r.id,
    // A few queries carry a title too; both are part of the information need.
    text: [joinText(r.fields.get("T")), joinText(r.fields.get("W"))].filter(Boolean).join(" "),
  }));
}

export function parseRelevance(text: string): Map<string, Set<string>> {
  const relevant = new Map<string, Set<string>>();
  for (const line of text.split(/\r?\n/)) {
    const parts = line.trim().split(/\s+/);
    if (parts.length < 2 || !parts[0] || !parts[1]) continue;
    const set = relevant.get(parts[0]) ?? new Set<string>();
    set.add(parts[1]);
    relevant.set(parts[0], set);
  }
  return relevant;
}

export async function loadCisi(dir: string): Promise<CisiCollection> {
  const read = (name: string) => readFile(path.join(dir, name), "utf8");
  const [all, qry, rel] = await Promise.all([read("CISI.ALL"), read("CISI.QRY"), read("CISI.REL")]);
  return { documents: parseDocuments(all), queries: parseQueries(qry), relevant: parseRelevance(rel) };
}
