"use client";

import { memo, useMemo } from "react";
import { cn } from "@commonplace/ui";
import { markClass, type AnnotationColor } from "../annotations/colors";
import { piecesOf, type Span, type TextBlock } from "./text-blocks";

export type Highlight = Span & { color: AnnotationColor; tone: "normal" | "resolved" | "pending" | "uncertain" };

type BlockProps = {
  text: string;
  block: TextBlock;
  highlights: readonly Highlight[];
  activeId: string | null;
  onMarkClick: (id: string) => void;
};

/** One paragraph or heading, with its highlights as <mark>s. The DOM text equals text.slice(start, end). */
const Block = memo(function Block({ text, block, highlights, activeId, onMarkClick }: BlockProps) {
  const byId = new Map(highlights.map((h) => [h.id, h]));
  const pieces = piecesOf(block, highlights);
  const content = pieces.map((p) => {
    const slice = text.slice(p.start, p.end);
    if (p.ids.length === 0) return slice;
    // The most recent highlight on top decides the colour; overlaps read as a deeper tint.
    const top = byId.get(p.ids[p.ids.length - 1]!)!;
    const active = activeId !== null && p.ids.includes(activeId);
    return (
      <mark
        key={p.start}
        data-annotation-ids={p.ids.join(" ")}
        data-testid={top.tone === "pending" ? "pending-highlight" : "highlight"}
        onClick={(e) => {
          if (top.tone === "pending" || !window.getSelection()?.isCollapsed) return;
          e.stopPropagation();
          onMarkClick(activeId && p.ids.includes(activeId) && p.ids.length > 1 ? p.ids[(p.ids.indexOf(activeId) + 1) % p.ids.length]! : top.id);
        }}
        className={cn(
          "rounded-[2px] text-inherit [box-decoration-break:clone] transition-[box-shadow,background-color] duration-150",
          top.tone === "pending"
            ? "bg-accent-soft/80 underline decoration-accent decoration-dashed decoration-1 underline-offset-4"
            : cn("cursor-pointer", markClass[top.color]),
          top.tone === "resolved" && "opacity-45 hover:opacity-80",
          top.tone === "uncertain" && "underline decoration-danger decoration-wavy decoration-1 underline-offset-4",
          p.ids.length > 1 && "shadow-[inset_0_-0.2em_0_0_color-mix(in_oklch,var(--ink)_14%,transparent)]",
          active && "shadow-[0_0_0_1.5px_var(--accent)] dark:shadow-[0_0_0_1.5px_var(--accent)]",
        )}
      >
        {slice}
      </mark>
    );
  });
  const attrs = { "data-block-start": block.start, "data-block-end": block.end };
  return block.kind === "heading" ? (
    <h3 {...attrs} className="mt-10 mb-3 font-sans text-base font-semibold tracking-tight text-ink first:mt-0">
      {content}
    </h3>
  ) : (
    <p {...attrs} className="mb-[1.1em] hyphens-auto last:mb-0">
      {content}
    </p>
  );
});

const CHUNK = 24;

export function ReadingText({
  text,
  blocks,
  highlights,
  activeId,
  onMarkClick,
}: {
  text: string;
  blocks: TextBlock[];
  highlights: readonly Highlight[];
  activeId: string | null;
  onMarkClick: (id: string) => void;
}) {
  // Each block only receives the highlights touching it, so a new highlight re-renders a handful of blocks.
  const perBlock = useMemo(() => {
    const sorted = [...highlights].sort((a, b) => a.start - b.start);
    return blocks.map((b) => sorted.filter((h) => h.start < b.end && h.end > b.start));
  }, [blocks, highlights]);
  const chunks: number[][] = [];
  for (let i = 0; i < blocks.length; i += CHUNK) chunks.push(blocks.slice(i, i + CHUNK).map((_, j) => i + j));

  return (
    <div className="prose-reading text-pretty whitespace-normal">
      {chunks.map((chunk, c) => (
        // Long texts: the browser may skip laying out chunks far from the viewport.
        <div key={c} className={blocks.length > CHUNK ? "[contain-intrinsic-size:auto_1600px] [content-visibility:auto]" : undefined}>
          {chunk.map((i) => {
            const hs = perBlock[i]!;
            const active = activeId && hs.some((h) => h.id === activeId) ? activeId : null;
            return <Block key={blocks[i]!.start} text={text} block={blocks[i]!} highlights={hs} activeId={active} onMarkClick={onMarkClick} />;
          })}
        </div>
      ))}
    </div>
  );
}
