/*
 * The reader shows the server's annotatable text verbatim, cut into blocks at blank lines. Each block
 * knows its [start, end) in that text, and the DOM text inside a block is exactly text.slice(start, end)
 * (single newlines stay in the DOM and render as spaces), so DOM positions map back to offsets exactly.
 */
export type BlockKind = "heading" | "paragraph" | "list-item" | "reference";
export type TextBlock = { kind: BlockKind; start: number; end: number; /** headings: 1 for "2 Method", 2 for "2.1 Data" */ level?: number };

const SECTION_WORDS =
  /^(abstract|introduction|background|related work|preliminaries|methods?|methodology|approach|experiments?|experimental setup|evaluation|results|discussion|limitations|conclusions?|future work|acknowledge?ments?|references|bibliography|appendix( [a-z])?)$/i;
const NUMBERED_HEADING = /^(\d{1,2}(\.\d{1,2}){0,2}\.?|[A-H](\.\d{1,2}){1,2}|[IVX]{1,4}\.)\s+\p{Lu}[^.!?]{2,80}$/u;
const BULLET = /^([•·∙◦▪‣●○■□–—*-]|\(?[ivx]{1,4}\)|\(?\d{1,2}\)|\(?[a-h]\))\s/;
const REFERENCES = /^(\d{1,2}\.?\s+)?(references|bibliography)$/i;
const CAPTION = /^(fig\.?|figure|table|algorithm|listing|eq\.?|equation)\s/i;

function headingLevel(text: string): number | null {
  if (text.length > 90 || text.length < 3 || text.includes("\n") || /[,;:]$/.test(text)) return null;
  const numbered = /^(\d{1,2}(?:\.\d{1,2}){0,2}|[A-H](?:\.\d{1,2}){1,2})\.?\s/.exec(text);
  if (SECTION_WORDS.test(text.replace(/^(\d{1,2}|[IVX]{1,4})\.?\s+/, ""))) return 1;
  if (NUMBERED_HEADING.test(text)) return numbered ? Math.min(3, numbered[1]!.split(".").length) : 1;
  return null;
}

/**
 * A short single line in Title Case set apart from the text around it (the PDF extractor gives headings
 * their own block) reads as a heading even without a number: "Related Work and Open Problems".
 */
function looksLikeTitleLine(text: string): boolean {
  if (text.length > 70 || text.includes("\n") || /[.,;:!?]$/.test(text) || text.includes(",") || CAPTION.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > 10 || !/^\p{Lu}/u.test(text)) return false;
  const capitalised = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
  return capitalised / words.length >= 0.6;
}

/** Blocks separated by blank lines or form feeds, trimmed, with their offsets into `text` and their kind. */
export function toTextBlocks(text: string): TextBlock[] {
  const ranges: { start: number; end: number }[] = [];
  const separator = /\n[ \t\r]*\n\s*|\f\s*/g;
  let from = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) ranges.push({ start: s, end: e });
  };
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  let inReferences = false;
  return ranges.map(({ start, end }, i): TextBlock => {
    const t = text.slice(start, end);
    const nextIsText = i + 1 < ranges.length && ranges[i + 1]!.end - ranges[i + 1]!.start > t.length;
    const level = headingLevel(t) ?? (nextIsText && looksLikeTitleLine(t) ? 1 : null);
    if (level !== null) {
      inReferences = REFERENCES.test(t);
      return { kind: "heading", start, end, level };
    }
    if (inReferences) return { kind: "reference", start, end };
    return { kind: BULLET.test(t) ? "list-item" : "paragraph", start, end };
  });
}

/**
 * How the reading view lays a paper's full text out. A PDF's text starts with the paper's own front
 * matter (title, authors, affiliations, "Abstract"): the page shows the title above and the abstract
 * once, so those blocks are not repeated — `front` is skipped, `abstract` is the text's own abstract
 * (annotatable like the rest), `body` the remainder, `toc` its headings.
 */
export type ReadingLayout = { abstract: TextBlock[] | null; body: TextBlock[]; toc: TextBlock[]; skipped: number };

const fold = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();

export function readingLayout(text: string, blocks: readonly TextBlock[], title?: string): ReadingLayout {
  const slice = (b: TextBlock) => text.slice(b.start, b.end);
  const absAt = blocks.slice(0, 12).findIndex((b) => /^abstract\b/i.test(slice(b)));
  let abstract: TextBlock[] | null = null;
  let bodyFrom = 0;
  if (absAt >= 0) {
    const inline = blocks[absAt]!.kind !== "heading"; // "Abstract—We study …" holds the abstract itself
    const firstAbs = inline ? absAt : absAt + 1;
    let end = firstAbs;
    while (end < blocks.length && blocks[end]!.kind !== "heading") end++;
    if (end > firstAbs && end < blocks.length) {
      abstract = blocks.slice(firstAbs, end).map((b) => ({ ...b, kind: b.kind === "heading" ? "paragraph" : b.kind }));
      bodyFrom = end;
    }
  } else if (title && blocks[0] && fold(slice(blocks[0])) === fold(title)) {
    bodyFrom = blocks.findIndex((b, i) => i > 0 && b.kind === "heading");
    if (bodyFrom < 0 || bodyFrom > 8) bodyFrom = 1;
  }
  const body = blocks.slice(bodyFrom);
  return { abstract, body, toc: body.filter((b) => b.kind === "heading"), skipped: bodyFrom - (abstract?.length ?? 0) };
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
