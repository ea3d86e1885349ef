import {
  contentHash,
  finishCitation,
  firstAuthorLastName,
  normalizeDoi,
  normalizeTitle,
  parseArxivId,
  parseIdentifier,
  type CitationFields,
  type PaperLink,
  type ParsedPaper,
} from "@commonplace/formats";
import type { NormalizedPaper } from "./types.ts";

// Stage 3: a parser's ParsedPaper → what dedupe compares and persist stores. Pure.
// arXiv's own DOIs (10.48550/arXiv.<id>) are folded into the arXiv id: one paper, one key.

/** PostgreSQL text cannot hold NUL; other C0 controls (bar tab/newline) carry no meaning in metadata. */
export function cleanText(s: string): string {
  return s.replace(/\u0000/g, "").replace(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, " ");
}

const ARXIV_DOI = /^10\.48550\/arxiv\./i;
const MAX_TITLE = 2000;
const MAX_AUTHORS = 1000;

export function canonicalKeyOf(p: { arxivId: string | null; doi: string | null; title: string; authors: readonly string[]; fullText?: string | null }): string {
  if (p.arxivId) return p.arxivId;
  if (p.doi) return `doi:${p.doi}`;
  return `hash:${contentHash({ title: p.title, authors: p.authors, fullText: p.fullText ?? undefined })}`;
}

export function normalizePaper(p: ParsedPaper, ref: string): { ok: true; paper: NormalizedPaper } | { ok: false; error: string } {
  const title = cleanText(p.title).replace(/\s+/g, " ").trim().slice(0, MAX_TITLE);
  const normTitle = normalizeTitle(title);
  if (!normTitle) return { ok: false, error: "title has no letters or digits" };

  let arxivId = p.arxivId ? (parseArxivId(p.arxivId)?.id ?? null) : null;
  let arxivVersion = arxivId ? (p.arxivVersion ?? null) : null;
  let doi = p.doi ? normalizeDoi(p.doi) : null;
  if (doi && ARXIV_DOI.test(doi)) {
    const folded = parseIdentifier(doi);
    if (folded?.kind === "arxiv") {
      if (!arxivId) {
        arxivId = folded.id;
        arxivVersion = folded.version ?? arxivVersion;
      }
      // The arXiv DOI is derivable from the id; keeping it in `doi` would block the journal DOI.
      doi = null;
    }
  }

  const authors = p.authors
    .map((a) => cleanText(a).replace(/\s+/g, " ").trim())
    .filter((a) => normalizeTitle(a) !== "")
    .slice(0, MAX_AUTHORS);
  const publishedAt = toDate(p.publishedAt);
  const year = p.year ?? (publishedAt ? publishedAt.getUTCFullYear() : null);
  const fullText = p.fullText ? cleanText(p.fullText) : null;
  const text = (s: string | undefined) => {
    const v = s ? cleanText(s).trim() : "";
    return v === "" ? null : v;
  };
  return {
    ok: true,
    paper: {
      ref,
      source: p.source,
      canonicalKey: canonicalKeyOf({ arxivId, doi, title, authors, fullText }),
      arxivId,
      arxivVersion,
      doi,
      title,
      normTitle,
      firstAuthorLast: firstAuthorLastName(authors),
      authors,
      abstract: text(p.abstract),
      publishedAt,
      versionDate: toDate(p.updatedAt) ?? publishedAt,
      year: year && Number.isInteger(year) && year > 0 && year < 10000 ? year : null,
      categories: [...new Set(p.categories.map((c) => cleanText(c).trim()).filter(Boolean))],
      journalRef: text(p.journalRef),
      venue: text(p.venue),
      citation: p.citation ? (finishCitation(mapCitation(p.citation, cleanText)) ?? null) : null,
      links: dedupeLinks(p.links),
      fullText: fullText && fullText.trim() ? fullText : null,
      pages: p.pages?.length ? p.pages.map(cleanText) : null,
    },
  };
}

function mapCitation(c: CitationFields, f: (s: string) => string): CitationFields {
  return Object.fromEntries(
    Object.entries(c).map(([k, v]) => [k, typeof v === "string" ? f(v) : Array.isArray(v) ? v.map((x: string) => f(x)) : v]),
  ) as CitationFields;
}

export function dedupeLinks(links: readonly PaperLink[]): PaperLink[] {
  const seen = new Set<string>();
  const out: PaperLink[] = [];
  for (const l of links) {
    const url = cleanText(l.url).trim();
    if (!url || seen.has(url)) continue;
    seen.add(url);
    out.push({ kind: l.kind, url });
  }
  return out;
}

function toDate(iso: string | undefined): Date | null {
  if (!iso) return null;
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isFinite(d.getTime()) ? d : null;
}
