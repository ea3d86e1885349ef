"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useRef, useState, type DragEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { BookOpenText, GitFork, Search, Trash2 } from "lucide-react";
import { Button, Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger, Skeleton, cn, toast } from "@commonplace/ui";
import { listFeedPath } from "@commonplace/api/feed-paths";
import { SubscribeMenu } from "@/components/feeds/subscribe-menu";
import { useTRPC } from "@/trpc/react";
import { formErrorOf } from "@/lib/trpc-errors";
import { ExportMenu } from "./export-menu";
import { CiteButton } from "@/components/cite/cite-button";
import { ImportDialog, type ImportHandle } from "./import-dialog";
import { ItemRow, type ItemPatch, type MoveTo } from "./item-row";
import { ListHeader } from "./list-header";
import { EmptyState } from "./page-header";
import { Select } from "./select";
import { ShareDialog } from "./share-dialog";
import type { ListDetail, ListItem } from "./types";
import { useEditErrorToast } from "./use-list-mutation-errors";

type Sort = "position" | "added" | "title" | "year" | "status";
const sortLabels: Record<Sort, string> = { position: "List order", added: "Recently added", title: "Title", year: "Year", status: "Reading status" };

type Props = { initialList: ListDetail; initialItems: ListItem[]; shareToken?: string; signedIn: boolean; myUserId: string | null };

