import { contentHash } from "./content-hash.ts";
import { arxivAbsUrl, doiUrl, normalizeDoi, parseArxivId } from "./identifiers.ts";
import { collapseWhitespace } from "./text.ts";
import type { CitationFields, PaperLink, ParseOutcome, ParsedPaper } from "./types.ts";

// Every parser hands a draft to finishPaper, so the guarantees of ParsedPaper (non-empty collapsed
// title, lower-case DOI, unversioned arXiv id, deduped links, content hash) live in one place.

export type PaperDraft = Partial<Omit<ParsedPaper, "source">> & Pick<ParsedPaper, "source">;

export function ok(paper: ParsedPaper, ref: string): ParseOutcome {
  return { ok: true, paper, ref };
}

export function fail(error: string, ref: string): ParseOutcome {
  return { ok: false, error: error.trim() || "unknown error", ref };
}

/** Longest title and abstract kept from any source: a hostile file's 3 MB "abstract" is cut here, once, for every page and feed. */
export const MAX_TITLE_CHARS = 1_000;
export const MAX_ABSTRACT_CHARS = 20_000;

/** `text` cut at a word boundary to at most `max` characters, with "…" when something was cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max * 0.8 ? cut.slice(0, space) : cut}…`;
}

export function finishPaper(draft: PaperDraft, ref: string): ParseOutcome {
  const title = clip(collapseWhitespace(draft.title ?? ""), MAX_TITLE_CHARS);
  if (!title) return fail(`${ref}: missing title`, ref);
  const paper: ParsedPaper = {
    source: draft.source,
    title,
    authors: (draft.authors ?? []).map(collapseWhitespace).filter((a) => a !== ""),
    categories: unique((draft.categories ?? []).map((c) => c.trim()).filter(Boolean)),
    links: [],
  };
  const abstract = clip(collapseWhitespace(draft.abstract ?? ""), MAX_ABSTRACT_CHARS);
  if (abstract) paper.abstract = abstract;
  if (draft.arxivId) {
    const a = parseArxivId(draft.arxivId);
    if (a) {
      paper.arxivId = a.id;
      const v = draft.arxivVersion ?? a.version;
      if (v) paper.arxivVersion = v;
    }
  }
  const doi = draft.doi ? normalizeDoi(draft.doi) : null;
  if (doi) paper.doi = doi;
  for (const key of ["publishedAt", "updatedAt", "journalRef", "venue", "comment"] as const) {
    const v = draft[key];
    if (typeof v === "string" && collapseWhitespace(v)) paper[key] = collapseWhitespace(v);
  }
  const year = draft.year ?? (paper.publishedAt ? Number(paper.publishedAt.slice(0, 4)) : undefined);
  if (year && Number.isInteger(year)) paper.year = year;
  paper.links = finishLinks(draft.links ?? [], paper);
  if (draft.pages) paper.pages = draft.pages;
  const citation = finishCitation(draft.citation);
  if (citation) paper.citation = citation;
  const keywords = unique((draft.keywords ?? []).map(collapseWhitespace).filter(Boolean));
  if (keywords.length) paper.keywords = keywords;
  if (draft.fullText) paper.fullText = draft.fullText;
  paper.contentHash = contentHash(paper);
  return ok(paper, ref);
}

/** Whitespace-collapsed, empty fields dropped; undefined when nothing is left. */
export function finishCitation(c: CitationFields | undefined): CitationFields | undefined {
  if (!c) return undefined;
  const out: CitationFields = {};
  for (const k of ["type", "volume", "issue", "page", "publisher", "note"] as const) {
    const v = c[k] ? collapseWhitespace(c[k]) : "";
    if (v) out[k] = v;
  }
  if (c.month && Number.isInteger(c.month) && c.month >= 1 && c.month <= 12) out.month = c.month;
  const literal = (c.literalAuthors ?? []).map(collapseWhitespace).filter(Boolean);
  if (literal.length) out.literalAuthors = unique(literal);
  return Object.keys(out).length ? out : undefined;
}

function finishLinks(links: PaperLink[], paper: ParsedPaper): PaperLink[] {
  const all = [...links];
  if (paper.arxivId && !all.some((l) => l.kind === "abs")) all.push({ kind: "abs", url: arxivAbsUrl(paper.arxivId) });
  if (paper.doi && !all.some((l) => l.kind === "doi")) all.push({ kind: "doi", url: doiUrl(paper.doi) });
  const seen = new Set<string>();
  return all.filter((l) => {
    const url = l.url.trim();
    if (!/^https?:\/\//i.test(url) || seen.has(url)) return false;
    seen.add(url);
    return true;
  });
}

/** Classifies a bare URL found in metadata. */
export function linkFor(url: string): PaperLink {
  if (/doi\.org\//i.test(url)) return { kind: "doi", url };
  if (/arxiv\.org\/abs\//i.test(url)) return { kind: "abs", url };
  if (/\.pdf($|[?#])|arxiv\.org\/pdf\//i.test(url)) return { kind: "pdf", url };
  return { kind: "other", url };
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
