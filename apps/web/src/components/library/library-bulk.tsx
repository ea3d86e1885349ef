"use client";

import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Download, ListPlus, Tag, X } from "lucide-react";
import {
  Button,
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuTrigger,
  Input,
  toast,
} from "@commonplace/ui";
import { downloadExport } from "@/lib/download";
import { formErrorOf } from "@/lib/trpc-errors";
import { useTRPC } from "@/trpc/react";
import { splitTagInput } from "@/components/tags/tag-chip";
import { LibraryCiteDialog } from "./library-cite-dialog";

const FORMATS = [
  { format: "bibtex", label: "BibTeX" },
  { format: "ris", label: "RIS" },
  { format: "csl-json", label: "CSL-JSON" },
  { format: "markdown", label: "Markdown" },
] as const;

/** Actions on the selected papers: add to a list, tag, export, cite. Sticks to the bottom of the screen while used. */
export function LibraryBulkBar({ paperIds, onClear, onChanged }: { paperIds: string[]; onClear: () => void; onChanged: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const n = paperIds.length;

  const exportAs = (format: (typeof FORMATS)[number]["format"]) =>
    downloadExport(
      () => queryClient.fetchQuery({ ...trpc.library.export.queryOptions({ paperIds, format }), staleTime: 0 }),
      "Couldn’t export the selection.",
      ["paper", "papers"],
    );

  return (
    <div
      role="region"
      aria-label="Selected papers"
      data-testid="library-bulk"
      className="sticky bottom-3 z-20 mt-4 flex flex-wrap items-center gap-2 rounded-xl border border-line-strong bg-surface-raised p-2.5 shadow-lg"
    >
      <span className="px-1 text-sm font-medium text-ink">{n} selected</span>
      <AddToListAction paperIds={paperIds} onDone={onChanged} />
      <BulkTagAction paperIds={paperIds} onDone={onChanged} />
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="secondary" size="sm">
            <Download aria-hidden /> Export
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent className="w-48">
          <DropdownMenuLabel>Download citations</DropdownMenuLabel>
          {FORMATS.map((f) => (
            <DropdownMenuItem key={f.format} onSelect={() => void exportAs(f.format)}>
              {f.label}
            </DropdownMenuItem>
          ))}
        </DropdownMenuContent>
      </DropdownMenu>
      <LibraryCiteDialog paperIds={paperIds} />
      <Button variant="ghost" size="icon-sm" aria-label="Clear the selection" onClick={onClear} className="ml-auto">
        <X aria-hidden />
      </Button>
    </div>
  );
}

function AddToListAction({ paperIds, onDone }: { paperIds: string[]; onDone: () => void }) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const lists = useQuery({ ...trpc.lists.mine.queryOptions({ scope: "all" }), enabled: open });
  const add = useMutation(
    trpc.library.addToList.mutationOptions({
      onSuccess: ({ added }, input) => {
        const title = lists.data?.find((l) => l.id === input.listId)?.title ?? "the list";
        toast.success(added ? `Added ${added} ${added === 1 ? "paper" : "papers"} to “${title}”` : `Already all in “${title}”`);
        onDone();
      },
      onError: (e) => toast.error(formErrorOf(e) ?? "Couldn’t add to that list."),
    }),
  );
  return (
    <DropdownMenu open={open} onOpenChange={setOpen}>
      <DropdownMenuTrigger asChild>
        <Button variant="secondary" size="sm">
          <ListPlus aria-hidden /> Add to list
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent className="max-h-80 w-64 overflow-auto">
        <DropdownMenuLabel>Add {paperIds.length} to…</DropdownMenuLabel>
        {lists.isLoading ? <DropdownMenuItem disabled>Loading your lists…</DropdownMenuItem> : null}
        {lists.data?.length === 0 ? <DropdownMenuItem disabled>You have no lists yet.</DropdownMenuItem> : null}
        {lists.data?.map((l) => (
          <DropdownMenuItem key={l.id} onSelect={() => add.mutate({ listId: l.id, paperIds: paperIds.slice(0, 1000) })}>
            <span className="min-w-0 truncate">{l.title}</span>
            {l.team ? <span className="ml-auto shrink-0 text-[11px] text-ink-subtle">{l.team.name}</span> : null}
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

function BulkTagAction({ paperIds, onDone }: { paperIds: string[]; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [add, setAdd] = useState("");
  const [remove, setRemove] = useState("");
  const mine = useQuery({ ...trpc.tags.mine.queryOptions(), enabled: open });
  const apply = useMutation(
    trpc.tags.bulk.mutationOptions({
      onSuccess: ({ papers }) => {
        toast.success(`Tags updated on ${papers} ${papers === 1 ? "paper" : "papers"}`);
        setOpen(false);
        setAdd("");
        setRemove("");
        void queryClient.invalidateQueries({ queryKey: trpc.tags.pathKey() });
        onDone();
      },
      onError: (e) => toast.error(formErrorOf(e) ?? "Couldn’t change the tags."),
    }),
  );
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="secondary" size="sm">
          <Tag aria-hidden /> Tag
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>
            Tag {paperIds.length} {paperIds.length === 1 ? "paper" : "papers"}
          </DialogTitle>
          <DialogDescription>Your tags are yours: nobody else sees them. Separate several with commas.</DialogDescription>
        </DialogHeader>
        <form
          id="bulk-tag-form"
          className="grid gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            apply.mutate({ paperIds: paperIds.slice(0, 1000), add: splitTagInput(add), remove: splitTagInput(remove) });
          }}
        >
          <label className="grid gap-1 text-sm text-ink-muted">
            Add tags
            <Input
              value={add}
              onChange={(e) => setAdd(e.target.value)}
              list="bulk-tag-suggestions"
              placeholder="reading group, exam"
              autoFocus
              maxLength={2000}
            />
          </label>
          <label className="grid gap-1 text-sm text-ink-muted">
            Remove tags
            <Input value={remove} onChange={(e) => setRemove(e.target.value)} list="bulk-tag-suggestions" maxLength={2000} />
          </label>
          <datalist id="bulk-tag-suggestions">
            {(mine.data ?? []).map((t) => (
              <option key={t.tag} value={t.tag} />
            ))}
          </datalist>
        </form>
        <DialogFooter>
          <Button type="submit" form="bulk-tag-form" loading={apply.isPending} disabled={!add.trim() && !remove.trim()}>
            Apply
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
