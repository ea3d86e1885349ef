"use client";

import { memo, useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from "react";
import { cn } from "@commonplace/ui";
import type { AnnotationColor } from "../../annotations/colors";
import type { Highlight } from "../reading-text";
import { loadPdfjs } from "./load-pdfjs";
import { mergeBoxes, rangeOfPiece, type Box } from "./text-layer-dom";
import type { LayerPiece } from "./text-map";
import type { PdfPageInfo } from "./use-pdf-document";

export type PageHighlight = Highlight & { pieces: LayerPiece[] };

/** Marker tints on the white page: multiplied over the ink, so text stays crisp under them (light and dark mode alike). */
const pdfMarkClass: Record<AnnotationColor, string> = {
  yellow: "bg-[oklch(0.93_0.15_98)]",
  green: "bg-[oklch(0.9_0.1_150)]",
  blue: "bg-[oklch(0.88_0.07_240)]",
  pink: "bg-[oklch(0.9_0.08_355)]",
  purple: "bg-[oklch(0.88_0.08_300)]",
};

type Drawn = { id: string; color: AnnotationColor; tone: Highlight["tone"]; boxes: Box[] };

/**
 * One PDF page: a placeholder of the page's size until it comes near the viewport, then the canvas and
 * pdf.js's text layer (spans tagged with their item index for text-map), with highlights drawn as boxes
 * measured from DOM ranges over those spans. Pages far away again give their canvas memory back.
 */
export const PdfPage = memo(function PdfPage({
  info,
  index,
  scale,
  highlights,
  activeId,
  onMarkClick,
}: {
  info: PdfPageInfo;
  index: number;
  scale: number;
  highlights: readonly PageHighlight[];
  activeId: string | null;
  onMarkClick: (id: string) => void;
}) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const layerRef = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(index < 2);
  const [layerReady, setLayerReady] = useState<number | null>(null);
  const [drawn, setDrawn] = useState<Drawn[]>([]);

  useEffect(() => {
    const el = wrapRef.current;
    if (!el) return;
    const observer = new IntersectionObserver(([entry]) => setNear(Boolean(entry?.isIntersecting)), { rootMargin: "1200px 0px" });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // One paint at a time per canvas (pdf.js refuses concurrent renders on one canvas): each waits for the last.
  const chain = useRef<Promise<void>>(Promise.resolve());
  useEffect(() => {
    const canvas = canvasRef.current;
    const layer = layerRef.current;
    if (!canvas || !layer) return;
    let cancelled = false;
    let stop = () => {};
    chain.current = chain.current
      .then(async () => {
        if (cancelled) return;
        if (!near) {
          canvas.width = canvas.height = 0;
          layer.replaceChildren();
          setLayerReady(null);
          return;
        }
        const viewport = info.proxy.getViewport({ scale });
        const ratio = window.devicePixelRatio || 1;
        canvas.width = Math.floor(viewport.width * ratio);
        canvas.height = Math.floor(viewport.height * ratio);
        const render = info.proxy.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
        const { TextLayer } = await loadPdfjs();
        layer.replaceChildren();
        const textLayer = new TextLayer({ textContentSource: info.text, container: layer, viewport });
        stop = () => {
          render.cancel();
          textLayer.cancel();
        };
        await textLayer.render();
        textLayer.textDivs.forEach((div, i) => (div.dataset.item = String(i)));
        const end = document.createElement("div");
        end.className = "endOfContent";
        layer.append(end);
        if (!cancelled) setLayerReady(scale);
        await render.promise;
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
      stop();
    };
  }, [near, scale, info]);

  // Highlight boxes, in page coordinates, measured once the text layer is laid out at this scale.
  useLayoutEffect(() => {
    const wrap = wrapRef.current;
    const layer = layerRef.current;
    if (!wrap || !layer || layerReady === null) return setDrawn([]);
    const origin = wrap.getBoundingClientRect();
    setDrawn(
      highlights.map((h) => ({
        id: h.id,
        color: h.color,
        tone: h.tone,
        boxes: mergeBoxes(
          h.pieces.flatMap((piece) =>
            [...(rangeOfPiece(layer, piece)?.getClientRects() ?? [])].map((r) => ({
              left: r.left - origin.left,
              top: r.top - origin.top,
              width: r.width,
              height: r.height,
            })),
          ),
        ),
      })),
    );
  }, [highlights, layerReady]);

  const onClick = (e: React.MouseEvent) => {
    if (!window.getSelection()?.isCollapsed) return;
    const origin = wrapRef.current!.getBoundingClientRect();
    const [x, y] = [e.clientX - origin.left, e.clientY - origin.top];
    const hit = [...drawn]
      .reverse()
      .find((d) => d.tone !== "pending" && d.boxes.some((b) => x >= b.left && x <= b.left + b.width && y >= b.top && y <= b.top + b.height));
    if (hit) onMarkClick(hit.id);
  };

  const style = {
    width: info.width * scale,
    height: info.height * scale,
    "--total-scale-factor": scale,
    "--scale-round-x": "1px",
    "--scale-round-y": "1px",
  } as CSSProperties;
  return (
    <div
      ref={wrapRef}
      style={style}
      onClick={onClick}
      data-testid="pdf-page"
      data-page-number={index + 1}
      data-rendered={layerReady !== null ? "true" : "false"}
      data-page-annotations={highlights.map((h) => h.id).join(" ") || undefined}
      className="pdf-page relative mx-auto bg-white shadow-[0_1px_2px_rgb(0_0_0/0.08),0_4px_16px_-4px_rgb(0_0_0/0.12)] ring-1 ring-black/5"
    >
      <canvas ref={canvasRef} aria-hidden className="absolute inset-0 size-full" />
      <div aria-hidden className="pointer-events-none absolute inset-0">
        {drawn.map((d) =>
          d.boxes.map((b, i) => (
            <div
              key={`${d.id}-${i}`}
              data-annotation-ids={i === 0 ? d.id : undefined}
              data-testid={d.tone === "pending" ? "pdf-pending-highlight" : "pdf-highlight"}
              data-tone={d.tone}
              style={{ left: b.left - 1, top: b.top - 1, width: b.width + 2, height: b.height + 2 }}
              className={cn(
                "absolute rounded-[2px] mix-blend-multiply transition-opacity",
                d.tone === "pending" ? "bg-[oklch(0.9_0.05_255)] outline-1 outline-dashed outline-accent" : pdfMarkClass[d.color],
                d.tone === "resolved" && "opacity-45",
                d.tone === "light" && "opacity-55",
                d.tone === "uncertain" && "shadow-[inset_0_-2px_0_0_var(--danger)]",
                activeId === d.id && "outline-2 outline-offset-1 outline-accent",
              )}
            />
          )),
        )}
      </div>
      <div ref={layerRef} data-page={index} className="textLayer" />
    </div>
  );
});
