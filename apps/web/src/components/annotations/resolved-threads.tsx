"use client";

import { ChevronDown } from "lucide-react";
import { useState, type ReactNode } from "react";
import { cn } from "@commonplace/ui";
import type { Thread } from "./colors";

/**
 * The folded "Resolved (n)" group under a list of threads (passage threads and page notes alike). It opens by
 * itself when the active thread (the reader selected or linked to it) turns out to be one of its threads, once
 * `all` (the list's threads, open and resolved) has loaded it; resolving the active thread folds it away like any
 * other. The reader may close it again.
 */
export function ResolvedThreads({
  threads,
  all,
  card,
  activeId = null,
}: {
  threads: Thread[];
  all: Thread[];
  card: (t: Thread) => ReactNode;
  activeId?: string | null;
}) {
  const [open, setOpen] = useState(false);
  const known = activeId && all.some((t) => t.id === activeId) ? activeId : null;
  const [seen, setSeen] = useState<string | null>(null);
  if (known !== seen) {
    setSeen(known);
    if (known && threads.some((t) => t.id === known)) setOpen(true);
  }
  if (threads.length === 0) return null;
  return (
    <div>
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen((v) => !v)}
        className="flex w-full items-center gap-1.5 py-1 text-xs font-medium text-ink-muted hover:text-ink"
      >
        <ChevronDown aria-hidden className={cn("size-3.5 transition-transform", !open && "-rotate-90")} />
        Resolved ({threads.length})
      </button>
      {open ? <ul className="mt-2 grid gap-3">{threads.map(card)}</ul> : null}
    </div>
  );
}
