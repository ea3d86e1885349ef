import { bibtexEntry, bibtexText } from "./bibtex-writer.ts";
import { formatCsl, type CslItem } from "./citation.ts";
import { citeKeys } from "./cite-keys.ts";
import { arxivAbsUrl, doiUrl, normalizeDoi } from "./identifiers.ts";
import { parseJournalRef } from "./journal-ref.ts";
import { markdownToText } from "./markdown/render.ts";
import { toCslName } from "./names.ts";
import { risRecords } from "./ris-writer.ts";
import type { CitablePaper } from "./types.ts";

// Reading-list export: papers → CSL items (what an import carried comes back: type, volume, issue,
// pages, month and day, keywords, notes, literal authors) → BibTeX (bibtex-writer.ts), RIS
// (ris-writer.ts) and CSL-JSON (citation-js).

export function citableToCsl(p: CitablePaper): CslItem {
  const doi = p.doi ? (normalizeDoi(p.doi) ?? undefined) : undefined;
  const c = p.citation ?? {};
  const preprint = Boolean(p.arxivId && !p.venue);
  // A preprint read back from RIS (JOUR) or BibTeX (@misc) stays a preprint.
  const stored = c.type && !(preprint && ["document", "article-journal"].includes(c.type)) ? c.type : undefined;
  const item: CslItem = {
    id: p.id,
    type: stored ?? (preprint ? "article" : p.venue ? "article-journal" : "document"),
    title: p.title,
    author: p.authors.map((a) => (c.literalAuthors?.includes(a) ? { literal: a } : toCslName(a))),
  };
  const issued = dateParts(p);
  if (issued) item["issued"] = { "date-parts": [issued] };
  if (doi) item["DOI"] = doi;
  if (p.venue) item["container-title"] = p.venue;
  if (c.publisher) item["publisher"] = c.publisher;
  else if (preprint) item["publisher"] = "arXiv";
  if (p.arxivId) item["number"] = `arXiv:${p.arxivId}`;
  if (p.abstract) item["abstract"] = p.abstract;
  // Volume, issue and pages: as imported, else read from the journal reference (arXiv gives only that).
  const fromRef = parseJournalRef(p.journalRef);
  const volume = c.volume ?? fromRef.volume;
  const issue = c.issue ?? fromRef.issue;
  const pages = c.page ?? fromRef.pages?.replace(/--/g, "-");
  if (volume) item["volume"] = volume;
  if (issue) item["issue"] = issue;
  if (pages) item["page"] = pages;
  const note = c.note ?? (p.journalRef && !volume && !pages ? p.journalRef : undefined);
  if (note) item["note"] = note;
  if (p.keywords?.length) item["keyword"] = p.keywords.join(", ");
  const url = p.url ?? (p.arxivId ? arxivAbsUrl(p.arxivId) : doi ? doiUrl(doi) : undefined);
  if (url) item["URL"] = url;
  return item;
}

function dateParts(p: CitablePaper): number[] | undefined {
  const day = p.publishedAt ? /^(\d{4})-(\d{2})-(\d{2})/.exec(p.publishedAt) : null;
  if (day && (!p.year || Number(day[1]) === p.year)) return day.slice(1, 4).map(Number);
  if (!p.year) return undefined;
  return p.citation?.month ? [p.year, p.citation.month] : [p.year];
}

/** BibTeX, one entry per paper: keys from cite-keys.ts, url, volume/number/pages, arXiv eprint fields, the list note as `annote`. */
export function toBibtex(papers: readonly CitablePaper[]): string {
  const keys = citeKeys(papers);
  return papers
    .map((p) => {
      const extra: [string, string][] = [];
      // Same fields arXiv's own "Export BibTeX citation" uses; they replace "number = {arXiv:…}",
      // which BibTeX styles would print as an issue.
      if (p.arxivId) extra.push(["eprint", p.arxivId], ["archivePrefix", "arXiv"]);
      if (p.note?.trim()) extra.push(["annote", bibtexText(markdownToText(p.note))]);
      return bibtexEntry(withoutNumber(citableToCsl(p)), keys.get(p.id) ?? p.id, extra);
    })
    .join("\n\n")
    .concat(papers.length ? "\n" : "");
}

export function toRis(papers: readonly CitablePaper[]): string {
  return risRecords(papers.map(citableToCsl));
}

export function toCslJson(papers: readonly CitablePaper[]): string {
  return papers.length ? formatCsl(papers.map(citableToCsl), "data") : "[]";
}

export interface MarkdownOptions {
  heading?: string;
}

/** A bulleted list: **Title** — Authors (Year). Venue. [arXiv:…](…) [doi:…](…) */
export function toMarkdown(papers: readonly CitablePaper[], opts: MarkdownOptions = {}): string {
  const lines = papers.map((p) => {
    const authors = p.authors.length > 3 ? `${p.authors.slice(0, 3).join(", ")} et al.` : p.authors.join(", ");
    let line = `- **${escapeMd(p.title)}**`;
    if (authors) line += ` — ${escapeMd(authors)}`;
    if (p.year) line += ` (${p.year})`;
    if (p.venue) line += `. *${escapeMd(p.venue)}*`;
    const links: string[] = [];
    if (p.arxivId) links.push(`[arXiv:${p.arxivId}](${arxivAbsUrl(p.arxivId)})`);
    if (p.doi) links.push(`[doi:${p.doi}](${doiUrl(p.doi)})`);
    if (!links.length && p.url) links.push(`[link](${p.url})`);
    return links.length ? `${line}. ${links.join(" ")}` : line;
  });
  const body = lines.join("\n");
  return opts.heading ? `## ${escapeMd(opts.heading)}\n\n${body}\n` : `${body}\n`;
}

function escapeMd(s: string): string {
  return s.replace(/\s+/g, " ").replace(/([\\`*_[\]<>#|])/g, "\\$1");
}

function withoutNumber(item: CslItem): CslItem {
  // The eprint fields replace "number = {arXiv:…}", which BibTeX styles would print as an issue.
  const { number: _number, ...rest } = item;
  return rest;
}
