// The one shape every parser produces, so the ingest pipeline (dedupe → persist → index) never
// cares which file format a paper came from.
export type PaperSource = "arxiv-atom" | "arxiv-jsonl" | "bibtex" | "ris" | "csl-json" | "pdf" | "digest" | "identifier";

export type LinkKind = "abs" | "pdf" | "doi" | "html" | "other";

export interface PaperLink {
  kind: LinkKind;
  url: string;
}

export interface ParsedPaper {
  source: PaperSource;
  /** Whitespace-collapsed, never empty. */
  title: string;
  abstract?: string;
  /** Display names in order, e.g. "Ada Lovelace". */
  authors: string[];
  /** Unversioned, e.g. "2401.01234" or "hep-th/9901001". */
  arxivId?: string;
  arxivVersion?: number;
  /** Lower-cased, without a resolver prefix. */
  doi?: string;
  /** ISO date YYYY-MM-DD when the full date is known. */
  publishedAt?: string;
  updatedAt?: string;
  year?: number;
  categories: string[];
  journalRef?: string;
  venue?: string;
  /** Free-text comment (arXiv "comments", e.g. "12 pages, 3 figures"). */
  comment?: string;
  links: PaperLink[];
  /** PDFs: all page texts joined with "\n\n". */
  fullText?: string;
  /** PDFs: text per page. */
  pages?: string[];
  /** sha256 hex of normalized title + authors (+ fullText when present). */
  contentHash?: string;
  /** Bibliographic details a citation carried (BibTeX, RIS, CSL-JSON), so exports can write them back. */
  citation?: CitationFields;
  /** The source's keywords (BibTeX `keywords`, RIS `KW`, CSL `keyword`), in order. */
  keywords?: string[];
}

/**
 * What a citation says beyond title, authors, date, venue and identifiers: stored with the paper (Paper.citation)
 * and written back by the exporters, so import → export → import loses nothing.
 */
export interface CitationFields {
  /** CSL item type: "article-journal", "paper-conference", "chapter", "book", "thesis", "report", "article" (a preprint) … */
  type?: string;
  volume?: string;
  issue?: string;
  /** Page range or article number, "436-444". */
  page?: string;
  publisher?: string;
  /** The source's own note (BibTeX `note`, RIS `N1`, CSL `note`). */
  note?: string;
  /** Month (1–12) when the source gives a month but no day (a full day is in publishedAt). */
  month?: number;
  /** Authors that are one literal name ("Gemini Team"), never split into given and family names. */
  literalAuthors?: string[];
}

/** ref is a short human pointer to the item: "line 12", "entry smith2020", "entry 3", a file name. */
export type ParseOutcome = { ok: true; paper: ParsedPaper; ref: string } | { ok: false; error: string; ref: string };

/** What the list exporters need: the subset of a stored paper that citation formats carry. */
export interface CitablePaper {
  id: string;
  title: string;
  authors: string[];
  year?: number;
  doi?: string;
  arxivId?: string;
  venue?: string;
  abstract?: string;
  url?: string;
  /** Free-text journal reference; volume, issue and pages are read from it (journal-ref.ts). */
  journalRef?: string;
  /** The reading list's note on this paper (BibTeX `annote`). */
  note?: string;
  /** ISO day when known: exports write month and day too. */
  publishedAt?: string;
  citation?: CitationFields;
  keywords?: string[];
}
