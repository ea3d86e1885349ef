"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@commonplace/api";
import { useTRPC } from "@/trpc/react";

export type NotificationItem = inferRouterOutputs<AppRouter>["notifications"]["list"]["items"][number];

/** Where a notification leads: the paper with its annotation focused, or the list. */
export function hrefOf(n: NotificationItem): string | null {
  if (n.paper) return `/papers/${n.paper.id}${n.annotationId ? `?annotation=${encodeURIComponent(n.annotationId)}` : ""}`;
  if (n.list) return `/lists/${n.list.id}`;
  return null;
}

export function describe(n: NotificationItem): string {
  const who = n.actor?.name ?? "Someone";
  if (n.kind === "mention") return `${who} mentioned you`;
  if (n.kind === "reply") return `${who} replied to you`;
  if (n.kind === "list-activity") return `${who} annotated ${n.list ? `“${n.list.title}”` : "your list"}`;
  return `${who}: ${n.kind}`;
}

/** Unread count + recent notifications, refreshed the moment live.notifications announces one. */
export function useNotifications(limit = 8) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() });
  // Polling is the fallback when the event stream is down (a proxy that buffers SSE, say).
  const count = useQuery({ ...trpc.notifications.unreadCount.queryOptions(), refetchInterval: 60_000 });
  const recent = useQuery(trpc.notifications.list.queryOptions({ limit }));
  useSubscription(trpc.live.notifications.subscriptionOptions(undefined, { onData: () => void refresh() }));
  const markRead = useMutation(trpc.notifications.markRead.mutationOptions({ onSettled: refresh }));
  const markAllRead = useMutation(trpc.notifications.markAllRead.mutationOptions({ onSettled: refresh }));
  return { unread: count.data?.count ?? 0, items: recent.data?.items ?? [], loading: recent.isLoading, markRead, markAllRead };
}
