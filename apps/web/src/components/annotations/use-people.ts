"use client";

import { useQueries, useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react";

export type Person = { id: string; handle: string; name: string };

/** The signed-in person (null for visitors) — the paper page is public, so the reader asks. */
export function useViewer() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.auth.me.queryOptions(), staleTime: 5 * 60_000 });
}

/** Your teams, and which of them you may annotate in (VIEWERs read only). */
export function useMyTeams(enabled: boolean) {
  const trpc = useTRPC();
  const q = useQuery({ ...trpc.teams.mine.queryOptions(), enabled, staleTime: 60_000 });
  const teams = q.data ?? [];
  return { teams, writable: teams.filter((t) => t.role !== "VIEWER"), isLoading: q.isLoading };
}

/** Everyone who shares a team with you: the @mention suggestions. */
export function useTeammates(teamSlugs: string[], selfId: string | undefined): Person[] {
  const trpc = useTRPC();
  const results = useQueries({
    queries: teamSlugs.map((slug) => ({ ...trpc.teams.members.queryOptions({ teamSlug: slug }), staleTime: 5 * 60_000 })),
  });
  const seen = new Map<string, Person>();
  for (const r of results) for (const m of r.data ?? []) if (m.user.id !== selfId) seen.set(m.user.id, m.user);
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
}
