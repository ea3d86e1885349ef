"use client";

import Link from "next/link";
import { Bell } from "lucide-react";
import { useState } from "react";
import { Button, DropdownMenu, DropdownMenuContent, DropdownMenuTrigger, Skeleton } from "@commonplace/ui";
import { NotificationRow } from "./notification-row";
import { useNotifications } from "./use-notifications";

/** The header bell: unread count (live), the recent few, mark read / all read, and the full page. */
export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const { unread, items, loading, markRead, markAllRead } = useNotifications(8);
  const label = unread > 0 ? `Notifications, ${unread} unread` : "Notifications";
  return (
    <DropdownMenu open={open} onOpenChange={setOpen}>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon" aria-label={label} data-testid="notification-bell" className="relative">
          <Bell aria-hidden />
          {unread > 0 ? (
            <span
              data-testid="notification-count"
              className="absolute top-1 right-1 grid h-4 min-w-4 place-items-center rounded-full bg-accent px-1 text-[10px] leading-none font-semibold text-accent-ink tabular-nums ring-2 ring-paper"
            >
              {unread > 99 ? "99+" : unread}
            </span>
          ) : null}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-[min(24rem,calc(100vw-2rem))] p-0">
        <div className="flex items-center justify-between border-b border-line px-3 py-2.5">
          <span className="text-sm font-semibold text-ink">Notifications</span>
          {unread > 0 ? (
            <button type="button" className="text-xs font-medium text-accent hover:underline" onClick={() => markAllRead.mutate()}>
              Mark all read
            </button>
          ) : null}
        </div>
        <div className="max-h-[60dvh] overflow-y-auto p-1.5">
          {loading ? (
            <div className="grid gap-2 p-2">
              <Skeleton className="h-12" />
              <Skeleton className="h-12" />
            </div>
          ) : items.length === 0 ? (
            <p className="px-3 py-8 text-center text-sm text-ink-muted">Nothing yet. Mentions, replies and activity on your lists appear here.</p>
          ) : (
            <ul className="grid gap-0.5">
              {items.map((n) => (
                <li key={n.id}>
                  <NotificationRow
                    item={n}
                    compact
                    onOpen={() => {
                      if (!n.readAt) markRead.mutate({ ids: [n.id] });
                      setOpen(false);
                    }}
                  />
                </li>
              ))}
            </ul>
          )}
        </div>
        <Link
          href="/notifications"
          onClick={() => setOpen(false)}
          className="block border-t border-line px-3 py-2.5 text-center text-xs font-medium text-accent hover:bg-paper-sunken"
        >
          All notifications
        </Link>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
