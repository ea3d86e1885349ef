import type { CslItem } from "./citation.ts";
import type { CslName } from "./names.ts";

// CSL item → one BibTeX entry. Written here rather than by citation-js (0.7.21), whose writer dropped
// CJK text, spaced accents apart (`G{\" o}del`, misread by bibtexparser and bibutils), split
// corporate authors, and protected no title words from a style's lower-casing. Values are written
// as UTF-8 (biber, bibtexparser, BibTeX 0.99d and citation-js all read it), with only LaTeX's
// special characters escaped; math (`$…$`) is kept verbatim.

const ENTRY_TYPE: Record<string, string> = {
  "article-journal": "article",
  "article-magazine": "article",
  "article-newspaper": "article",
  "paper-conference": "inproceedings",
  chapter: "incollection",
  book: "book",
  thesis: "phdthesis",
  report: "techreport",
};
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** `extra` fields (already BibTeX values, e.g. eprint) are appended as they are. */
export function bibtexEntry(item: CslItem, key: string, extra: [string, string][] = []): string {
  const str = (k: string) => (typeof item[k] === "string" || typeof item[k] === "number" ? String(item[k]).trim() : "");
  const cslType = str("type");
  // A preprint (CSL "article") is @misc with eprint fields, as arXiv writes it; a document with a venue an
  // @article; a journal article keeps @article even without a journal, as it came.
  const type = ENTRY_TYPE[cslType] ?? (str("container-title") && cslType !== "article" ? "article" : "misc");
  const fields: [string, string][] = [];
  const add = (name: string, value: string) => value && fields.push([name, value]);
  const authors = Array.isArray(item["author"]) ? (item["author"] as CslName[]) : [];
  add("author", authors.map(bibtexName).filter(Boolean).join(" and "));
  add("title", bibtexTitle(str("title")));
  const container = bibtexText(str("container-title"));
  add(type === "inproceedings" || type === "incollection" ? "booktitle" : type === "article" ? "journal" : "howpublished", container);
  const [y, m, d] = ((item["issued"] as { "date-parts"?: number[][] } | undefined)?.["date-parts"]?.[0] ?? []).map(Number);
  if (y) add("year", String(y));
  if (m && m >= 1 && m <= 12) fields.push(["month", MONTHS[m - 1]!]);
  if (y && m && d) add("date", `${y}-${pad(m)}-${pad(d)}`);
  add("volume", bibtexText(str("volume")));
  add("number", bibtexText(str("issue")));
  // Page ranges keep BibTeX's "--" (the one place the ligature is meant); nothing else in them needs escaping.
  add(
    "pages",
    str("page")
      .replace(/[^\p{L}\p{N}\s,+–—-]/gu, "")
      .replace(/\s*[–—-]{1,2}\s*/g, "--"),
  );
  add(type === "techreport" ? "institution" : type === "phdthesis" ? "school" : "publisher", bibtexText(str("publisher")));
  add("doi", verbatim(str("DOI")));
  add("url", verbatim(str("URL")));
  for (const [k, v] of extra) add(k, v);
  add("abstract", bibtexText(str("abstract")));
  add("keywords", bibtexText(str("keyword")));
  add("note", bibtexText(str("note")));
  const body = fields.map(([k, v]) => (k === "month" ? `\t${k} = ${v},` : `\t${k} = {${v}},`)).join("\n");
  return `@${type}{${key},\n${body}\n}`;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A name as BibTeX reads it back: "Family, Given", "Family, Jr., Given", or a literal name in braces. */
export function bibtexName(n: CslName): string {
  if (n.literal) return `{${bibtexText(n.literal)}}`;
  const part = (s: string | undefined) => {
    const t = bibtexText(s ?? "");
    return /\s(and|AND)\s|,/.test(t) ? `{${t}}` : t;
  };
  if (!n.family) return n.given ? `{${bibtexText(n.given)}}` : "";
  if (!n.given) return `{${bibtexText(n.family)}}`;
  return [part(n.family), n.suffix ? part(n.suffix) : "", part(n.given)].filter(Boolean).join(", ");
}

/**
 * Title text with case protection: math, and every word with a capital after its first letter (RNNs,
 * GPT-4, ConfTest) or any non-ASCII capital (Δ), goes in braces, so `plain` and biber leave them.
 */
export function bibtexTitle(text: string): string {
  return segments(text)
    .map(({ math, s }) =>
      math
        ? `{${s}}`
        : s
            .split(/(\s+)/)
            .map((w) => (needsProtection(w) ? `{${escapeText(w)}}` : escapeText(w)))
            .join(""),
    )
    .join("");
}

function needsProtection(word: string): boolean {
  const letters = [...word];
  return letters.some((c, i) => /\p{Lu}/u.test(c) && (i > 0 || !/[A-Z]/.test(c)));
}

/** Free text as a field value: LaTeX's specials escaped, math kept, whitespace collapsed. */
export function bibtexText(text: string): string {
  return segments(text.replace(/\s+/g, " ").trim())
    .map(({ math, s }) => (math ? s : escapeText(s)))
    .join("");
}

function escapeText(s: string): string {
  return (
    s
      .replace(/\\/g, "\u0000")
      .replace(/([{}&%$#_])/g, "\\$1")
      .replace(/~/g, "\\textasciitilde{}")
      .replace(/\^/g, "\\textasciicircum{}")
      .replace(/\u0000/g, "\\textbackslash{}")
      // TeX ligatures: "--" would read back as an en dash, `` and '' as curly quotes.
      .replace(/-(?=-)/g, "-{}")
      .replace(/([`'])(?=\1)/g, "$1{}")
  );
}

/** URLs and DOIs as they are, unless their braces would unbalance the entry. */
function verbatim(s: string): string {
  return balanced(s) ? s : s.replace(/[{}]/g, "");
}

function balanced(s: string): boolean {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "\\") i++;
    else if (s[i] === "{") depth++;
    else if (s[i] === "}" && --depth < 0) return false;
  }
  return depth === 0;
}

/** Text split into math (`$…$`, `$$…$$`, balanced) and the rest. */
function segments(text: string): { math: boolean; s: string }[] {
  const out: { math: boolean; s: string }[] = [];
  const re = /\$\$(?:\\.|[^$\\])+\$\$|\$(?:\\.|[^$\\])+\$/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (!balanced(m[0])) continue;
    if (m.index > last) out.push({ math: false, s: text.slice(last, m.index) });
    out.push({ math: true, s: m[0] });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ math: false, s: text.slice(last) });
  return out;
}
