/*
 * DOM selection → character offsets in the annotatable text. Blocks carry data-block-start/-end; the
 * offset of a point is its block's start plus the length of the text between the block's start and the
 * point (Range.toString concatenates text nodes exactly, however highlights have split them).
 */
export type TextRange = { start: number; end: number };

function blockOf(node: Node): HTMLElement | null {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return el?.closest<HTMLElement>("[data-block-start]") ?? null;
}

function pointOffset(root: HTMLElement, node: Node, offset: number): number | null {
  const block = blockOf(node);
  if (!block || !root.contains(block)) return null;
  const r = document.createRange();
  r.setStart(block, 0);
  r.setEnd(node, offset);
  return Number(block.dataset.blockStart) + r.toString().length;
}

/** The selection's range in `text`, trimmed of surrounding whitespace; null when it is not in the reader. */
export function selectionToRange(root: HTMLElement, selection: Selection | null, text: string): TextRange | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer) && range.commonAncestorContainer !== root) return null;
  let start = pointOffset(root, range.startContainer, range.startOffset);
  let end = pointOffset(root, range.endContainer, range.endOffset);
  if (start === null || end === null) {
    // A boundary outside any block (a section heading, the margin): snap to the blocks the range touches.
    const touched = [...root.querySelectorAll<HTMLElement>("[data-block-start]")].filter((b) => range.intersectsNode(b));
    if (touched.length === 0) return null;
    start ??= Number(touched[0]!.dataset.blockStart);
    end ??= Number(touched[touched.length - 1]!.dataset.blockEnd);
  }
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
