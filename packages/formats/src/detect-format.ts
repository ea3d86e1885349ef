import { parseIdentifier, splitIdentifiers } from "./identifiers.ts";
import type { PaperSource } from "./types.ts";

// Which parser applies to an upload. Strong content signatures win over the file name (people
// upload "references.txt" that is really BibTeX); the extension decides only ambiguous text.

const EXTENSIONS: [RegExp, PaperSource][] = [
  [/\.pdf$/i, "pdf"],
  [/\.(bib|bibtex)$/i, "bibtex"],
  [/\.(ris|nbib)$/i, "ris"],
  [/\.(jsonl|ndjson)$/i, "arxiv-jsonl"],
  [/\.json$/i, "csl-json"],
  [/\.(xml|atom)$/i, "arxiv-atom"],
];

export function detectFormat(fileName: string, content: Uint8Array | string): PaperSource | null {
  if (typeof content !== "string" && hasPdfHeader(content)) return "pdf";
  const text = (typeof content === "string" ? content : decodeHead(content)).replace(/^\uFEFF/, "");
  const head = text.trimStart().slice(0, 4096);
  if (head.startsWith("%PDF-")) return "pdf";
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<([\w-]+:)?feed[\s>]/.test(head)) return "arxiv-atom";
  if (head.startsWith("[")) return "csl-json";
  if (head.startsWith("{")) return looksLikeJsonl(text) ? "arxiv-jsonl" : "csl-json";
  if (/^[ \t]*@[a-zA-Z]+[ \t]*[{(]/m.test(head)) return "bibtex";
  if (/^TY {1,2}- ?/m.test(head)) return "ris";
  const byName = EXTENSIONS.find(([re]) => re.test(fileName))?.[1];
  if (byName) return byName;
  if (head.trim() === "") return null;
  const candidates = splitIdentifiers(text.slice(0, 100_000));
  if (candidates.length > 0 && candidates.every((c) => parseIdentifier(c))) return "identifier";
  if (/\.(txt|md|text)$/i.test(fileName) || !/[\u0000-\u0008\u000E-\u001F]/.test(head)) return "digest";
  return null;
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  // The spec allows the header anywhere in the first 1024 bytes (some writers prepend junk).
  return Buffer.from(bytes.subarray(0, 1024)).toString("latin1").includes("%PDF-");
}

function decodeHead(bytes: Uint8Array): string {
  return new TextDecoder("utf-8").decode(bytes.subarray(0, 64 * 1024));
}

// JSONL: the first line is a complete JSON object by itself (a pretty-printed JSON object is not);
// a one-line file counts when it carries arXiv snapshot fields.
function looksLikeJsonl(text: string): boolean {
  const firstLine = text.trimStart().split("\n", 1)[0] ?? "";
  try {
    const v: unknown = JSON.parse(firstLine);
    if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
    return text.trim().includes("\n") || ["authors_parsed", "versions", "update_date", "submitter"].some((k) => k in v);
  } catch {
    return false;
  }
}
