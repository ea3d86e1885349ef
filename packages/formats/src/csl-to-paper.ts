import type { CslItem } from "./citation.ts";
import { fromDateParts } from "./dates.ts";
import { findArxivIdInText, normalizeDoi, parseIdentifier } from "./identifiers.ts";
import { formatJournalRef } from "./journal-ref.ts";
import { finishPaper, linkFor } from "./paper.ts";
import type { PaperSource, ParseOutcome } from "./types.ts";

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
      authors: namesOf(item["author"]),
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
    },
    ref,
  );
}

// Google Scholar's BibTeX says journal = {arXiv preprint arXiv:…}: that is a preprint, not a venue.
function venueOf(v: string | undefined): string | undefined {
  return v && !/^\s*arxiv(\s+preprint)?\b/i.test(v) ? v : undefined;
}

function namesOf(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((n: unknown) => {
    if (!n || typeof n !== "object") return [];
    const o = n as Record<string, unknown>;
    const s = (k: string) => (typeof o[k] === "string" ? (o[k] as string) : "");
    const name = s("literal") || [s("given"), s("dropping-particle"), s("non-dropping-particle"), s("family"), s("suffix")].filter(Boolean).join(" ");
    const clean = name.trim();
    return clean ? [clean] : [];
  });
}
