import { citationFieldsSchema } from "./citation-schema.ts";
import type { CitablePaper, ParsedPaper } from "./types.ts";

// The record exporters read (CitablePaper), from a parsed paper or from a stored one. Round-trip tests
// and the bench use the first; the API's exports (and the worker's round-trip test) the second.

export function citableFromParsed(p: ParsedPaper, id: string): CitablePaper {
  return citableFromStored({ ...p, id, publishedAt: p.publishedAt ?? null }, { keywords: p.keywords ?? [] });
}

/** A Paper row's citable fields, authors as display names in order. */
export interface StoredCitable {
  id: string;
  title: string;
  authors: readonly string[];
  year?: number | null;
  doi?: string | null;
  arxivId?: string | null;
  venue?: string | null;
  abstract?: string | null;
  journalRef?: string | null;
  /** A Date (database) or an ISO day (parser). */
  publishedAt?: Date | string | null;
  /** Paper.citation as stored (JSON); a malformed value is left out. */
  citation?: unknown;
  /** Paper.links as stored (JSON). */
  links?: unknown;
}

/** `extra`: what the exporting context adds, the list note and the keywords (tags). */
export function citableFromStored(p: StoredCitable, extra: { note?: string | null; keywords?: readonly string[] } = {}): CitablePaper {
  const day = p.publishedAt instanceof Date ? p.publishedAt.toISOString().slice(0, 10) : p.publishedAt;
  const citation = p.citation === undefined || p.citation === null ? undefined : citationFieldsSchema.safeParse(p.citation).data;
  const url = pageUrl(p.links);
  return {
    id: p.id,
    title: p.title,
    authors: [...p.authors],
    ...(p.year ? { year: p.year } : {}),
    ...(day ? { publishedAt: day } : {}),
    ...(p.doi ? { doi: p.doi } : {}),
    ...(p.arxivId ? { arxivId: p.arxivId } : {}),
    ...(p.venue ? { venue: p.venue } : {}),
    ...(p.abstract ? { abstract: p.abstract } : {}),
    ...(p.journalRef ? { journalRef: p.journalRef } : {}),
    ...(citation && Object.keys(citation).length ? { citation } : {}),
    ...(extra.note ? { note: extra.note } : {}),
    ...(extra.keywords?.length ? { keywords: [...extra.keywords] } : {}),
    ...(url ? { url } : {}),
  };
}

/** The paper's own page from its links (publisher or HTML page, else the arXiv abstract page), for a citation's url. */
function pageUrl(links: unknown): string | undefined {
  if (!Array.isArray(links)) return undefined;
  const http = links.filter((l): l is { kind: string; url: string } => typeof l?.url === "string" && /^https?:\/\//.test(l.url));
  return (http.find((l) => l.kind === "html" || l.kind === "other") ?? http.find((l) => l.kind === "abs"))?.url;
}
