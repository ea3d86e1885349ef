"use client";

import { Download, Minus, Plus } from "lucide-react";
import { useEffect, useMemo, useRef, useState } from "react";
import { Skeleton, cn } from "@commonplace/ui";
import type { TextRange } from "../offsets";
import type { Highlight } from "../reading-text";
import { PdfPage, type PageHighlight } from "./pdf-page";
import { pointFromDom } from "./text-layer-dom";
import { usePdfDocument } from "./use-pdf-document";
import "./pdf-view.css";

/** Selection (inside the PDF view) → range of the paper's full text; what the selection toolbar acts on. */
export type Locator = (root: HTMLElement, selection: Selection) => TextRange | null;

/** pdf.js scale 1 is one CSS pixel per PDF point; "100%" means true size (96 CSS px per 72 pt inch). */
const TRUE_SIZE = 96 / 72;
const STEPS = [0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3].map((s) => s * TRUE_SIZE);
type Zoom = { fit: true } | { fit: false; scale: number };

function ToolbarButton({ label, onClick, disabled, children }: { label: string; onClick: () => void; disabled?: boolean; children: React.ReactNode }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
      className="grid size-8 place-items-center rounded-md text-ink-muted transition-colors hover:bg-paper-sunken hover:text-ink disabled:opacity-40"
    >
      {children}
    </button>
  );
}

/**
 * The PDF view of the reader: every page at the chosen zoom (fit to width by default), painted lazily
 * near the viewport, with selectable text layers and the paper's highlights drawn over them. Offsets
 * are those of the paper's full text (text-map), so highlights are shared with the text view.
 */
export default function PdfView({
  url,
  fullText,
  highlights,
  activeId,
  onMarkClick,
  onLocator,
}: {
  url: string;
  fullText: string;
  highlights: readonly Highlight[];
  activeId: string | null;
  onMarkClick: (id: string) => void;
  onLocator: (locate: Locator | null) => void;
}) {
  const state = usePdfDocument(url, fullText);
  const rootRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [zoom, setZoom] = useState<Zoom>({ fit: true });

  useEffect(() => {
    const el = rootRef.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? 0));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const ready = state.status === "ready" ? state : null;
  const widest = ready ? Math.max(...ready.pages.map((p) => p.width)) : 612;
  const fitScale = width > 0 ? Math.max(0.25, Math.min(4, (width - 2) / widest)) : TRUE_SIZE;
  const scale = zoom.fit ? fitScale : zoom.scale;
  const stepTo = (dir: 1 | -1) => {
    const next = dir > 0 ? STEPS.find((s) => s > scale + 0.01) : [...STEPS].reverse().find((s) => s < scale - 0.01);
    if (next) setZoom({ fit: false, scale: next });
  };

  // The selection toolbar asks this how a selection in the text layers reads as full-text offsets.
  useEffect(() => {
    if (!ready) return onLocator(null);
    const { map } = ready;
    onLocator((root, selection) => {
      if (selection.rangeCount === 0 || selection.isCollapsed) return null;
      const range = selection.getRangeAt(0);
      if (!root.contains(range.commonAncestorContainer)) return null;
      const from = pointFromDom(range.startContainer, range.startOffset, false);
      const to = pointFromDom(range.endContainer, range.endOffset, true);
      if (!from || !to) return null;
      const found = map.locate(from, to);
      return found && { start: found.start, end: found.end };
    });
    return () => onLocator(null);
  }, [ready, onLocator]);

  // pdf.js's trick for stable drags: while selecting, each layer's filler covers its empty space.
  useEffect(() => {
    const up = () => rootRef.current?.querySelectorAll(".textLayer.selecting").forEach((el) => el.classList.remove("selecting"));
    document.addEventListener("pointerup", up);
    return () => document.removeEventListener("pointerup", up);
  }, []);

  const perPage = useMemo(() => {
    const out: PageHighlight[][] = ready ? ready.pages.map(() => []) : [];
    if (!ready) return out;
    for (const h of highlights) {
      const pieces = ready.map.piecesFor(h);
      for (const page of new Set(pieces.map((p) => p.page))) out[page]?.push({ ...h, pieces: pieces.filter((p) => p.page === page) });
    }
    return out;
  }, [ready, highlights]);

  return (
    <div data-testid="pdf-view" data-status={state.status}>
      <div className="sticky top-16 z-20 -mx-2 mb-4 flex items-center justify-between gap-3 rounded-lg border border-line bg-surface/90 px-2 py-1 text-[13px] text-ink-muted shadow-xs backdrop-blur supports-[backdrop-filter]:bg-surface/75">
        <span className="pl-1 tabular-nums">{ready ? `${ready.pages.length} ${ready.pages.length === 1 ? "page" : "pages"}` : "Opening PDF…"}</span>
        <div className="flex items-center gap-0.5" role="group" aria-label="Zoom">
          <ToolbarButton label="Zoom out" onClick={() => stepTo(-1)} disabled={!ready || scale <= STEPS[0]! + 0.01}>
            <Minus aria-hidden className="size-4" />
          </ToolbarButton>
          <span className="w-12 text-center tabular-nums text-ink" aria-live="polite" data-testid="pdf-zoom">
            {Math.round((scale / TRUE_SIZE) * 100)}%
          </span>
          <ToolbarButton label="Zoom in" onClick={() => stepTo(1)} disabled={!ready || scale >= STEPS.at(-1)! - 0.01}>
            <Plus aria-hidden className="size-4" />
          </ToolbarButton>
          <button
            type="button"
            onClick={() => setZoom({ fit: true })}
            aria-pressed={zoom.fit}
            className={cn(
              "ml-1 h-8 rounded-md px-2.5 font-medium transition-colors hover:bg-paper-sunken hover:text-ink",
              zoom.fit && "bg-paper-sunken text-ink",
            )}
          >
            Fit width
          </button>
          <span aria-hidden className="mx-1.5 h-5 w-px bg-line" />
          <a
            href={url}
            download
            className="inline-flex h-8 items-center gap-1.5 rounded-md px-2.5 font-medium transition-colors hover:bg-paper-sunken hover:text-ink"
          >
            <Download aria-hidden className="size-3.5" /> PDF
          </a>
        </div>
      </div>

      <div ref={rootRef} className="overflow-x-auto pb-2" onPointerDown={(e) => (e.target as Element).closest(".textLayer")?.classList.add("selecting")}>
        {state.status === "error" ? (
          <p className="rounded-xl border border-dashed border-line-strong p-5 text-sm text-ink-muted" role="alert">
            {state.message}{" "}
            <a href={url} className="font-medium text-accent underline-offset-4 hover:underline">
              Download the PDF
            </a>{" "}
            or switch to the text view.
          </p>
        ) : !ready ? (
          <div
            aria-busy
            className="mx-auto grid gap-3 bg-white p-10 shadow-sm ring-1 ring-black/5"
            style={{ width: widest * fitScale, height: 792 * fitScale }}
          >
            {[92, 70, 100, 96, 98, 60].map((w, i) => (
              <Skeleton key={i} className="h-3" style={{ width: `${w}%` }} />
            ))}
          </div>
        ) : (
          <div className="flex w-max min-w-full flex-col items-center gap-4">
            {ready.pages.map((info, i) => (
              <PdfPage key={i} info={info} index={i} scale={scale} highlights={perPage[i]!} activeId={activeId} onMarkClick={onMarkClick} />
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
