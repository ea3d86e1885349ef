"use client";

import { useCallback, useEffect, useState, type RefObject } from "react";
import type { TextRange } from "./offsets";
import type { ToolbarPosition } from "./selection-toolbar";

export type TextSelection = TextRange & { position: ToolbarPosition };
/** How a selection inside `root` reads as offsets of the annotatable text (the text view's blocks, or the PDF's text layers). */
export type Locate = (root: HTMLElement, selection: Selection) => TextRange | null;

/**
 * Follows the document selection inside `root` (the reading view) and reports it as offsets of the
 * annotatable text (through `locate`), with where the toolbar goes relative to `frame`. Waits for the pointer to lift, so the
 * toolbar doesn't chase a drag.
 */
export function useSelectionRange(root: RefObject<HTMLElement | null>, frame: RefObject<HTMLElement | null>, locate: Locate | null) {
  const [selection, setSelection] = useState<TextSelection | null>(null);

  const read = useCallback(() => {
    const el = root.current;
    const box = frame.current;
    const sel = window.getSelection();
    if (!el || !box || !locate || !sel || sel.rangeCount === 0) return setSelection(null);
    const range = locate(el, sel);
    if (!range) return setSelection(null);
    const rects = [...sel.getRangeAt(0).getClientRects()].filter((r) => r.width > 0);
    const first = rects[0];
    const last = rects[rects.length - 1];
    if (!first || !last) return setSelection(null);
    const frameRect = box.getBoundingClientRect();
    // Above the first line, unless that is hidden under the sticky header: then below the last.
    const below = first.top < 110;
    const anchor = below ? last : first;
    const half = 150;
    const left = Math.min(Math.max(anchor.left + anchor.width / 2 - frameRect.left, half - 16), Math.max(frameRect.width - half + 16, half));
    setSelection({ ...range, position: { top: (below ? anchor.bottom : anchor.top) - frameRect.top, left, below } });
  }, [root, frame, locate]);

  useEffect(() => {
    let pointerDown = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onDown = () => (pointerDown = true);
    const onUp = () => {
      pointerDown = false;
      clearTimeout(timer);
      timer = setTimeout(read, 10);
    };
    const onChange = () => {
      if (pointerDown) return;
      clearTimeout(timer);
      timer = setTimeout(read, 60);
    };
    document.addEventListener("pointerdown", onDown);
    document.addEventListener("pointerup", onUp);
    document.addEventListener("selectionchange", onChange);
    return () => {
      clearTimeout(timer);
      document.removeEventListener("pointerdown", onDown);
      document.removeEventListener("pointerup", onUp);
      document.removeEventListener("selectionchange", onChange);
    };
  }, [read]);

  const clear = useCallback(() => {
    window.getSelection()?.removeAllRanges();
    setSelection(null);
  }, []);

  return { selection, clear };
}
