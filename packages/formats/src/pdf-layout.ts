import { collapseWhitespace } from "./text.ts";

// Guessing title/authors/abstract from a paper's first page, from pdf.js text items (which carry
// font size and position). Typeset papers share a shape: the title is the largest text near the
// top, authors follow it, then an "Abstract" heading, then numbered sections.

export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  hasEOL?: boolean;
}

export interface Line {
  text: string; // wide gaps kept as 3+ spaces: they separate authors set side by side
  size: number;
  y: number;
}

export function itemsToLines(items: readonly TextItem[]): Line[] {
  const lines: Line[] = [];
  let cur: (Line & { endX: number }) | null = null;
  for (const it of items) {
    if (it.str === "") continue;
    const size = Math.abs(it.fontSize) || 1;
    if (cur && Math.abs(it.y - cur.y) <= Math.max(2, 0.4 * size)) {
      const gap = it.x - cur.endX;
      const sep = gap > 1.5 * size ? "   " : gap > 0.15 * size && !/\s$/.test(cur.text) && !/^\s/.test(it.str) ? " " : "";
      cur.text += sep + it.str;
      cur.size = Math.max(cur.size, it.str.trim() ? size : 0);
      cur.endX = it.x + it.width;
    } else {
      if (cur) lines.push(cur);
      cur = { text: it.str, size: it.str.trim() ? size : 0, y: it.y, endX: it.x + it.width };
    }
  }
  if (cur) lines.push(cur);
  return lines.map(({ text, size, y }) => ({ text: text.trim(), size, y })).filter((l) => /\p{L}|\p{N}/u.test(l.text));
}

const ABSTRACT_HEAD = /^\s*(?:a\s?b\s?s\s?t\s?r\s?a\s?c\s?t)\b[\s.:—–-]*/i;
const STAMP = /^(arxiv:\s*\d|preprint|under review|published as|proceedings of|accepted (at|to)|copyright|©)/i;
const SECTION = /^((\d+(\.\d+)*\.?|[IVX]+\.)\s+\p{Lu}|(introduction|keywords?|index terms|ccs concepts|acm reference format)\b)/iu;
const AFFILIATION =
  /(universit|institut|college|school|department|dept\.|laborator|\blab\b|research|inc\.|corp|google|microsoft|facebook|meta ai|openai|deepmind|@|\.edu|\.com|\.org)/i;

export interface FrontMatter {
  title?: string;
  authors: string[];
  abstract?: string;
}

export function guessFrontMatter(lines: readonly Line[]): FrontMatter {
  const absAt = lines.findIndex((l) => ABSTRACT_HEAD.test(l.text) && l.text.length < 2000);
  const front = lines.slice(0, absAt >= 0 ? absAt : Math.min(lines.length, 25));
  const cands = front.map((l, i) => ({ ...l, i })).filter((l) => !STAMP.test(l.text) && /\p{L}.*\p{L}/u.test(l.text));
  let title: string | undefined;
  let afterTitle = 0;
  if (cands.length) {
    const max = Math.max(...cands.map((c) => c.size));
    const start = cands.find((c) => c.size >= max - 0.5);
    if (start) {
      let end = start.i;
      while (end + 1 < front.length && Math.abs((front[end + 1]?.size ?? 0) - max) <= 0.5) end++;
      title = collapseWhitespace(
        front
          .slice(start.i, end + 1)
          .map((l) => l.text)
          .join(" "),
      );
      afterTitle = end + 1;
      if (title.length > 300) title = undefined;
    }
  }
  return { title, authors: guessAuthors(front.slice(afterTitle)), abstract: absAt >= 0 ? guessAbstract(lines, absAt) : undefined };
}

function guessAuthors(lines: readonly Line[]): string[] {
  const names: string[] = [];
  const size = lines[0]?.size;
  for (const l of lines.slice(0, 4)) {
    if (AFFILIATION.test(l.text) || Math.abs(l.size - (size ?? l.size)) > 0.5) break;
    const found = splitNames(l.text);
    if (!found.length) break;
    names.push(...found);
  }
  return names;
}

/** "Ashish Vaswani∗, Noam Shazeer1 and Niki Parmar†" → three names; non-name fragments dropped. */
export function splitNames(text: string): string[] {
  return text
    .split(/,|;|\s{3,}|\band\b|&|·|\|/)
    .map((p) => collapseWhitespace(p.replace(/[*∗†‡§¶♯♮#⋆\d]+/g, " ")))
    .filter((p) => {
      const words = p.split(" ");
      return words.length >= 2 && words.length <= 5 && words.every((w) => /^(\p{Lu}[\p{L}'’.-]*|van|von|de|der|da|di|del|le|la)$/u.test(w));
    });
}

function guessAbstract(lines: readonly Line[], at: number): string | undefined {
  const head = lines[at];
  if (!head) return undefined;
  const parts: string[] = [];
  const first = head.text.replace(ABSTRACT_HEAD, "").trim();
  if (first) parts.push(first);
  const bodySize = lines[at + 1]?.size ?? head.size;
  for (const l of lines.slice(at + 1, at + 60)) {
    if (SECTION.test(l.text) && l.text.length < 80) break;
    if (l.size > bodySize + 1) break;
    parts.push(l.text);
  }
  // Keep hyphens at line ends ("self-\nattention"); dropping them would corrupt real compounds.
  const text = parts.reduce((acc, p) => (acc.endsWith("-") ? acc + p : acc ? `${acc} ${p}` : p), "");
  const clean = collapseWhitespace(text);
  return clean.length >= 20 ? clean.slice(0, 5000) : undefined;
}
