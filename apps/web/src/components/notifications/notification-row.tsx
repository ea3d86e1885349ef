"use client";

import Link from "next/link";
import { AtSign, CornerDownRight, ListChecks } from "lucide-react";
import { Avatar, cn } from "@commonplace/ui";
import { describe, hrefOf, type NotificationItem } from "./use-notifications";
import { TimeAgo } from "@/components/time-ago";

const icons = { mention: AtSign, reply: CornerDownRight, "list-activity": ListChecks } as const;

/** One notification: who did what, where, a few words of it; unread ones carry a blue dot. */
export function NotificationRow({ item, onOpen, compact = false }: { item: NotificationItem; onOpen?: () => void; compact?: boolean }) {
  const Icon = icons[item.kind as keyof typeof icons] ?? AtSign;
  const href = hrefOf(item);
  const unread = item.readAt === null;
  const inner = (
    <>
      <span className="relative mt-0.5 shrink-0">
        <Avatar name={item.actor?.name ?? "?"} size="sm" />
        <span className="absolute -right-1 -bottom-1 grid size-4 place-items-center rounded-full border border-surface-raised bg-paper-sunken text-ink-muted">
          <Icon aria-hidden className="size-2.5" />
        </span>
      </span>
      <span className="grid min-w-0 flex-1 gap-0.5">
        <span className="text-[13px] leading-snug text-ink">
          <span className="font-medium">{describe(item)}</span>
          {item.paper ? <span className="text-ink-muted"> on {item.paper.title}</span> : null}
        </span>
        {item.excerpt ? <span className={cn("text-xs leading-snug text-ink-muted", compact ? "line-clamp-1" : "line-clamp-2")}>{item.excerpt}</span> : null}
        <TimeAgo date={item.createdAt} className="text-[11px] text-ink-subtle" />
      </span>
      {unread ? <span aria-label="Unread" className="mt-1.5 size-2 shrink-0 rounded-full bg-accent" /> : null}
    </>
  );
  const cls = cn(
    "flex w-full items-start gap-3 rounded-lg px-3 py-2.5 text-left transition-colors",
    unread ? "bg-accent-soft/40 hover:bg-accent-soft/70" : "hover:bg-paper-sunken",
  );
  return href ? (
    <Link href={href} onClick={onOpen} className={cls} data-testid="notification">
      {inner}
    </Link>
  ) : (
    <button type="button" onClick={onOpen} className={cls} data-testid="notification">
      {inner}
    </button>
  );
}
