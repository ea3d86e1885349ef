import { formatCsl, type CslItem } from "./citation.ts";
import { citeKeys } from "./cite-keys.ts";
import { arxivAbsUrl, doiUrl, normalizeDoi } from "./identifiers.ts";
import { parseJournalRef } from "./journal-ref.ts";
import { markdownToText } from "./markdown/render.ts";
import { toCslName } from "./names.ts";
import type { CitablePaper } from "./types.ts";

// Reading-list export. citation-js does the formatting; this module only builds CSL items and
// adds what citation-js leaves out (it never writes arXiv eprint fields to BibTeX).

export function citableToCsl(p: CitablePaper): CslItem {
  const doi = p.doi ? (normalizeDoi(p.doi) ?? undefined) : undefined;
  const preprint = Boolean(p.arxivId && !p.venue);
  const item: CslItem = {
    id: p.id,
    type: preprint ? "article" : p.venue ? "article-journal" : "document",
    title: p.title,
    author: p.authors.map(toCslName),
  };
  if (p.year) item["issued"] = { "date-parts": [[p.year]] };
  if (doi) item["DOI"] = doi;
  if (p.venue) item["container-title"] = p.venue;
  else if (p.arxivId) item["publisher"] = "arXiv";
  if (p.arxivId) item["number"] = `arXiv:${p.arxivId}`;
  if (p.abstract) item["abstract"] = p.abstract;
  const { volume, issue, pages } = parseJournalRef(p.journalRef);
  if (volume) item["volume"] = volume;
  if (issue) item["issue"] = issue;
  if (pages) item["page"] = pages.replace(/--/g, "-");
  if (p.journalRef && !volume && !pages) item["note"] = p.journalRef;
  const url = p.url ?? (p.arxivId ? arxivAbsUrl(p.arxivId) : doi ? doiUrl(doi) : undefined);
  if (url) item["URL"] = url;
  return item;
}

/** BibTeX, one entry per paper: keys from cite-keys.ts, url, volume/number/pages, arXiv eprint fields, the list note as `annote`. */
export function toBibtex(papers: readonly CitablePaper[]): string {
  const keys = citeKeys(papers);
  return papers
    .map((p) => {
      let entry = formatCsl([withoutNumber(citableToCsl(p))], "bibtex").trim();
      entry = entry.replace(/^(@\w+\{)[^,]*,/, `$1${keys.get(p.id)},`);
      const extra: string[] = [];
      // Same fields arXiv's own "Export BibTeX citation" uses.
      if (p.arxivId) extra.push(`\teprint = {${p.arxivId}},`, "\tarchivePrefix = {arXiv},");
      if (p.note?.trim()) extra.push(`\tannote = {${bibtexText(markdownToText(p.note))}},`);
      return extra.length ? entry.replace(/\}\s*$/, `${extra.join("\n")}\n}`) : entry;
    })
    .join("\n\n")
    .concat(papers.length ? "\n" : "");
}

/** Free text as a BibTeX field value: whitespace collapsed, braces balanced away, LaTeX specials escaped. */
function bibtexText(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[{}]/g, "")
    .replace(/\\/g, "\\textbackslash{}")
    .replace(/([&%$#_])/g, "\\$1");
}

export function toRis(papers: readonly CitablePaper[]): string {
  return papers.length ? formatCsl(papers.map(citableToCsl), "ris").trim() + "\n" : "";
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
