import type { CitablePaper, ParsedPaper } from "./types.ts";

// A parsed paper as the exporters see a stored one: what ingest keeps (title, authors, dates, venue,
// identifiers, abstract, journal reference, Paper.citation, keywords) under the id it is stored as.
// Round-trip tests and the bench use it; the API builds the same shape from database rows.

export function citableFromParsed(p: ParsedPaper, id: string): CitablePaper {
  const url = p.links.find((l) => l.kind === "html" || l.kind === "other")?.url ?? p.links.find((l) => l.kind === "abs")?.url;
  return {
    id,
    title: p.title,
    authors: p.authors,
    ...(p.year ? { year: p.year } : {}),
    ...(p.publishedAt ? { publishedAt: p.publishedAt } : {}),
    ...(p.doi ? { doi: p.doi } : {}),
    ...(p.arxivId ? { arxivId: p.arxivId } : {}),
    ...(p.venue ? { venue: p.venue } : {}),
    ...(p.abstract ? { abstract: p.abstract } : {}),
    ...(p.journalRef ? { journalRef: p.journalRef } : {}),
    ...(url ? { url } : {}),
    ...(p.citation ? { citation: p.citation } : {}),
    ...(p.keywords?.length ? { keywords: p.keywords } : {}),
  };
}
