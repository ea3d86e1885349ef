"use client";

import { useQuery } from "@tanstack/react-query";
import { Bookmark } from "lucide-react";
import { useTRPC } from "@/trpc/react";

/**
 * "In 2 lists" on a card, for members, when the paper is saved in lists they can add to. `pageIds` are all the
 * papers of the list the card is in: one query (prefetched with the page) serves every card.
 */
export function SavedBadge({ paperId, pageIds }: { paperId: string; pageIds: string[] }) {
  const trpc = useTRPC();
  const saved = useQuery({
    ...trpc.lists.savedIn.queryOptions({ paperIds: pageIds }),
    select: (rows) => rows.find((r) => r.paperId === paperId)?.lists ?? [],
  });
  const lists = saved.data ?? [];
  if (lists.length === 0) return null;
  return (
    <span
      className="inline-flex items-center gap-1 rounded-full bg-accent-soft px-2 py-0.5 text-[11px] font-medium text-accent-soft-ink"
      title={lists.map((l) => l.title).join(", ")}
      data-testid="saved-badge"
    >
      <Bookmark aria-hidden className="size-3" /> In {lists.length} {lists.length === 1 ? "list" : "lists"}
    </span>
  );
}
