"use client";

import { useState, type FormEvent } from "react";
import Link from "next/link";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Check, ListPlus, Plus, Users, X } from "lucide-react";
import {
  Button,
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
  FormField,
  Input,
  Spinner,
  Textarea,
  toast,
} from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { fieldErrorsOf, formErrorOf } from "@/lib/trpc-errors";

type Props = { paperId: string; paperTitle: string; size?: "sm" | "md"; className?: string };
type SavedList = { id: string; title: string; itemId: string };

/**
 * "Add to list" — or "In 2 lists" once the paper is saved: the saved state comes from lists.savedIn, asked as
 * the page renders (one batched request for a page of results), not only when the menu opens. Adding and
 * removing are separate menu items, each confirmed by a toast that can undo it; nothing toggles silently.
 * "New list…" creates a list already holding the paper (lists.createWithPaper), with an optional note.
 */
export function AddToListMenu({ paperId, paperTitle, size = "md", className }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [menuOpen, setMenuOpen] = useState(false);
  const [createOpen, setCreateOpen] = useState(false);
  const savedIn = useQuery(trpc.lists.savedIn.queryOptions({ paperIds: [paperId] }));
  const lists = useQuery({ ...trpc.lists.containingPaper.queryOptions({ paperId }), enabled: menuOpen || createOpen });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.lists.savedIn.pathKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.lists.containingPaper.queryKey({ paperId }) });
    void queryClient.invalidateQueries({ queryKey: trpc.lists.mine.pathKey() });
  };
  const onError = (e: unknown) => toast.error(formErrorOf(e) ?? "That didn’t work. Please try again.");
  const add = useMutation(trpc.lists.addItem.mutationOptions({ onSettled: refresh, onError }));
  const remove = useMutation(trpc.lists.removeItem.mutationOptions({ onSettled: refresh, onError }));
  const create = useMutation(trpc.lists.createWithPaper.mutationOptions());
  const saved: SavedList[] = savedIn.data?.[0]?.lists ?? [];
  const savedIds = new Set(saved.map((l) => l.id));
  const addable = (lists.data ?? []).filter((l) => !savedIds.has(l.id) && !l.contains);

  function addTo(list: { id: string; title: string }) {
    add.mutate(
      { listId: list.id, paperId },
      {
        onSuccess: ({ item }) =>
          toast.success(`Added to “${list.title}”`, {
            action: { label: "Undo", onClick: () => removeFrom({ id: list.id, title: list.title, itemId: item.id }, false) },
          }),
      },
    );
  }

  function removeFrom(list: SavedList, undoable = true) {
    remove.mutate(
      { listId: list.id, itemId: list.itemId },
      {
        onSuccess: () =>
          undoable
            ? toast.success(`Removed from “${list.title}”`, { action: { label: "Undo", onClick: () => addTo(list) } })
            : toast(`Taken out of “${list.title}” again`),
      },
    );
  }

  function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    create.mutate(
      { paperId, title: String(form.get("title") ?? ""), note: String(form.get("note") ?? "") || null, visibility: "PRIVATE" },
      {
        onSuccess: ({ list }) => {
          refresh();
          setCreateOpen(false);
          toast.success(`Added to your new list “${list.title}”`, {
            action: { label: "Open list", onClick: () => window.location.assign(`/lists/${list.id}`) },
          });
        },
      },
    );
  }

  return (
    <>
      <DropdownMenu open={menuOpen} onOpenChange={setMenuOpen}>
        <DropdownMenuTrigger asChild>
          <Button variant="secondary" size={size === "sm" ? "sm" : "md"} className={className} data-testid="add-to-list" data-saved-count={saved.length}>
            {saved.length > 0 ? <Check aria-hidden className="text-success" /> : <ListPlus aria-hidden />}
            {saved.length > 0 ? `In ${saved.length} ${saved.length === 1 ? "list" : "lists"}` : "Add to list"}
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start" className="w-72 max-w-[calc(100vw-2rem)]">
          {saved.length > 0 ? (
            <>
              <DropdownMenuLabel>Saved in</DropdownMenuLabel>
              {saved.map((list) => (
                <DropdownMenuItem key={list.id} asChild className="h-auto min-h-9 py-1.5">
                  <Link href={`/lists/${list.id}`} data-testid="saved-in-list">
                    <Check aria-hidden className="!text-success" />
                    <span className="min-w-0 flex-1 truncate">{list.title}</span>
                    <span className="text-xs text-ink-subtle">Open</span>
                  </Link>
                </DropdownMenuItem>
              ))}
              {saved.map((list) => (
                <DropdownMenuItem
                  key={`remove-${list.id}`}
                  onSelect={(e) => {
                    e.preventDefault();
                    if (!remove.isPending) removeFrom(list);
                  }}
                  className="h-auto min-h-9 py-1.5 text-danger"
                >
                  <X aria-hidden className="!text-danger" />
                  <span className="min-w-0 flex-1 truncate">Remove from “{list.title}”</span>
                  {remove.isPending && remove.variables?.itemId === list.itemId ? <Spinner className="size-3" /> : null}
                </DropdownMenuItem>
              ))}
              <DropdownMenuSeparator />
            </>
          ) : null}
          <DropdownMenuLabel>{saved.length > 0 ? "Also add to…" : "Add to…"}</DropdownMenuLabel>
          <div className="max-h-72 overflow-y-auto">
            {lists.isLoading ? (
              <div className="flex items-center gap-2 px-2 py-2 text-ink-muted">
                <Spinner className="size-3.5" /> Loading your lists…
              </div>
            ) : (lists.data ?? []).length === 0 ? (
              <p className="px-2 py-2 text-ink-muted">You have no lists yet.</p>
            ) : addable.length === 0 ? (
              <p className="px-2 py-2 text-ink-muted">It is in all your lists.</p>
            ) : (
              addable.map((list) => {
                const busy = add.isPending && add.variables?.listId === list.id;
                return (
                  <DropdownMenuItem
                    key={list.id}
                    onSelect={(e) => {
                      e.preventDefault(); // keep the menu open to add to several lists
                      if (!busy) addTo(list);
                    }}
                    className="h-auto min-h-9 py-1.5"
                    data-testid="add-to-this-list"
                  >
                    {busy ? <Spinner className="size-3.5" /> : <Plus aria-hidden />}
                    <span className="min-w-0 flex-1">
                      <span className="block truncate">{list.title}</span>
                      {list.team ? (
                        <span className="flex items-center gap-1 text-xs text-ink-subtle">
                          <Users aria-hidden className="!size-3" /> {list.team.name}
                        </span>
                      ) : null}
                    </span>
                    <span className="text-xs text-ink-subtle tabular-nums">{list.counts.total}</span>
                  </DropdownMenuItem>
                );
              })
            )}
          </div>
          <DropdownMenuSeparator />
          <DropdownMenuItem onSelect={() => setCreateOpen(true)}>
            <Plus aria-hidden /> New list…
          </DropdownMenuItem>
          <DropdownMenuItem asChild>
            <Link href="/lists">All my lists</Link>
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>

      <Dialog open={createOpen} onOpenChange={(o) => (setCreateOpen(o), o || create.reset())}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>New list with this paper</DialogTitle>
            <DialogDescription className="line-clamp-2">“{paperTitle}”</DialogDescription>
          </DialogHeader>
          <form onSubmit={onCreate} className="grid gap-4" noValidate>
            <FormField label="List title" error={fieldErrorsOf(create.error).title}>
              <Input name="title" autoFocus maxLength={200} placeholder="e.g. To read this week" />
            </FormField>
            <FormField label="Note" description="Optional. Why this paper? Markdown is supported.">
              <Textarea name="note" rows={3} />
            </FormField>
            {formErrorOf(create.error) && !fieldErrorsOf(create.error).title ? <p className="text-sm text-danger">{formErrorOf(create.error)}</p> : null}
            <DialogFooter>
              <Button type="button" variant="ghost" onClick={() => setCreateOpen(false)}>
                Cancel
              </Button>
              <Button type="submit" loading={create.isPending}>
                Create and add
              </Button>
            </DialogFooter>
          </form>
        </DialogContent>
      </Dialog>
    </>
  );
}
