"use client";

import { useQuery } from "@tanstack/react-query";
import { Library, Plus } from "lucide-react";
import { Button, Skeleton } from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { CreateListDialog } from "@/components/lists/create-list-dialog";
import { ListCard } from "@/components/lists/list-card";
import { EmptyState } from "@/components/lists/page-header";
import type { TeamDetail } from "@/components/lists/types";

export function TeamListsPanel({ team }: { team: TeamDetail }) {
  const trpc = useTRPC();
  const lists = useQuery(trpc.lists.forTeam.queryOptions({ teamSlug: team.slug }));
  const canCreate = team.permissions.includes("list.create");
  const newList = canCreate ? (
    <CreateListDialog
      teamSlug={team.slug}
      lockOwner
      trigger={
        <Button size="sm">
          <Plus aria-hidden /> New team list
        </Button>
      }
    />
  ) : null;

  if (lists.isLoading) {
    return (
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-busy="true">
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} className="h-36 rounded-xl" />
        ))}
      </div>
    );
  }
  if (!lists.data || lists.data.length === 0) {
    return (
      <EmptyState icon={<Library aria-hidden />} title="No team lists yet" action={newList}>
        {canCreate ? "Start a list the whole team can read and add to." : "Lists the team shares will appear here."}
      </EmptyState>
    );
  }
  return (
    <div>
      {newList ? <div className="mb-4 flex justify-end">{newList}</div> : null}
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="team-lists">
        {lists.data.map((l) => (
          <ListCard key={l.id} list={l} showTeam={false} />
        ))}
      </ul>
    </div>
  );
}
