"use client";

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { BellOff } from "lucide-react";
import { useState } from "react";
import { Button, Skeleton, cn } from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { NotificationRow } from "./notification-row";

/** The full notifications page: all or unread, paged, mark read / all read, and email delivery. */
export function NotificationsView() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() });
  const pages = useInfiniteQuery(
    trpc.notifications.list.infiniteQueryOptions({ limit: 30, unreadOnly }, { getNextPageParam: (last) => last.nextCursor ?? undefined }),
  );
  const count = useQuery(trpc.notifications.unreadCount.queryOptions());
  const prefs = useQuery(trpc.notifications.preferences.queryOptions());
  const markRead = useMutation(trpc.notifications.markRead.mutationOptions({ onSettled: refresh }));
  const markAllRead = useMutation(trpc.notifications.markAllRead.mutationOptions({ onSettled: refresh }));
  const setPrefs = useMutation(
    trpc.notifications.setPreferences.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.notifications.preferences.queryKey() }),
    }),
  );
  const items = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const unread = count.data?.count ?? 0;

  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl font-semibold tracking-tight text-ink">Notifications</h1>
          <p className="mt-1 text-sm text-ink-muted">{unread > 0 ? `${unread} unread` : "You're all caught up."}</p>
        </div>
        <Button variant="secondary" size="sm" disabled={unread === 0} loading={markAllRead.isPending} onClick={() => markAllRead.mutate()}>
          Mark all read
        </Button>
      </div>

      <div className="mt-6 flex items-center justify-between gap-3 border-b border-line pb-3">
        <div role="tablist" aria-label="Show" className="inline-flex rounded-lg border border-line bg-paper-sunken p-0.5">
          {[false, true].map((v) => (
            <button
              key={String(v)}
              role="tab"
              aria-selected={unreadOnly === v}
              onClick={() => setUnreadOnly(v)}
              className={cn(
                "h-7 rounded-md px-3 text-xs font-medium",
                unreadOnly === v ? "bg-surface-raised text-ink shadow-sm" : "text-ink-muted hover:text-ink",
              )}
            >
              {v ? "Unread" : "All"}
            </button>
          ))}
        </div>
        <label className="flex items-center gap-2 text-xs text-ink-muted">
          <input
            type="checkbox"
            className="accent-[var(--accent)]"
            checked={prefs.data?.emailNotifications ?? false}
            disabled={!prefs.data || setPrefs.isPending}
            onChange={(e) => setPrefs.mutate({ emailNotifications: e.target.checked })}
          />
          Also send by email
        </label>
      </div>

      {pages.isLoading ? (
        <div className="mt-4 grid gap-2">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-16 rounded-lg" />
          ))}
        </div>
      ) : items.length === 0 ? (
        <div className="mt-10 grid justify-items-center gap-2 text-center">
          <BellOff aria-hidden className="size-6 text-ink-subtle" />
          <p className="text-sm text-ink-muted">
            {unreadOnly ? "No unread notifications." : "Nothing yet. When someone mentions you, replies to you or annotates your lists, it shows up here."}
          </p>
        </div>
      ) : (
        <ul className="mt-3 grid gap-1" aria-label="Notifications">
          {items.map((n) => (
            <li key={n.id}>
              <NotificationRow item={n} onOpen={() => (n.readAt ? undefined : markRead.mutate({ ids: [n.id] }))} />
            </li>
          ))}
        </ul>
      )}
      {pages.hasNextPage ? (
        <div className="mt-6 flex justify-center">
          <Button variant="secondary" size="sm" loading={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()}>
            Older notifications
          </Button>
        </div>
      ) : null}
    </>
  );
}
