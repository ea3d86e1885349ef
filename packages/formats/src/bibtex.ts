import { chain, type BibEntry, type CslItem } from "./citation.ts";
import { fixCslItem, protectMath } from "./citation-fixes.ts";
import { bibtexLocator, withLines } from "./entry-lines.ts";
import { cslToPaper, type ArxivHint } from "./csl-to-paper.ts";
import { parseArxivId } from "./identifiers.ts";
import { fail } from "./paper.ts";
import { errorMessage } from "./text.ts";
import type { ParseOutcome } from "./types.ts";

// citation-js parses BibTeX all-or-nothing: one unclosed brace fails the whole file. So the file is
// parsed whole first (fast path, keeps @string macros and crossrefs), and only on failure re-parsed
// entry by entry, splitting at "@type{" line starts (a split, not a BibTeX parser), so a bad entry
// costs one outcome. Each tokenized entry is mapped to CSL separately for the same reason, together
// with the entries its `crossref` names (citation-js resolves crossrefs only among the entries it maps
// at once), so a child inherits its parent's year, booktitle, publisher….

const ENTRY_START = /^[ \t]*@[a-zA-Z]+[ \t]*[{(]/gm;
const DEFINITION = /^\s*@(string|preamble|comment)\s*[{(]/i;

export function parseBibtex(text: string): ParseOutcome[] {
  return withLines(parseEntries(text), bibtexLocator(text));
}

function parseEntries(text: string): ParseOutcome[] {
  if (text.trim() === "") return [fail("Empty file", "file")];
  let entries: BibEntry[];
  try {
    entries = tokenize(text);
  } catch (e) {
    return parseEntryByEntry(text, e);
  }
  if (entries.length === 0) return [fail("No BibTeX entries found (expected entries like @article{key, …})", "file")];
  const registry = byLabel(entries);
  return entries.map((entry, i) => entryToOutcome(entry, i + 1, registry));
}

function byLabel(entries: readonly BibEntry[]): Map<string, BibEntry> {
  const map = new Map<string, BibEntry>();
  for (const e of entries) if (e.label && !map.has(e.label.toLowerCase())) map.set(e.label.toLowerCase(), e);
  return map;
}

/** The entry, then its crossref parent, grandparent … (BibTeX keys are case-insensitive; cycles stop). */
function withParents(entry: BibEntry, registry: Map<string, BibEntry>): BibEntry[] {
  const out = [entry];
  let parent = entry.properties?.["crossref"];
  while (parent) {
    const found = registry.get(parent.trim().toLowerCase());
    if (!found || out.includes(found)) break;
    out.push(found);
    parent = found.properties?.["crossref"];
  }
  return out;
}

function tokenize(text: string): BibEntry[] {
  try {
    const out = chain(text, "@biblatex/text", "@biblatex/entries+list");
    return Array.isArray(out) ? (out as BibEntry[]) : [];
  } catch (e) {
    // citation-js quirk: a file with no entries (only comments/@string) makes its input chain
    // loop until "Max. number of parsing iterations reached" instead of returning [].
    if (e instanceof RangeError && /parsing iterations/.test(e.message)) return [];
    throw e;
  }
}

function parseEntryByEntry(text: string, wholeError: unknown): ParseOutcome[] {
  const starts = [...text.matchAll(ENTRY_START)].map((m) => m.index);
  if (starts.length === 0) return [fail(`Not valid BibTeX: ${errorMessage(wholeError)}`, "file")];
  const chunks = starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length));
  // Macros must precede every entry that uses them, so valid definitions are prepended to each chunk.
  const definitions = chunks.filter((c) => DEFINITION.test(c) && !/^\s*@comment/i.test(c) && parsesAlone(c)).join("\n");
  const parsed: ({ entry: BibEntry; n: number } | ParseOutcome)[] = [];
  let n = 0;
  for (const chunk of chunks) {
    if (DEFINITION.test(chunk)) continue;
    n++;
    const label = /^\s*@[a-zA-Z]+\s*[{(]\s*([^,\s{}()]+)\s*,/.exec(chunk)?.[1];
    const ref = label ? `entry ${label}` : `entry ${n}`;
    try {
      const entries = tokenize(`${definitions}\n${chunk}`);
      if (entries.length === 0) parsed.push(fail(`${ref}: not a BibTeX entry`, ref));
      for (const entry of entries) parsed.push({ entry, n });
    } catch (e) {
      parsed.push(fail(`${ref}: BibTeX syntax error: ${errorMessage(e)}`, ref));
    }
  }
  const registry = byLabel(parsed.flatMap((p) => ("entry" in p ? [p.entry] : [])));
  return parsed.map((p) => ("entry" in p ? entryToOutcome(p.entry, p.n, registry) : p));
}

function parsesAlone(chunk: string): boolean {
  try {
    return tokenize(`${chunk}\n@misc{probe, title = {x}}`).length === 1;
  } catch {
    return false;
  }
}

function entryToOutcome(entry: BibEntry, n: number, registry: Map<string, BibEntry>): ParseOutcome {
  const ref = entry.label ? `entry ${entry.label}` : `entry ${n}`;
  const math: string[] = [];
  let csl: CslItem | undefined;
  try {
    const family = withParents(entry, registry).map((e) => ({ ...e, properties: mapValues(e.properties ?? {}, (v) => protectMath(v, math)) }));
    const list = chain(family, "@biblatex/entries+list");
    csl = Array.isArray(list) ? (list[0] as CslItem | undefined) : undefined;
  } catch (e) {
    return fail(`${ref}: could not read entry: ${errorMessage(e)}`, ref);
  }
  if (!csl) return fail(`${ref}: could not read entry`, ref);
  return cslToPaper(fixCslItem(csl, math), "bibtex", ref, arxivHint(entry.properties ?? {}));
}

function mapValues(o: Record<string, string>, f: (v: string) => string): Record<string, string> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === "string" ? f(v) : v]));
}

// citation-js drops eprint fields unless they are PubMed ids, so arXiv ones are read from the raw
// entry: eprint + archivePrefix/eprinttype = arXiv (BibLaTeX and arXiv's own export), or Mendeley's
// "arxivid" field. Values are not always strings: a bare number (`eprint = 1706`) comes as a number.
function arxivHint(raw: Record<string, unknown>): ArxivHint {
  const p = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v == null ? undefined : String(v)])) as Record<string, string | undefined>;
  const prefix = (p["archiveprefix"] ?? p["eprinttype"] ?? "").toLowerCase();
  const candidate = p["arxivid"] ?? (prefix === "" || prefix.includes("arxiv") ? p["eprint"] : undefined);
  const id = candidate ? parseArxivId(candidate.replace(/^arxiv:\s*/i, "")) : null;
  if (!id) return {};
  const primary = p["primaryclass"]?.trim();
  return { arxivId: id.id, arxivVersion: id.version, categories: primary ? [primary] : [] };
}
