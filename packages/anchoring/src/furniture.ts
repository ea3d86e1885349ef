// Page furniture in PDF-extracted text: running headers and footers (a line repeated on many pages, often
// with the page number in it) and page-number lines. A page break inside a quote puts such lines in the
// middle of it, so matching ignores them: they are dropped from the normalised text (keeping the offset
// map, like soft hyphens) and from quotes and contexts alike, and a match maps back over them.

/** A line seen at least this often (digits ignored) is a running header or footer. */
const REPEATS = 3;
const MAX_LINE = 100;
const PAGE_NUMBER = /^(page )?#( (of|\/) #)?$|^- # -$|^[ivxlc]{1,6}$/;

export interface Furniture {
  /** Keys (see lineKey) of the repeated lines of the text. */
  keys: ReadonlySet<string>;
}

/** A line's identity across pages: trimmed, whitespace collapsed, lower-case, every number "#". */
function lineKey(line: string): string {
  return line.trim().replace(/\s+/g, " ").toLowerCase().replace(/\d+/g, "#");
}

const letters = (key: string) => key.replace(/[^\p{L}]/gu, "").length;

/** A repeated line anywhere; a lone page number only between two line breaks (a quote "2024" is not furniture). */
function isFurniture(key: string, keys: ReadonlySet<string>, bounded: boolean): boolean {
  return key.length > 0 && key.length <= MAX_LINE && (keys.has(key) || (bounded && PAGE_NUMBER.test(key)));
}

/** The repeated lines of `text` (none in a text without line breaks). */
export function findFurniture(text: string): Furniture {
  const counts = new Map<string, number>();
  for (const line of text.split("\n")) {
    const key = lineKey(line);
    if (key.length <= MAX_LINE && letters(key) >= 3) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { keys: new Set([...counts].filter(([, n]) => n >= REPEATS).map(([k]) => k)) };
}

/**
 * [start, end) spans of `s` to skip: each furniture line from its first visible character through the
 * whitespace after it, so what remains reads as if the line had never been there.
 */
export function furnitureSpans(s: string, furniture: Furniture): [number, number][] {
  if (furniture.keys.size === 0 && !s.includes("\n")) return [];
  const spans: [number, number][] = [];
  let lineStart = 0;
  while (lineStart <= s.length) {
    const nl = s.indexOf("\n", lineStart);
    const lineEnd = nl === -1 ? s.length : nl;
    const line = s.slice(lineStart, lineEnd);
    if (isFurniture(lineKey(line), furniture.keys, lineStart > 0 && nl !== -1)) {
      const first = lineStart + (line.length - line.trimStart().length);
      let end = nl === -1 ? s.length : nl + 1;
      while (end < s.length && /\s/.test(s[end]!)) end++;
      const last = spans[spans.length - 1];
      if (last && last[1] >= first) last[1] = end;
      else spans.push([first, end]);
    }
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  return spans;
}

/** `s` without its furniture lines (for quotes, prefixes and suffixes). */
export function withoutFurniture(s: string, furniture: Furniture): string {
  const spans = furnitureSpans(s, furniture);
  if (spans.length === 0) return s;
  let out = "";
  let at = 0;
  for (const [a, b] of spans) {
    out += s.slice(at, a);
    at = b;
  }
  return out + s.slice(at);
}
