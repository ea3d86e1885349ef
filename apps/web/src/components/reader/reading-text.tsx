"use client";

import { memo, useMemo, type ReactNode } from "react";
import { cn } from "@commonplace/ui";
import { lightMarkClass, markClass, type AnnotationColor } from "../annotations/colors";
import { findUrls } from "@/lib/find-urls";
import { piecesOf, type Piece, type Span, type TextBlock } from "./text-blocks";

export type Highlight = Span & { color: AnnotationColor; tone: "normal" | "light" | "resolved" | "pending" | "uncertain" };

type BlockProps = {
  text: string;
  block: TextBlock;
  highlights: readonly Highlight[];
  activeId: string | null;
  onMarkClick: (id: string) => void;
};

/** Pieces cut again at URL boundaries, each knowing the link (if any) it belongs to. */
function linkedPieces(text: string, block: TextBlock, pieces: Piece[]): (Piece & { href: string | null })[] {
  const urls = findUrls(text, block.start, block.end);
  if (urls.length === 0) return pieces.map((p) => ({ ...p, href: null }));
  const out: (Piece & { href: string | null })[] = [];
  for (const p of pieces) {
    const cuts = new Set([p.start, p.end]);
    for (const u of urls) for (const c of [u.start, u.end]) if (c > p.start && c < p.end) cuts.add(c);
    const sorted = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i < sorted.length - 1; i++) {
      const start = sorted[i]!;
      const url = urls.find((u) => u.start <= start && u.end > start);
      out.push({ start, end: sorted[i + 1]!, ids: p.ids, href: url?.href ?? null });
    }
  }
  return out;
}

const headingClass = "mt-10 mb-3 scroll-mt-24 font-sans font-semibold tracking-tight text-ink first:mt-0";

/**
 * One block — heading, paragraph, list item or reference — with its highlights as <mark>s and its URLs as
 * links (http/https only). The DOM text equals text.slice(start, end): links and marks only wrap it.
 */
const Block = memo(function Block({ text, block, highlights, activeId, onMarkClick }: BlockProps) {
  const byId = new Map(highlights.map((h) => [h.id, h]));
  const pieces = linkedPieces(text, block, piecesOf(block, highlights));
  const content = pieces.map((p) => {
    const slice = text.slice(p.start, p.end);
    const linked = (node: ReactNode) =>
      p.href ? (
        <a
          key={`a${p.start}`}
          href={p.href}
          target="_blank"
          rel="noopener noreferrer nofollow"
          className="text-accent underline decoration-accent/40 underline-offset-2 hover:decoration-accent"
        >
          {node}
        </a>
      ) : (
        node
      );
    if (p.ids.length === 0) return linked(slice);
    // The most recent highlight on top decides the colour; overlaps read as a deeper tint.
    const top = byId.get(p.ids[p.ids.length - 1]!)!;
    const active = activeId !== null && p.ids.includes(activeId);
    return linked(
      <mark
        key={p.start}
        data-annotation-ids={p.ids.join(" ")}
        data-testid={top.tone === "pending" ? "pending-highlight" : "highlight"}
        data-tone={top.tone}
        onClick={(e) => {
          if (top.tone === "pending" || !window.getSelection()?.isCollapsed) return;
          e.stopPropagation();
          onMarkClick(activeId && p.ids.includes(activeId) && p.ids.length > 1 ? p.ids[(p.ids.indexOf(activeId) + 1) % p.ids.length]! : top.id);
        }}
        className={cn(
          "rounded-[2px] text-inherit [box-decoration-break:clone] transition-[box-shadow,background-color] duration-150",
          top.tone === "pending"
            ? "bg-accent-soft/80 underline decoration-accent decoration-dashed decoration-1 underline-offset-4"
            : cn("cursor-pointer", top.tone === "light" ? lightMarkClass[top.color] : markClass[top.color]),
          top.tone === "resolved" && "opacity-45 hover:opacity-80",
          top.tone === "uncertain" && "underline decoration-danger decoration-wavy decoration-1 underline-offset-4",
          p.ids.length > 1 && "shadow-[inset_0_-0.2em_0_0_color-mix(in_oklch,var(--ink)_14%,transparent)]",
          active && "shadow-[0_0_0_1.5px_var(--accent)] dark:shadow-[0_0_0_1.5px_var(--accent)]",
        )}
      >
        {slice}
      </mark>,
    );
  });
  const attrs = { "data-block-start": block.start, "data-block-end": block.end, "data-block-kind": block.kind };
  if (block.kind === "heading") {
    return (block.level ?? 1) > 1 ? (
      <h4 {...attrs} id={sectionId(block)} className={cn(headingClass, "text-[15px]")}>
        {content}
      </h4>
    ) : (
      <h3 {...attrs} id={sectionId(block)} className={cn(headingClass, "text-base")}>
        {content}
      </h3>
    );
  }
  if (block.kind === "list-item") {
    return (
      <p {...attrs} className="mb-[0.6em] pl-5 -indent-4 hyphens-auto last:mb-0">
        {content}
      </p>
    );
  }
  if (block.kind === "reference") {
    return (
      <p {...attrs} className="mb-2 pl-6 -indent-6 font-sans text-sm leading-relaxed text-ink-muted last:mb-0">
        {content}
      </p>
    );
  }
  return (
    <p {...attrs} className="mb-[1.1em] hyphens-auto last:mb-0">
      {content}
    </p>
  );
});

/** The anchor of a heading, for the table of contents. */
export const sectionId = (block: TextBlock) => `section-${block.start}`;

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
