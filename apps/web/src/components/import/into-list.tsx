"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { toast } from "@commonplace/ui";
import { Select } from "@/components/lists/select";
import { formErrorOf } from "@/lib/trpc-errors";
import { useTRPC } from "@/trpc/react";

/** "Add the imported papers to…": my lists, chosen before starting an import (the API checks item.import). */
export function IntoListPicker({ value, onChange }: { value: string; onChange: (listId: string) => void }) {
  const trpc = useTRPC();
  const lists = useQuery(trpc.lists.mine.queryOptions({ scope: "all" }));
  const targets = lists.data ?? [];
  return (
    <label className="flex flex-wrap items-center gap-2 text-sm text-ink-muted">
      Add the imported papers to
      <Select
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="w-full max-w-xs"
        data-testid="import-into-list"
        aria-label="Add the imported papers to a list"
      >
        <option value="">no list (just the library)</option>
        {targets.map((l) => (
          <option key={l.id} value={l.id}>
            {l.team ? `${l.title} (${l.team.name})` : l.title}
          </option>
        ))}
      </Select>
    </label>
  );
}

/** Ties a started run to the chosen list (lists.attachRun); the list gets the papers when the run is done. */
export function useSendRunToList() {
  const trpc = useTRPC();
  const attach = useMutation(trpc.lists.attachRun.mutationOptions());
  return (runId: string, list: { id: string; title: string }) =>
    attach.mutate(
      { listId: list.id, runId },
      {
        onSuccess: () =>
          toast.success(`The imported papers go into “${list.title}”`, {
            description: "They are added when the import finishes.",
            action: { label: "Open list", onClick: () => window.location.assign(`/lists/${list.id}`) },
          }),
        onError: (e) => toast.error(formErrorOf(e) ?? "Couldn’t send this import to the list."),
      },
    );
}
