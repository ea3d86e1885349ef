import { parseArxivAtom } from "./arxiv-atom.ts";
import { parseArxivJsonl } from "./arxiv-jsonl.ts";
import { parseBibtex } from "./bibtex.ts";
import { parseCslJson } from "./csl-json.ts";
import { detectFormat } from "./detect-format.ts";
import { parseDigest } from "./digest.ts";
import { splitIdentifiers } from "./identifiers.ts";
import { fail } from "./paper.ts";
import { parsePdf } from "./pdf.ts";
import { resolveIdentifier, type ResolveOptions } from "./resolve-identifier.ts";
import { parseRis } from "./ris.ts";
import type { ParseOutcome } from "./types.ts";

// One entry point for uploads: size guard, format detection, dispatch. Whole-file failures carry
// the file name as ref so an import report can say which upload failed.

export interface ParseFileOptions extends ResolveOptions {
  /** Default 50 MB. */
  maxBytes?: number;
  /** How PDFs are parsed: the worker passes one that runs parsePdf in a thread with memory and time limits. */
  parsePdf?: (bytes: Uint8Array, name: string) => Promise<ParseOutcome[]>;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** 76758630 → "73.2 MB", 52428800 → "50 MB", 2048 → "2 KB", 23 → "23 bytes". */
export function formatSize(bytes: number): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), "MB"] : bytes >= 1024 ? [bytes / 1024, "KB"] : [bytes, "bytes"];
  const rounded = Math.round(value * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded : rounded.toFixed(1)} ${unit}`;
}

export async function parseFile(name: string, content: Uint8Array | string, opts: ParseFileOptions = {}): Promise<ParseOutcome[]> {
  const size = typeof content === "string" ? Buffer.byteLength(content) : content.byteLength;
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (size === 0) return [fail("Empty file", name)];
  if (size > max) return [fail(`File is ${formatSize(size)}; the limit is ${formatSize(max)}`, name)];
  const format = detectFormat(name, content);
  if (!format) {
    return [fail("Unrecognized file format: expected PDF, BibTeX, RIS, CSL-JSON, arXiv Atom/JSONL, a papers digest or a list of arXiv ids/DOIs", name)];
  }
  if (format === "pdf") {
    const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
    return (opts.parsePdf ?? parsePdf)(bytes, name);
  }
  const text = (typeof content === "string" ? content : new TextDecoder("utf-8").decode(content)).replace(/^\uFEFF/, "");
  if (format === "identifier") return resolveAll(text, name, opts);
  const parse = {
    "arxiv-atom": parseArxivAtom,
    "arxiv-jsonl": parseArxivJsonl,
    bibtex: parseBibtex,
    ris: parseRis,
    "csl-json": parseCslJson,
    digest: parseDigest,
  }[format];
  return parse(text).map((o) => (o.ref === "file" || o.ref === "feed" ? { ...o, ref: name } : o));
}

async function resolveAll(text: string, name: string, opts: ParseFileOptions): Promise<ParseOutcome[]> {
  const ids = splitIdentifiers(text);
  if (!opts.fetch) {
    return [fail(`${name} is a list of ${ids.length} identifier(s); pass a fetch to resolve them, or use resolveIdentifier`, name)];
  }
  const out: ParseOutcome[] = [];
  // Sequential on purpose: arXiv asks API clients for at most one request every few seconds.
  for (const id of ids) out.push(await resolveIdentifier(id, opts));
  return out;
}