export function ListView({ initialList, initialItems, shareToken, signedIn, myUserId }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [sort, setSort] = useState<Sort>("position");
  const [tag, setTag] = useState<string | null>(null);
  const importer = useRef<ImportHandle>(null);
  const [fileOver, setFileOver] = useState(false);
  const listId = initialList.id;
  const listQuery = useQuery({ ...trpc.lists.get.queryOptions({ listId, shareToken }), initialData: initialList });
  const itemsInput = { listId, shareToken, sort, ...(tag ? { tag } : {}) };
  const tagsQuery = useQuery(trpc.tags.inList.queryOptions({ listId, shareToken }));
  const itemsKey = trpc.lists.items.queryKey(itemsInput);
  const itemsQuery = useQuery({
    ...trpc.lists.items.queryOptions(itemsInput),
    initialData: sort === "position" && !tag ? initialItems : undefined,
    placeholderData: (prev) => prev,
  });
  const list = listQuery.data;
  const items = itemsQuery.data ?? [];
  const can = (a: string) => list.permissions.includes(a);
  const canEdit = can("item.update");
  const canReorder = can("item.reorder") && sort === "position" && !tag;
  const members = useQuery({ ...trpc.teams.members.queryOptions({ teamSlug: list.team?.slug ?? "" }), enabled: Boolean(list.team && list.myRole) });

  const reload = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: trpc.lists.get.queryKey({ listId, shareToken }) });
    void queryClient.invalidateQueries({ queryKey: trpc.lists.items.pathKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.tags.inList.pathKey() });
  }, [queryClient, trpc, listId, shareToken]);
  const onError = useEditErrorToast(reload);

  const update = useMutation(trpc.lists.updateItem.mutationOptions());
  const move = useMutation(trpc.lists.moveItem.mutationOptions({ onError, onSettled: reload }));
  const remove = useMutation(
    trpc.lists.removeItem.mutationOptions({
      onSuccess: () => toast.success("Removed from the list"),
      onError,
      onSettled: reload,
    }),
  );
  const fork = useMutation(
    trpc.lists.fork.mutationOptions({
      onSuccess: (copy) => {
        toast.success("Copied into your lists");
        router.push(`/lists/${copy.id}`);
      },
      onError: (e) => toast.error(formErrorOf(e) ?? "Couldn’t copy this list."),
    }),
  );
  const deleteList = useMutation(
    trpc.lists.delete.mutationOptions({
      onSuccess: () => {
        toast.success("List deleted");
        router.push(list.team ? `/teams/${list.team.slug}` : "/lists");
      },
      onError,
    }),
  );

  async function patch(item: ListItem, change: ItemPatch) {
    try {
      const updated = await update.mutateAsync({ listId, shareToken, itemId: item.id, expectedVersion: item.version, ...change });
      queryClient.setQueryData(itemsKey, (old) => old?.map((i) => (i.id === updated.id ? updated : i)));
      if (change.status) void queryClient.invalidateQueries({ queryKey: trpc.lists.get.queryKey({ listId, shareToken }) });
      if (change.tags) void queryClient.invalidateQueries({ queryKey: trpc.tags.inList.pathKey() });
      return updated;
    } catch (error) {
      onError(error);
      throw error;
    }
  }

  /** Optimistic: reorder locally, then tell the server where the item now sits (between its neighbours). */
  function placeAt(item: ListItem, targetIndex: number) {
    const from = items.findIndex((i) => i.id === item.id);
    if (from === -1 || targetIndex === from) return;
    const next = items.filter((i) => i.id !== item.id);
    next.splice(targetIndex, 0, item);
    queryClient.setQueryData(itemsKey, next);
    const after = next[targetIndex - 1];
    move.mutate({ listId, shareToken, itemId: item.id, ...(after ? { afterId: after.id } : { afterId: null }) });
  }

  function onMove(item: ListItem, to: MoveTo) {
    const index = items.findIndex((i) => i.id === item.id);
    const target = to === "up" ? index - 1 : to === "down" ? index + 1 : to === "top" ? 0 : items.length - 1;
    if (target < 0 || target >= items.length) return;
    placeAt(item, target);
    // Keep keyboard focus on the moved item's handle.
    requestAnimationFrame(() => document.querySelector<HTMLButtonElement>(`[data-item-id="${item.id}"] button[aria-label^="Reorder"]`)?.focus());
  }

  const [dragId, setDragId] = useState<string | null>(null);
  const [drop, setDrop] = useState<{ id: string; edge: "before" | "after" } | null>(null);
  const dragHandlers = (item: ListItem) => ({
    onDragStart: (e: DragEvent<HTMLLIElement>) => {
      e.dataTransfer.effectAllowed = "move";
      e.dataTransfer.setData("text/plain", item.id);
      setDragId(item.id);
    },
    onDragOver: (e: DragEvent<HTMLLIElement>) => {
      if (!dragId || dragId === item.id) return;
      e.preventDefault();
      const rect = e.currentTarget.getBoundingClientRect();
      const edge = e.clientY < rect.top + rect.height / 2 ? "before" : "after";
      if (drop?.id !== item.id || drop.edge !== edge) setDrop({ id: item.id, edge });
    },
    onDrop: (e: DragEvent<HTMLLIElement>) => {
      e.preventDefault();
      const dragged = items.find((i) => i.id === dragId);
      if (dragged && drop) {
        const rest = items.filter((i) => i.id !== dragged.id);
        const overIndex = rest.findIndex((i) => i.id === drop.id);
        placeAt(dragged, drop.edge === "before" ? overIndex : overIndex + 1);
      }
      setDragId(null);
      setDrop(null);
    },
    onDragEnd: () => {
      setDragId(null);
      setDrop(null);
    },
    dropEdge: drop?.id === item.id ? drop.edge : null,
    dragging: dragId === item.id,
  });

  const ownsPersonal = !list.team && list.owner?.id === myUserId;

  // Files dropped anywhere on the list (a PDF, a .bib) go to the import dialog (issue 15.5); item drags carry no files.
  const fileDrop = can("item.import")
    ? {
        onDragOver: (e: DragEvent<HTMLDivElement>) => {
          if (!e.dataTransfer.types.includes("Files")) return;
          e.preventDefault();
          if (!fileOver) setFileOver(true);
        },
        onDragLeave: (e: DragEvent<HTMLDivElement>) => {
          if (e.currentTarget === e.target) setFileOver(false);
        },
        onDrop: (e: DragEvent<HTMLDivElement>) => {
          if (!e.dataTransfer.files.length) return;
          e.preventDefault();
          setFileOver(false);
          importer.current?.takeDropped([...e.dataTransfer.files]);
        },
      }
    : {};

  return (
    <div className={cn("mx-auto max-w-4xl px-4 py-8 sm:px-8 sm:py-12", fileOver && "rounded-xl outline-2 outline-dashed outline-accent")} {...fileDrop}>
      <ListHeader
        list={list}
        shareToken={shareToken}
        onChanged={(l) => queryClient.setQueryData(trpc.lists.get.queryKey({ listId, shareToken }), l)}
        reload={reload}
      />

      <div className="mt-8 flex flex-wrap items-center justify-between gap-3 border-y border-line py-3">
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <label className="inline-flex items-center gap-2 text-sm text-ink-muted">
            Sort
            <Select value={sort} onChange={(e) => setSort(e.target.value as Sort)} className="w-40 [&_select]:h-8 [&_select]:text-[13px]">
              {(Object.keys(sortLabels) as Sort[]).map((s) => (
                <option key={s} value={s}>
                  {sortLabels[s]}
                </option>
              ))}
            </Select>
          </label>
          {tagsQuery.data?.length || tag ? (
            <label className="inline-flex items-center gap-2 text-sm text-ink-muted">
              Tag
              <Select
                value={tag ?? ""}
                onChange={(e) => setTag(e.target.value || null)}
                className="w-40 [&_select]:h-8 [&_select]:text-[13px]"
                data-testid="list-tag-filter"
              >
                <option value="">All items</option>
                {(tagsQuery.data ?? []).map((t) => (
                  <option key={t.tag} value={t.tag}>
                    {t.tag} ({t.count})
                  </option>
                ))}
              </Select>
            </label>
          ) : null}
        </div>
        <div className="flex flex-wrap gap-2">
          {signedIn && !ownsPersonal && list.myRole !== "OWNER" && can("list.fork") ? (
            <Button variant="secondary" size="sm" loading={fork.isPending} onClick={() => fork.mutate({ listId, shareToken })}>
              <GitFork aria-hidden /> Fork
            </Button>
          ) : null}
          {can("item.import") ? <ImportDialog listId={listId} shareToken={shareToken} onImported={reload} handle={importer} /> : null}
          {signedIn && list.myRole ? <ShareDialog list={list} shareToken={shareToken} onChanged={reload} /> : null}
          {list.visibility === "PUBLIC" ? <SubscribeMenu path={listFeedPath(listId)} what="this list" /> : null}
          <CiteButton target={{ kind: "list", listId, shareToken, title: list.title, team: list.team }} signedIn={signedIn} />
          <ExportMenu listId={listId} shareToken={shareToken} tag={tag} />
          {can("list.delete") ? (
            <Dialog>
              <DialogTrigger asChild>
                <Button variant="ghost" size="icon-sm" aria-label="Delete list">
                  <Trash2 aria-hidden />
                </Button>
              </DialogTrigger>
              <DialogContent>
                <DialogHeader>
                  <DialogTitle>Delete “{list.title}”?</DialogTitle>
                  <DialogDescription>
                    {list.counts.total === 0
                      ? "The list is empty. The papers in the library are not affected."
                      : `${list.counts.total === 1 ? "Its one item and its note are" : `Its ${list.counts.total} items and their notes are`} deleted for everyone. The papers stay in the library.`}
                  </DialogDescription>
                </DialogHeader>
                <DialogFooter>
                  <Button variant="destructive" loading={deleteList.isPending} onClick={() => deleteList.mutate({ listId, shareToken })}>
                    Delete list
                  </Button>
                </DialogFooter>
              </DialogContent>
            </Dialog>
          ) : null}
        </div>
      </div>

      {!canEdit && list.myRole === "VIEWER" ? (
        <p className="mt-4 text-sm text-ink-muted" data-testid="viewer-notice">
          You’re a viewer in {list.team?.name ?? "this team"}: you can read and export this list, not change it.
        </p>
      ) : null}
      {canReorder && items.length > 1 ? <p className="sr-only">To reorder, focus an item’s handle and press the up or down arrow keys, Home or End.</p> : null}

      <section aria-label="Papers in this list" className="mt-6">
        {itemsQuery.isLoading ? (
          <div className="grid gap-3" aria-busy="true">
            {[0, 1, 2].map((i) => (
              <Skeleton key={i} className="h-28 rounded-xl" />
            ))}
          </div>
        ) : items.length === 0 && tag ? (
          <p className="text-sm text-ink-muted">No item in this list carries the tag “{tag}”.</p>
        ) : items.length === 0 ? (
          <EmptyState
            icon={<BookOpenText aria-hidden />}
            title="No papers on this list yet"
            action={
              can("item.add") ? (
                <Button asChild variant="secondary">
                  <Link href={`/search?addTo=${encodeURIComponent(listId)}`}>
                    <Search aria-hidden /> Find papers to add
                  </Link>
                </Button>
              ) : undefined
            }
          >
            {can("item.add")
              ? "Use “Add to list” on any paper page or “Find papers to add”; or paste a DOI, an arXiv id or BibTeX in “Add or import”, or drop a PDF here."
              : "Papers added to this list will appear here."}
          </EmptyState>
        ) : (
          <ol className="grid grid-cols-[minmax(0,1fr)] gap-3" data-testid="list-items">
            {items.map((item, index) => (
              <ItemRow
                key={item.id}
                item={item}
                shareToken={shareToken}
                index={index}
                count={items.length}
                canEdit={canEdit}
                canTag={can("item.tag")}
                canReorder={canReorder}
                members={list.team && members.data ? members.data.filter((m) => m.role !== "VIEWER").map((m) => ({ id: m.user.id, name: m.user.name })) : null}
                onPatch={patch}
                onMove={onMove}
                onRemove={(i) => remove.mutate({ listId, shareToken, itemId: i.id, expectedVersion: i.version })}
                drag={dragHandlers(item)}
              />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
