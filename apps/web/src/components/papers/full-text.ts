/*
 * Turning extracted full text (PDF text per page, joined by blank lines) into something readable:
 * paragraphs, rejoined hyphenation, and the usual section headings recognised as headings.
 */
export type Block = { kind: "heading" | "paragraph"; text: string };

const SECTION_WORDS =
  /^(abstract|introduction|background|related work|preliminaries|method|methods|methodology|approach|experiments?|experimental setup|evaluation|results|discussion|limitations|conclusions?|future work|acknowledge?ments?|references|bibliography|appendix( [a-z])?)$/i;
const NUMBERED_HEADING = /^(\d{1,2}(\.\d{1,2}){0,2}\.?|[A-H]\.?|[IVX]{1,4}\.)\s+[A-Z][^.!?]{2,70}$/;

function isHeading(line: string): boolean {
  const text = line.trim();
  if (text.length > 80 || text.length < 3) return false;
  return SECTION_WORDS.test(text.replace(/^\d{1,2}\.?\s+/, "")) || NUMBERED_HEADING.test(text);
}

function joinLines(lines: string[]): string {
  return lines
    .join("\n")
    .replace(/([a-z])-\n(?=[a-z])/g, "$1") // "exam-\nple" → "example"
    .replace(/\s*\n\s*/g, " ")
    .trim();
}

/** When a text has no blank lines at all, a short line ending a sentence usually ends a paragraph. */
function splitDenseBlock(lines: string[]): string[][] {
  const lengths = lines.map((l) => l.trim().length).sort((a, b) => a - b);
  const typical = lengths[Math.floor(lengths.length * 0.75)] ?? 80;
  const groups: string[][] = [[]];
  for (const line of lines) {
    groups[groups.length - 1]!.push(line);
    const t = line.trim();
    if (/[.!?:]["”)]?$/.test(t) && t.length < typical * 0.8) groups.push([]);
  }
  return groups.filter((g) => g.length > 0);
}

export function toBlocks(fullText: string): Block[] {
  const chunks = fullText.replace(/\r\n?/g, "\n").replace(/\f/g, "\n\n").split(/\n[ \t]*\n+/);
  const blocks: Block[] = [];
  for (const chunk of chunks) {
    let lines = chunk.split("\n").filter((l) => l.trim().length > 0);
    if (lines.length === 0) continue;
    // A heading on the first line of a chunk becomes its own block.
    while (lines.length > 0 && isHeading(lines[0]!)) {
      blocks.push({ kind: "heading", text: lines[0]!.trim() });
      lines = lines.slice(1);
    }
    if (lines.length === 0) continue;
    const groups = lines.length > 12 ? splitDenseBlock(lines) : [lines];
    for (const group of groups) {
      const text = joinLines(group);
      if (text) blocks.push({ kind: "paragraph", text });
    }
  }
  return blocks;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Minutes at a careful reading pace for technical prose (~200 words a minute). */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 200));
}
