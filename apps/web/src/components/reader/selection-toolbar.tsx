"use client";

import Link from "next/link";
import { MessageSquarePlus } from "lucide-react";
import { cn } from "@commonplace/ui";
import { COLORS, swatchClass, type AnnotationColor } from "../annotations/colors";

export type ToolbarPosition = { top: number; left: number; below: boolean };

/**
 * The small floating bar over a selection: a highlight in one of the marker colours, or a comment.
 * mousedown is prevented so pressing a button never collapses the selection it acts on.
 */
export function SelectionToolbar({
  position,
  signedIn,
  signInHref,
  busy,
  onHighlight,
  onComment,
}: {
  position: ToolbarPosition;
  signedIn: boolean;
  signInHref: string;
  busy: boolean;
  onHighlight: (color: AnnotationColor) => void;
  onComment: () => void;
}) {
  return (
    <div
      role="toolbar"
      aria-label="Annotate selection"
      data-testid="selection-toolbar"
      onMouseDown={(e) => e.preventDefault()}
      style={{ top: position.top, left: position.left }}
      className={cn(
        "absolute z-30 flex -translate-x-1/2 items-center gap-1 rounded-full border border-line-strong bg-surface-raised p-1 font-sans shadow-lg animate-pop-in",
        position.below ? "translate-y-2" : "-translate-y-[calc(100%+0.5rem)]",
      )}
    >
      {signedIn ? (
        <>
          <span className="sr-only">Highlight</span>
          {COLORS.map((color) => (
            <button
              key={color}
              type="button"
              disabled={busy}
              aria-label={`Highlight ${color}`}
              title={`Highlight (${color})`}
              onClick={() => onHighlight(color)}
              className="group grid size-8 place-items-center rounded-full transition-colors hover:bg-paper-sunken disabled:opacity-50"
            >
              <span
                className={cn(
                  "size-4 rounded-full ring-1 ring-black/10 ring-inset transition-transform group-hover:scale-110 dark:ring-white/15",
                  swatchClass[color],
                )}
              />
            </button>
          ))}
          <span aria-hidden className="mx-0.5 h-5 w-px bg-line" />
          <button
            type="button"
            disabled={busy}
            onClick={onComment}
            className="inline-flex h-8 items-center gap-1.5 rounded-full px-3 text-[13px] font-medium text-ink transition-colors hover:bg-accent-soft hover:text-accent-soft-ink disabled:opacity-50"
          >
            <MessageSquarePlus aria-hidden className="size-3.5" /> Comment
          </button>
        </>
      ) : (
        <Link href={signInHref} className="inline-flex h-8 items-center rounded-full px-3 text-[13px] font-medium text-accent hover:bg-accent-soft">
          Sign in to highlight and comment
        </Link>
      )}
    </div>
  );
}
