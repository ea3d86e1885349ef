"use client";

import { useQuery } from "@tanstack/react-query";
import { MessageSquareText } from "lucide-react";
import { plural } from "@/components/papers/format";
import { useTRPC } from "@/trpc/react";

/**
 * Threads on a paper — page notes and highlights, not replies — that this viewer may read (signed out, the
 * public ones): annotations.counts, one query for every card of the list (`pageIds`), prefetched with the page.
 */
export function AnnotationCount({ paperId, pageIds }: { paperId: string; pageIds: string[] }) {
  const trpc = useTRPC();
  const counts = useQuery({
    ...trpc.annotations.counts.queryOptions({ paperIds: pageIds }),
    select: (rows) => rows.find((r) => r.paperId === paperId),
  });
  const c = counts.data;
  if (!c || c.threads === 0) return null;
  const title = `${plural(c.threads, "annotation")} you can see${c.pageNotes ? ` (${plural(c.pageNotes, "page note")})` : ""}`;
  return (
    <span className="inline-flex items-center gap-1 text-xs text-ink-muted tabular-nums" title={title} data-testid="card-annotations">
      <MessageSquareText aria-hidden className="size-3.5" />
      {c.threads.toLocaleString("en-US")}
      <span className="sr-only"> {title}</span>
    </span>
  );
}
