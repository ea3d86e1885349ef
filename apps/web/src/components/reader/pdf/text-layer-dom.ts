import type { ItemPoint, LayerPiece } from "./text-map";

/*
 * Between the DOM of pdf.js text layers and text-map's item points. Each page's text layer is an
 * element with data-page; each of its item spans carries data-item (its index in the page's text
 * content) and holds one text node (highlights are drawn in a separate layer, never inside spans).
 */

function itemSpan(node: Node | null): HTMLElement | null {
  const el = node && (node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement);
  return el?.closest<HTMLElement>("[data-item]") ?? null;
}

function pointOfSpan(span: HTMLElement, atEnd: boolean): ItemPoint | null {
  const layer = span.closest<HTMLElement>("[data-page]");
  if (!layer) return null;
  return { page: Number(layer.dataset.page), item: Number(span.dataset.item), offset: atEnd ? (span.textContent ?? "").length : 0 };
}

/** The nearest item span at or after (`forward`) / before a child position of `parent`. */
function spanNear(parent: Node, index: number, forward: boolean): HTMLElement | null {
  const children = parent.childNodes;
  for (let i = forward ? index : index - 1; forward ? i < children.length : i >= 0; i += forward ? 1 : -1) {
    const child = children[i]!;
    const span =
      child instanceof HTMLElement
        ? child.matches("[data-item]")
          ? child
          : forward
            ? child.querySelector<HTMLElement>("[data-item]")
            : [...child.querySelectorAll<HTMLElement>("[data-item]")].at(-1)
        : null;
    if (span) return span;
  }
  return null;
}

/** A DOM boundary point (as in a Selection) → an item point; `isEnd` picks the side for points between spans. */
export function pointFromDom(node: Node, offset: number, isEnd: boolean): ItemPoint | null {
  const span = itemSpan(node);
  if (span) {
    const layer = span.closest<HTMLElement>("[data-page]");
    if (!layer) return null;
    if (node.nodeType === Node.TEXT_NODE) return { page: Number(layer.dataset.page), item: Number(span.dataset.item), offset };
    return pointOfSpan(span, offset > 0);
  }
  // A leaf between spans (<br>, the end-of-content filler): look from its position in its parent.
  let parent: Node = node;
  let index = offset;
  if (node.nodeType !== Node.ELEMENT_NODE || !(node as Element).querySelector("[data-item]")) {
    if (!node.parentNode) return null;
    parent = node.parentNode;
    index = [...parent.childNodes].indexOf(node as ChildNode) + (offset > 0 ? 1 : 0);
  }
  // A start snaps to the next item's start, an end to the previous item's end (else the other way).
  const [first, second] = isEnd
    ? [spanNear(parent, index, false), spanNear(parent, index, true)]
    : [spanNear(parent, index, true), spanNear(parent, index, false)];
  if (first) return pointOfSpan(first, isEnd);
  return second ? pointOfSpan(second, !isEnd) : null;
}

/** A DOM Range over one piece of an item (for drawing a highlight), or null when the span is not rendered. */
export function rangeOfPiece(layer: HTMLElement, piece: LayerPiece): Range | null {
  const span = layer.querySelector<HTMLElement>(`[data-item="${piece.item}"]`);
  const text = span?.firstChild;
  if (!text || text.nodeType !== Node.TEXT_NODE) return null;
  const length = text.textContent?.length ?? 0;
  const range = document.createRange();
  range.setStart(text, Math.min(piece.from, length));
  range.setEnd(text, Math.min(piece.to, length));
  return range;
}

export type Box = { left: number; top: number; width: number; height: number };

/** Rectangles on one line that touch or nearly touch become one (no darker seams between words). */
export function mergeBoxes(boxes: Box[]): Box[] {
  const sorted = boxes.filter((b) => b.width > 0.5 && b.height > 0.5).sort((a, b) => a.top - b.top || a.left - b.left);
  const out: Box[] = [];
  for (const b of sorted) {
    const gap = 0.6 * b.height;
    const line = out.find(
      (o) =>
        Math.abs(o.top - b.top) < 0.5 * Math.min(o.height, b.height) &&
        Math.abs(o.height - b.height) < 0.6 * Math.max(o.height, b.height) &&
        b.left <= o.left + o.width + gap &&
        b.left + b.width >= o.left - gap,
    );
    if (!line) {
      out.push({ ...b });
      continue;
    }
    const right = Math.max(line.left + line.width, b.left + b.width);
    const bottom = Math.max(line.top + line.height, b.top + b.height);
    line.left = Math.min(line.left, b.left);
    line.top = Math.min(line.top, b.top);
    line.width = right - line.left;
    line.height = bottom - line.top;
  }
  return out.sort((a, b) => a.top - b.top || a.left - b.left);
}
