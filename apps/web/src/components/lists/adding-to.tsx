"use client";

import Link from "next/link";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ArrowLeft, Check, ListPlus } from "lucide-react";
import { Button, toast } from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { formErrorOf } from "@/lib/trpc-errors";

// "Adding to <list>" mode of the search page (/search?addTo=<listId>, from an empty list's "Find papers to
// add"): a banner naming the list, and on every result one button that adds the paper to that list.

export function useAddingToList(listId: string | null) {
  const trpc = useTRPC();
  const list = useQuery({ ...trpc.lists.get.queryOptions({ listId: listId ?? "" }), enabled: Boolean(listId) });
  return listId && list.data ? { id: listId, title: list.data.title } : null;
}

export function AddingToBanner({ list }: { list: { id: string; title: string } }) {
  return (
    <div
      className="mb-4 flex flex-wrap items-center justify-between gap-3 rounded-xl border border-accent/30 bg-accent-soft px-4 py-3 text-sm text-accent-soft-ink"
      data-testid="adding-to-banner"
    >
      <p className="min-w-0">
        <ListPlus aria-hidden className="mr-1.5 inline size-4 align-[-3px]" />
        Adding papers to <span className="font-semibold">“{list.title}”</span>. Search, then use “Add” on each paper you want.
      </p>
      <Button asChild variant="secondary" size="sm">
        <Link href={`/lists/${list.id}`}>
          <ArrowLeft aria-hidden /> Back to the list
        </Link>
      </Button>
    </div>
  );
}

/** "Add to <list>" on one result, or "Added" (from lists.savedIn) once it is there; undoable from the toast. */
export function AddToThisList({ list, paperId }: { list: { id: string; title: string }; paperId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const saved = useQuery(trpc.lists.savedIn.queryOptions({ paperIds: [paperId] }));
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.lists.savedIn.pathKey() });
  const remove = useMutation(trpc.lists.removeItem.mutationOptions({ onSettled: refresh }));
  const add = useMutation(
    trpc.lists.addItem.mutationOptions({
      onSuccess: ({ item }) =>
        toast.success(`Added to “${list.title}”`, { action: { label: "Undo", onClick: () => remove.mutate({ listId: list.id, itemId: item.id }) } }),
      onError: (e) => toast.error(formErrorOf(e) ?? "Couldn’t add it."),
      onSettled: refresh,
    }),
  );
  const inList = saved.data?.[0]?.lists.some((l) => l.id === list.id) ?? false;
  if (inList) {
    return (
      <span className="inline-flex h-8 items-center gap-1.5 rounded-md px-2 text-sm font-medium text-success" data-testid="added-to-this-list">
        <Check aria-hidden className="size-4" /> In “{list.title}”
      </span>
    );
  }
  return (
    <Button size="sm" loading={add.isPending} onClick={() => add.mutate({ listId: list.id, paperId })} data-testid="add-to-this-list-button">
      <ListPlus aria-hidden /> Add to “{list.title}”
    </Button>
  );
}
