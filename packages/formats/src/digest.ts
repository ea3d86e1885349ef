import { parseIdentifier } from "./identifiers.ts";
import { fail, finishPaper, type PaperDraft } from "./paper.ts";
import { toIsoDate } from "./dates.ts";
import { collapseWhitespace } from "./text.ts";
import type { ParseOutcome } from "./types.ts";

// The "daily papers digest": a copy-paste of a daily-papers web page. Each paper is a title line
// followed by its abstract paragraph; page chrome (Subscribe, dates, upvote counts, "Submitted
// by", navigation) is interleaved. Rather than matching exact strings, the parser relies on shape:
// a paper is the last title-like line before an abstract-like paragraph. Chrome rarely sits right
// above an abstract, and the chrome patterns below catch the kinds that do.

const MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
const CHROME: RegExp[] = [
  new RegExp(`^((mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?${MONTH}\\s+\\d{1,2}(,?\\s+\\d{4})?$`, "i"),
  new RegExp(`^\\d{1,2}\\s+${MONTH}(,?\\s+\\d{4})?$`, "i"),
  /^\d{4}-\d{2}-\d{2}$/,
  /^(new|top|trending|subscribe|sign (in|up)|log ?(in|out)|daily papers|papers|previous|prev|next|load more|see all|view all|show more|read more|more|home|search|upvotes?|upvoted|comments?|share|copy link|follow|back to top|menu|collections?|models|datasets|spaces|docs|pricing|community)$/i,
  /^(submitted|published|posted|added|uploaded)\s+(by|on|in)\b/i,
  /^by\s?[\p{L}\d_-]+( and the [\p{L} ]+)?$/iu,
  /\b(your (email|inbox)|newsletter|unsubscribe|cookies?)\b/i,
  /^[·•\-–]?\s*\d[\d.,]*k?\s*(authors?|upvotes?|comments?|likes?|stars?|views?)?$/i,
];

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DATE_LINE = new RegExp(`^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:${MONTH}\\s+(\\d{1,2})|(\\d{1,2})\\s+${MONTH})(?:,?\\s+(\\d{4}))?$`, "i");

/**
 * A date line of the digest page ("Mar 17", "Tue, Mar 17, 2026", "17 Mar", "2026-03-17") as an ISO day: the
 * day the papers below it were listed. Without a year it is the latest such day not after `now` (the page
 * was copied on or after it).
 */
export function digestDay(line: string, now: Date): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(line);
  if (iso) return toIsoDate(line);
  const m = DATE_LINE.exec(line);
  if (!m) return undefined;
  const month = MONTHS.indexOf((m[1] ?? m[4] ?? "").slice(0, 3).toLowerCase()) + 1;
  const day = Number(m[2] ?? m[3]);
  if (month < 1) return undefined;
  const pad = (n: number) => String(n).padStart(2, "0");
  if (m[5]) return toIsoDate(`${m[5]}-${pad(month)}-${pad(day)}`);
  const today = now.toISOString().slice(0, 10);
  for (let year = now.getUTCFullYear(); year > now.getUTCFullYear() - 2; year--) {
    const candidate = toIsoDate(`${year}-${pad(month)}-${pad(day)}`);
    if (candidate && candidate <= today) return candidate;
  }
  return undefined;
}

function isChrome(line: string): boolean {
  const letters = line.match(/\p{L}/gu)?.length ?? 0;
  return letters < 4 || CHROME.some((re) => re.test(line));
}

function isAbstractLike(line: string): boolean {
  const words = line.split(" ").length;
  return words >= 25 && (/[.!?]["')\]]?\s+["'(]?\p{Lu}/u.test(line) || line.length >= 400);
}

function isTitleLike(line: string): boolean {
  return line.length >= 4 && line.length <= 300 && line.split(" ").length <= 40 && /\p{L}{2}/u.test(line);
}

// "Ada Lovelace, Charles Babbage, Mary Somerville": two or more capitalized 2–4 word names.
function authorsIn(line: string): string[] | null {
  const parts = line
    .split(/,|\band\b|;/)
    .map((p) => p.trim())
    .filter(Boolean);
  // Lower-case particles inside a name ("Jean du Pont", "Ana dos Santos", "Ludwig van der Berg").
  const name = /^\p{Lu}[\p{L}'’.-]*(\s+(\p{Lu}[\p{L}'’.-]*|van|von|de|der|den|da|di|del|della|des|du|dos|das|do|le|la|ter|ten|zu|bin|ibn|al|el)){1,4}$/u;
  return parts.length >= 2 && parts.every((p) => name.test(p)) ? parts : null;
}

/** `now`: when the page was copied, to place a date line without a year ("Mar 17") in the right year. */
export function parseDigest(text: string, now: Date = new Date()): ParseOutcome[] {
  if (text.trim() === "") return [fail("Empty file", "file")];
  const lines = text.split(/\r\n?|\n/).map((l, i) => ({ text: collapseWhitespace(l), no: i + 1 }));
  const papers: { draft: PaperDraft; ref: string }[] = [];
  let pending: { title: string; no: number; authors: string[]; arxivId?: string } | null = null;
  let current: PaperDraft | null = null; // the paper whose abstract may continue
  let day: string | undefined; // the page's latest date line: the day the papers below it were published
  for (const { text: line, no } of lines) {
    if (line === "") continue;
    const listed = digestDay(line, now);
    if (listed) {
      day = listed;
      continue;
    }
    const ident = /^(arxiv:|https?:\/\/(www\.)?(arxiv|doi)\.org\/)/i.test(line) ? parseIdentifier(line) : null;
    if (ident) {
      const target = pending ?? current;
      if (target && ident.kind === "arxiv") (target as { arxivId?: string }).arxivId ??= ident.id;
      if (target && ident.kind === "doi" && !pending && current) current.doi ??= ident.doi;
      continue;
    }
    if (isChrome(line)) continue;
    if (isAbstractLike(line)) {
      if (pending) {
        current = { source: "digest", title: pending.title, authors: pending.authors, abstract: line, arxivId: pending.arxivId, publishedAt: day };
        papers.push({ draft: current, ref: `line ${pending.no}` });
        pending = null;
      } else if (current) {
        current.abstract = `${current.abstract ?? ""}\n\n${line}`;
      }
      continue;
    }
    const authors = pending && pending.authors.length === 0 ? authorsIn(line) : null;
    if (pending && authors) pending.authors = authors;
    else if (isTitleLike(line)) {
      pending = { title: line, no, authors: [] };
      current = null;
    }
  }
  if (papers.length === 0) {
    return [fail("No papers found: expected title lines each followed by an abstract paragraph", "file")];
  }
  return papers.map(({ draft, ref }) => finishPaper(draft, ref));
}
