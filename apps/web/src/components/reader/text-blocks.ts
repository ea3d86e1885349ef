/*
 * The reader shows the server's annotatable text verbatim, cut into blocks at blank lines. Each block
 * knows its [start, end) in that text, and the DOM text inside a block is exactly text.slice(start, end)
 * (single newlines stay in the DOM and render as spaces), so DOM positions map back to offsets exactly.
 */
export type TextBlock = { kind: "heading" | "paragraph"; start: number; end: number };

const SECTION_WORDS =
  /^(abstract|introduction|background|related work|preliminaries|methods?|methodology|approach|experiments?|experimental setup|evaluation|results|discussion|limitations|conclusions?|future work|acknowledge?ments?|references|bibliography|appendix( [a-z])?)$/i;
const NUMBERED_HEADING = /^(\d{1,2}(\.\d{1,2}){0,2}\.?|[IVX]{1,4}\.)\s+[A-Z][^.!?]{2,70}$/;

function isHeading(text: string): boolean {
  if (text.length > 80 || text.length < 3 || text.includes("\n")) return false;
  return SECTION_WORDS.test(text.replace(/^\d{1,2}\.?\s+/, "")) || NUMBERED_HEADING.test(text);
}

/** Blocks separated by blank lines or form feeds, trimmed, with their offsets into `text`. */
export function toTextBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const separator = /\n[ \t\r]*\n\s*|\f\s*/g;
  let from = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) blocks.push({ kind: isHeading(text.slice(s, e)) ? "heading" : "paragraph", start: s, end: e });
  };
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return blocks;
}

export type Span = { id: string; start: number; end: number };
export type Piece = { start: number; end: number; ids: string[] };

/** A block cut at every highlight boundary; each piece lists the highlights covering it (oldest first). */
export function piecesOf(block: TextBlock, spans: readonly Span[]): Piece[] {
  const inside = spans.filter((s) => s.start < block.end && s.end > block.start);
  if (inside.length === 0) return [{ start: block.start, end: block.end, ids: [] }];
  const cuts = new Set([block.start, block.end]);
  for (const s of inside) {
    cuts.add(Math.max(s.start, block.start));
    cuts.add(Math.min(s.end, block.end));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i < sorted.length - 1; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    pieces.push({ start, end, ids: inside.filter((s) => s.start <= start && s.end >= end).map((s) => s.id) });
  }
  return pieces;
}
