import type { CslItem } from "./citation.ts";
import { fromDateParts } from "./dates.ts";
import { findArxivIdInText, normalizeDoi, parseIdentifier } from "./identifiers.ts";
import { formatJournalRef } from "./journal-ref.ts";
import { finishPaper, linkFor } from "./paper.ts";
import type { CitationFields, PaperSource, ParseOutcome } from "./types.ts";

// CSL-JSON is citation-js's internal model, so BibTeX, RIS and CSL-JSON all end here. Text is
// already plain Unicode (citation-js decodes BibTeX's LaTeX), so braces left in a title are real.

export interface ArxivHint {
  arxivId?: string;
  arxivVersion?: number;
  categories?: string[];
}

export function cslToPaper(item: CslItem, source: PaperSource, ref: string, hint: ArxivHint = {}): ParseOutcome {
  const str = (k: string): string | undefined => {
    const v = item[k];
    return typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined;
  };
  // RIS puts the year of conference papers into event-date, not issued (citation-js quirk).
  const date =
    ["issued", "published-print", "published-online", "event-date"]
      .map((k) => fromDateParts((item[k] as { "date-parts"?: unknown } | undefined)?.["date-parts"]))
      .find((d) => d.year !== undefined) ?? {};
  const authors = namesOf(item["author"]);
  const doiRaw = str("DOI");
  const url = str("URL");
  let arxivId = hint.arxivId;
  let arxivVersion = hint.arxivVersion;
  const doi = doiRaw ? (normalizeDoi(doiRaw) ?? undefined) : undefined;
  if (doi) {
    const asArxiv = parseIdentifier(doi);
    // An arXiv DOI is the arXiv id in disguise; it stays the DOI too, being a real DOI.
    if (asArxiv?.kind === "arxiv") arxivId ??= asArxiv.id;
  }
  if (!arxivId) {
    const found = findArxivIdInText([url, str("number"), str("container-title"), str("note")].filter(Boolean).join(" "));
    if (found) ({ id: arxivId, version: arxivVersion } = found);
  }
  return finishPaper(
    {
      source,
      title: str("title") ?? "",
      abstract: str("abstract"),
      authors: authors.map((a) => a.name),
      arxivId,
      arxivVersion,
      doi,
      year: date.year,
      publishedAt: date.iso,
      venue: venueOf(str("container-title") ?? str("event-title")),
      // Volume, issue and pages are kept in the journal reference (journal-ref.ts), so exports can write them back.
      journalRef: formatJournalRef(venueOf(str("container-title")), { volume: str("volume"), issue: str("issue"), pages: str("page") }),
      categories: hint.categories ?? [],
      links: url ? [linkFor(url)] : [],
      citation: citationOf(str, date, authors, Boolean(arxivId && !venueOf(str("container-title") ?? str("event-title")))),
      keywords: keywordsOf(item["keyword"]),
    },
    ref,
  );
}

function citationOf(str: (k: string) => string | undefined, date: { iso?: string; month?: number }, authors: Name[], preprint: boolean): CitationFields {
  const out: CitationFields = {};
  const set = (k: "type" | "volume" | "issue" | "page" | "publisher" | "note", v: string | undefined) => {
    if (v?.trim()) out[k] = v.trim();
  };
  // An arXiv paper without a venue is a preprint (CSL "article"), however the source typed it:
  // @misc, Google Scholar's @article with journal = {arXiv preprint …}, RIS JOUR.
  const type = str("type");
  set("type", preprint && (!type || ["document", "article-journal", "manuscript"].includes(type)) ? "article" : type);
  set("volume", str("volume"));
  set("issue", str("issue"));
  set("page", str("page")?.replace(/\s*[–—-]{1,2}\s*/g, "-"));
  // "arXiv" as a preprint's publisher is what exports write for citation styles; the arXiv id already says it.
  set("publisher", preprint && /^\s*arxiv\s*$/i.test(str("publisher") ?? "") ? undefined : str("publisher"));
  set("note", str("note"));
  if (!date.iso && date.month) out.month = date.month;
  const literal = authors.filter((a) => a.literal).map((a) => a.name);
  if (literal.length) out.literalAuthors = literal;
  return out;
}

function keywordsOf(v: unknown): string[] {
  const list = Array.isArray(v) ? v : typeof v === "string" ? v.split(/[,;]/) : [];
  return [...new Set(list.map((k) => (typeof k === "string" ? k.trim() : "")).filter(Boolean))];
}

// Google Scholar's BibTeX says journal = {arXiv preprint arXiv:…}: that is a preprint, not a venue.
function venueOf(v: string | undefined): string | undefined {
  return v && !/^\s*arxiv(\s+preprint)?\b/i.test(v) ? v : undefined;
}

interface Name {
  name: string;
  /** One literal name (corporate: "Gemini Team"), not given + family. */
  literal: boolean;
}

function namesOf(v: unknown): Name[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((n: unknown) => {
    if (!n || typeof n !== "object") return [];
    const o = n as Record<string, unknown>;
    const s = (k: string) => (typeof o[k] === "string" ? (o[k] as string) : "");
    const parts = [s("given"), s("dropping-particle"), s("non-dropping-particle"), s("family"), s("suffix")].filter(Boolean);
    // citation-js reads a braced BibTeX name ({Gemini Team}) as a family name alone.
    const literal = Boolean(s("literal")) || (parts.length === 1 && Boolean(s("family")) && /\s/.test(s("family").trim()));
    const clean = (s("literal") || parts.join(" ")).replace(/\s+/g, " ").trim();
    return clean ? [{ name: clean, literal }] : [];
  });
}
