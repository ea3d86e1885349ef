import type { PartialFields } from "@commonplace/catalogue";
import type { CitationFields, PaperLink, ParseOutcome } from "@commonplace/formats";

// Shapes passed between stages: fetch → parse → normalize → dedupe → persist (→ outbox → index).

/** Something to read items from (a stage-1 "fetch" result). */
export type IngestSource =
  | { kind: "bytes"; name: string; bytes: Uint8Array }
  | { kind: "file"; name: string; path: string }
  | { kind: "url"; name: string; url: string }
  | { kind: "identifier"; name: string; value: string }
  | { kind: "failed"; name: string; error: string };

/** One parsed item with where it came from; `progress` is the fraction of its source read so far. */
export interface SourcedOutcome {
  ref: string;
  outcome: ParseOutcome;
  progress?: number;
  /** How many items this source holds, when known before they are all read (not for streams). */
  sourceItems?: number;
}

/** A paper as the pipeline compares and stores it: identifiers folded, keys computed, text cleaned. */
export interface NormalizedPaper {
  ref: string;
  source: string;
  /** arXiv id > "doi:<doi>" > "hash:<content hash>". */
  canonicalKey: string;
  arxivId: string | null;
  arxivVersion: number | null;
  doi: string | null;
  title: string;
  normTitle: string;
  /** normalizeTitle'd last name of the first author, "" when unknown. */
  firstAuthorLast: string;
  authors: string[];
  abstract: string | null;
  publishedAt: Date | null;
  /** Date of this arXiv version (else publishedAt). */
  versionDate: Date | null;
  year: number | null;
  categories: string[];
  journalRef: string | null;
  venue: string | null;
  /** Type, volume, issue, pages … of a citation import (Paper.citation). */
  citation: CitationFields | null;
  links: PaperLink[];
  fullText: string | null;
  pages: string[] | null;
}

/** A stored paper as dedupe sees it (what persist needs to decide and apply changes). */
export interface ExistingPaper {
  id: string;
  canonicalKey: string;
  arxivId: string | null;
  doi: string | null;
  title: string;
  normTitle: string;
  abstract: string | null;
  authors: string[];
  publishedAt: Date | null;
  year: number | null;
  categories: string[];
  journalRef: string | null;
  venue: string | null;
  citation: CitationFields | null;
  links: PaperLink[];
  fullText: string | null;
  pages: string[] | null;
  source: string;
  latestVersion: number;
  versions: number[];
}

/** Row for PaperVersion. */
export interface VersionRow {
  version: number;
  title: string;
  abstract: string | null;
  fullText: string | null;
  publishedAt: Date | null;
}

export type Decision =
  | { kind: "create"; item: NormalizedPaper; paper: ExistingPaper; version: VersionRow }
  | {
      kind: "update";
      item: NormalizedPaper;
      before: ExistingPaper;
      after: ExistingPaper;
      /** Column names whose values differ (for logs and tests). */
      changed: string[];
      authorsChanged: boolean;
      addVersion: VersionRow | null;
      /** The current version's row mirrors the paper; rewrite it when current text changed. */
      refreshCurrentVersion: boolean;
      matchedBy: MatchKind;
      /** Whether the item's source may update the canonical record (else it only filled empty fields). */
      trusted: boolean;
      /** Values an untrusted source gave that differ from the canonical record: recorded as a PaperProposal. */
      proposal?: PartialFields | null;
    }
  | { kind: "duplicate"; item: NormalizedPaper; paper: ExistingPaper; matchedBy: MatchKind; proposal?: PartialFields | null };

/** How an item found its paper; "merged": by the key of a paper an administrator merged into it. */
export type MatchKind = "arxiv" | "doi" | "title" | "merged";

export type ItemResult =
  | { ref: string; outcome: "CREATED" | "UPDATED" | "DUPLICATE"; paperId: string; title: string; note?: string | null }
  | { ref: string; outcome: "FAILED"; reason: string; title?: string };
