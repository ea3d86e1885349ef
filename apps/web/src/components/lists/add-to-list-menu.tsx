"use client";

import { useState, type FormEvent } from "react";
import Link from "next/link";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Check, ListPlus, Plus, Users } from "lucide-react";
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
  cn,
  toast,
} from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { fieldErrorsOf, formErrorOf } from "@/lib/trpc-errors";

type Props = { paperId: string; paperTitle: string; size?: "sm" | "md"; className?: string };

/**
 * "Add to list": the lists I can add to, checked where the paper already is; selecting toggles it.
 * "New list…" creates a list already holding the paper (lists.createWithPaper), with an optional note.
 */
export function AddToListMenu({ paperId, paperTitle, size = "md", className }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [menuOpen, setMenuOpen] = useState(false);
  const [createOpen, setCreateOpen] = useState(false);
  const lists = useQuery({ ...trpc.lists.containingPaper.queryOptions({ paperId }), enabled: menuOpen || createOpen });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.lists.containingPaper.queryKey({ paperId }) });
    void queryClient.invalidateQueries({ queryKey: trpc.lists.mine.pathKey() });
  };
  const onError = (e: unknown) => toast.error(formErrorOf(e) ?? "That didn’t work. Please try again.");
  const add = useMutation(trpc.lists.addItem.mutationOptions({ onSettled: refresh, onError }));
  const remove = useMutation(trpc.lists.removeItem.mutationOptions({ onSettled: refresh, onError }));
  const create = useMutation(trpc.lists.createWithPaper.mutationOptions());
  const containing = (lists.data ?? []).filter((l) => l.contains).length;

  function toggle(list: NonNullable<typeof lists.data>[number]) {
    if (list.contains && list.itemId) {
      remove.mutate({ listId: list.id, itemId: list.itemId }, { onSuccess: () => toast.success(`Removed from “${list.title}”`) });
    } else {
      add.mutate(
        { listId: list.id, paperId },
        {
          onSuccess: () =>
            toast.success(`Added to “${list.title}”`, { action: { label: "Open list", onClick: () => window.location.assign(`/lists/${list.id}`) } }),
        },
      );
    }
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
          toast.success(`Added to your new list “${list.title}”`, { action: { label: "Open list", onClick: () => window.location.assign(`/lists/${list.id}`) } });
        },
      },
    );
  }

  return (
    <>
      <DropdownMenu open={menuOpen} onOpenChange={setMenuOpen}>
        <DropdownMenuTrigger asChild>
          <Button variant="secondary" size={size === "sm" ? "sm" : "md"} className={className} data-testid="add-to-list">
            {containing > 0 ? <Check aria-hidden className="text-success" /> : <ListPlus aria-hidden />}
            {containing > 0 ? `In ${containing} ${containing === 1 ? "list" : "lists"}` : "Add to list"}
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start" className="w-72 max-w-[calc(100vw-2rem)]">
          <DropdownMenuLabel>Save to…</DropdownMenuLabel>
          <div className="max-h-72 overflow-y-auto">
            {lists.isLoading ? (
              <div className="flex items-center gap-2 px-2 py-2 text-ink-muted">
                <Spinner className="size-3.5" /> Loading your lists…
              </div>
            ) : (lists.data ?? []).length === 0 ? (
              <p className="px-2 py-2 text-ink-muted">You have no lists yet.</p>
            ) : (
              lists.data!.map((list) => {
                const busy = (add.isPending && add.variables?.listId === list.id) || (remove.isPending && remove.variables?.listId === list.id);
                return (
                  <DropdownMenuItem
                    key={list.id}
                    role="menuitemcheckbox"
                    aria-checked={list.contains}
                    onSelect={(e) => {
                      e.preventDefault(); // keep the menu open to tick several lists
                      if (!busy) toggle(list);
                    }}
                    className="h-auto min-h-9 py-1.5"
                  >
                    <span className={cn("flex size-4 shrink-0 items-center justify-center rounded border", list.contains ? "border-accent bg-accent text-accent-ink" : "border-line-strong")}>
                      {busy ? <Spinner className="size-3" /> : list.contains ? <Check aria-hidden className="size-3 !text-accent-ink" /> : null}
                    </span>
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
