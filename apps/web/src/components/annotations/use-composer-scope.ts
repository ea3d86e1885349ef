"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/trpc/react";
import type { Scope } from "./scope-picker";

/**
 * The scope a new thread starts in (issue 16.7): what you pick now, else what the server remembers — the
 * scope of your last thread on this paper, else in the team of the list you came from (annotations.rememberedScope,
 * re-validated there) — else "Only me". A TEAM scope is offered only for a team you may still write in.
 */
export function useComposerScope({
  paperId,
  listId,
  signedIn,
  writable,
}: {
  paperId: string;
  listId: string | null;
  signedIn: boolean;
  writable: { slug: string }[];
}) {
  const trpc = useTRPC();
  const remembered = useQuery({
    ...trpc.annotations.rememberedScope.queryOptions({ paperId, ...(listId ? { listId } : {}) }),
    enabled: signedIn,
  });
  const [picked, setPicked] = useState<Scope | null>(null);
  const saved = remembered.data;
  const wanted: Scope = picked ?? (saved ? { visibility: saved.visibility, teamSlug: saved.teamSlug ?? undefined } : { visibility: "PRIVATE" });
  const scope: Scope =
    wanted.visibility === "TEAM" && !writable.some((t) => t.slug === wanted.teamSlug)
      ? picked && writable[0]
        ? { visibility: "TEAM", teamSlug: writable[0].slug }
        : { visibility: "PRIVATE" }
      : wanted;
  return { scope, setScope: setPicked, loading: signedIn && remembered.isLoading };
}
