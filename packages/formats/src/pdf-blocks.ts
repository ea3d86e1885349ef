import type { TextItem } from "./pdf-layout.ts";

// A PDF page's text as blocks — headings, paragraphs, list items, references — from pdf.js text items
// (position and font size). The page text is the blocks joined by blank lines, each block's lines by
// "\n": readers split it back into blocks at blank lines (apps/web reader/text-blocks.ts), and the PDF
// view maps its own text layer onto it ignoring whitespace, so only the whitespace differs from a flat
// extraction: every character of every item is kept, in pdf.js order.

export interface PositionedLine {
  text: string;
  x: number;
  y: number;
  size: number;
}

const BULLET = /^([•·∙◦▪‣●○■□–—*-]|\(?[ivx]{1,4}\)|\(?\d{1,2}\)|\(?[a-h]\))\s/;
const REFERENCE_START = /^(\[\d{1,3}\]|\d{1,3}\.\s+\p{Lu}[\p{L}'’-]+,)/u;
const NUMBERED_HEADING = /^(\d{1,2}(\.\d{1,2}){0,2}\.?|[A-H](\.\d{1,2}){0,2}|[IVX]{1,4}\.)\s+\p{Lu}[^.!?]{1,80}$/u;
const SECTION_WORD =
  /^(abstract|introduction|background|related work|preliminaries|methods?|methodology|approach|experiments?|evaluation|results|discussion|limitations|conclusions?|future work|acknowledge?ments?|references|bibliography|appendix( [a-z])?)\.?$/i;

/** Items → lines (same baseline), words spaced by their gaps; nothing but surrounding spaces is dropped. */
export function positionedLines(items: readonly TextItem[]): PositionedLine[] {
  const lines: (PositionedLine & { endX: number })[] = [];
  let cur: (PositionedLine & { endX: number }) | null = null;
  for (const it of items) {
    if (it.str === "") continue;
    const size = Math.abs(it.fontSize) || 1;
    if (cur && Math.abs(it.y - cur.y) <= Math.max(2, 0.4 * size)) {
      const gap = it.x - cur.endX;
      const sep = gap > 0.15 * size && !/\s$/.test(cur.text) && !/^\s/.test(it.str) ? " " : "";
      cur.text += sep + it.str;
      if (it.str.trim()) cur.size = Math.max(cur.size, size);
      cur.endX = it.x + it.width;
    } else {
      if (cur) lines.push(cur);
      cur = { text: it.str, x: it.x, y: it.y, size: it.str.trim() ? size : 0, endX: it.x + it.width };
    }
  }
  if (cur) lines.push(cur);
  return lines.map(({ text, x, y, size }) => ({ text: text.trim(), x, y, size })).filter((l) => l.text !== "");
}

/** The size most of the text is set in (weighted by characters). */
export function bodySize(lines: readonly PositionedLine[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) {
    const s = Math.round(l.size * 2) / 2;
    if (s > 0) weight.set(s, (weight.get(s) ?? 0) + l.text.length);
  }
  let best = 10;
  let most = -1;
  for (const [s, w] of weight) if (w > most) [best, most] = [s, w];
  return best;
}

export function isHeadingLine(line: PositionedLine, body: number): boolean {
  const t = line.text;
  if (t.length > 90 || !/\p{L}{2}/u.test(t)) return false;
  if (SECTION_WORD.test(t.replace(/^(\d{1,2}|[IVX]{1,4})\.?\s+/, ""))) return true;
  if (NUMBERED_HEADING.test(t) && !/[,;]$/.test(t)) return true;
  return line.size >= body + 1 && t.length <= 120 && !/[.,;:]$/.test(t);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
}

/** One page's lines as blocks (arrays of lines); `body` is the document's body font size. */
export function pageBlocks(lines: readonly PositionedLine[], body: number): PositionedLine[][] {
  // The leading of body text: gaps between consecutive body-size lines of one paragraph.
  const isBody = (l: PositionedLine) => Math.abs(l.size - body) <= 0.6;
  const gaps = lines
    .slice(1)
    .flatMap((l, i) => (isBody(l) && isBody(lines[i]!) ? [lines[i]!.y - l.y] : []))
    .filter((g) => g > 0 && g < 2 * body);
  const leading = median(gaps) || body * 1.2;
  const blocks: PositionedLine[][] = [];
  let current: PositionedLine[] = [];
  let inReferences = false;
  const flush = () => {
    if (current.length) blocks.push(current);
    current = [];
  };
  lines.forEach((line, i) => {
    const prev = i > 0 ? lines[i - 1]! : null;
    const heading = isHeadingLine(line, body);
    const prevHeading = prev ? isHeadingLine(prev, body) : false;
    const gap = prev ? prev.y - line.y : 0;
    const indented = prev !== null && line.x > prev.x + 0.8 * body && /[.!?:]["')\]]?$/.test(prev.text);
    const newItem = BULLET.test(line.text) || (inReferences && REFERENCE_START.test(line.text));
    const sizeChange = prev !== null && Math.abs(line.size - prev.size) > 0.6;
    const breakHere = heading || prevHeading || newItem || sizeChange || indented || gap > 1.6 * leading || gap < -0.5 * body; /* a new column or a jump */
    // A heading set over two lines at the same size stays one heading.
    const headingContinues = heading && prevHeading && !sizeChange && gap <= 1.6 * leading && line.size >= body + 1;
    if (breakHere && !headingContinues) flush();
    current.push(line);
    if (heading) inReferences = /^(\d{1,2}\.?\s+)?(references|bibliography)$/i.test(line.text);
  });
  flush();
  return blocks;
}

/** A page's text: blocks separated by blank lines, a block's lines by "\n". */
export function pageText(items: readonly TextItem[], body: number): string {
  return pageBlocks(positionedLines(items), body)
    .map((b) => b.map((l) => l.text).join("\n"))
    .join("\n\n");
}
