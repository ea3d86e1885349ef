"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { MessageSquareText } from "lucide-react";
import { Avatar, cn } from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { swatchClass } from "./colors";
import { TimeAgo } from "@/components/time-ago";

/**
 * "Annotated reading lists": a list item's annotations (those made on this list, as the viewer may see
 * them), compact, each linking to the passage in the reader. For the list page to mount under an item:
 * <ItemAnnotations listId={list.id} paperId={item.paper.id} shareToken={token} />
 */
export function ItemAnnotations({ listId, paperId, shareToken, max = 3 }: { listId: string; paperId: string; shareToken?: string; max?: number }) {
  const trpc = useTRPC();
  const q = useQuery(trpc.annotations.list.queryOptions({ listId, paperId, shareToken, resolved: false, limit: 50 }));
  const threads = (q.data?.threads ?? []).filter((t) => !t.deleted || t.replyCount > 0);
  if (q.isLoading || threads.length === 0) return null;
  const href = (id: string) => `/papers/${paperId}?list=${encodeURIComponent(listId)}&annotation=${encodeURIComponent(id)}`;
  return (
    <div className="mt-3 grid gap-2" data-testid="item-annotations">
      <p className="flex items-center gap-1.5 text-[11px] font-medium tracking-wide text-ink-subtle uppercase">
        <MessageSquareText aria-hidden className="size-3" /> {threads.length} {threads.length === 1 ? "note" : "notes"} on this list
      </p>
      <ul className="grid gap-1.5">
        {threads.slice(0, max).map((t) => (
          <li key={t.id}>
            <Link href={href(t.id)} className="group flex gap-2.5 rounded-lg px-2 py-1.5 -mx-2 transition-colors hover:bg-paper-sunken">
              <span aria-hidden className={cn("w-1 shrink-0 rounded-full", t.color ? swatchClass[t.color] : "bg-line-strong")} />
              <span className="grid min-w-0 gap-0.5">
                {t.quote ? <span className="line-clamp-1 font-serif text-[13px] text-ink-muted italic">&ldquo;{t.quote}&rdquo;</span> : null}
                {t.body.trim() ? <span className="line-clamp-2 text-[13px] text-ink">{t.body}</span> : null}
                <span className="flex items-center gap-1.5 text-[11px] text-ink-subtle">
                  {t.author ? <Avatar name={t.author.name} size="xs" /> : null}
                  {t.author?.name ?? "Deleted"} · <TimeAgo date={t.createdAt} />
                  {t.replyCount > 0 ? ` · ${t.replyCount} ${t.replyCount === 1 ? "reply" : "replies"}` : ""}
                </span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {threads.length > max ? (
        <Link href={`/papers/${paperId}?list=${encodeURIComponent(listId)}`} className="text-xs font-medium text-accent hover:underline">
          See all {threads.length} in the reader
        </Link>
      ) : null}
    </div>
  );
}
