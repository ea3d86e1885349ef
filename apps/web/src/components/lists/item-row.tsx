"use client";

import Link from "next/link";
import { useState, type DragEvent, type KeyboardEvent } from "react";
import { ArrowDown, ArrowDownToLine, ArrowUp, ArrowUpToLine, GripVertical, MoreHorizontal, NotebookPen, Tag, Trash2, X } from "lucide-react";
import {
  Badge,
  Button,
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
  Input,
  Textarea,
  cn,
} from "@commonplace/ui";
import { Markdown } from "./markdown";
import { Select } from "./select";
import { TimeAgo } from "@/components/time-ago";
import { formatAuthorsShort, statusLabels, type ReadingStatus } from "./labels";
import type { ListItem } from "./types";
import { ItemAnnotations } from "@/components/annotations/item-annotations";
import { CiteIconButton, CiteMenuItem, ItemCiteDialog } from "@/components/cite/item-cite";

export type ItemPatch = { note?: string | null; status?: ReadingStatus; assigneeId?: string | null; tags?: string[] };
export type MoveTo = "up" | "down" | "top" | "bottom";

type Props = {
  item: ListItem;
  /** Secret of an UNLISTED list, so its readers also see the members' annotations. */
  shareToken?: string;
  index: number;
  count: number;
  canEdit: boolean;
  /** Team tags need `item.tag` (the policy), on top of editing the item. */
  canTag: boolean;
  canReorder: boolean;
  members: { id: string; name: string }[] | null;
  onPatch: (item: ListItem, patch: ItemPatch) => Promise<unknown>;
  onMove: (item: ListItem, to: MoveTo) => void;
  onRemove: (item: ListItem) => void;
  drag: {
    onDragStart: (e: DragEvent<HTMLLIElement>) => void;
    onDragOver: (e: DragEvent<HTMLLIElement>) => void;
    onDrop: (e: DragEvent<HTMLLIElement>) => void;
    onDragEnd: () => void;
    dropEdge: "before" | "after" | null;
    dragging: boolean;
  };
};

const statusTone: Record<ReadingStatus, string> = {
  TO_READ: "bg-paper-sunken text-ink-muted",
  READING: "bg-highlight text-highlight-ink",
  READ: "bg-accent-soft text-accent-soft-ink",
};

export function ItemRow({ item, shareToken, index, count, canEdit, canTag, canReorder, members, onPatch, onMove, onRemove, drag }: Props) {
  const [editingNote, setEditingNote] = useState(false);
  const [editingTags, setEditingTags] = useState(false);
  const [citing, setCiting] = useState(false);
  const [saving, setSaving] = useState(false);
  const { paper } = item;
  const meta = [formatAuthorsShort(paper.authors), paper.year ? String(paper.year) : null, paper.venue].filter(Boolean).join(" · ");

  async function save(patch: ItemPatch, close: () => void) {
    setSaving(true);
    try {
      await onPatch(item, patch);
      close();
    } catch {
      // the toast says what happened; keep the editor open with the person's text
    } finally {
      setSaving(false);
    }
  }

  function onHandleKey(event: KeyboardEvent<HTMLButtonElement>) {
    const moves: Record<string, MoveTo> = { ArrowUp: "up", ArrowDown: "down", Home: "top", End: "bottom" };
    const to = moves[event.key];
    if (!to) return;
    event.preventDefault();
    onMove(item, to);
  }

  return (
    <li
      data-testid="list-item"
      data-item-id={item.id}
      draggable={canReorder && !editingNote && !editingTags}
      onDragStart={drag.onDragStart}
      onDragOver={drag.onDragOver}
      onDrop={drag.onDrop}
      onDragEnd={drag.onDragEnd}
      className={cn(
        "group relative flex gap-2 rounded-xl border border-line bg-surface p-4 shadow-xs transition-[opacity,border-color,box-shadow] sm:gap-3 sm:p-5",
        drag.dragging && "opacity-40",
        "hover:border-line-strong",
      )}
    >
      {drag.dropEdge ? (
        <span aria-hidden className={cn("absolute inset-x-3 h-0.5 rounded-full bg-accent", drag.dropEdge === "before" ? "-top-[7px]" : "-bottom-[7px]")} />
      ) : null}
      {canReorder ? (
        <button
          type="button"
          onKeyDown={onHandleKey}
          aria-label={`Reorder “${paper.title}”, position ${index + 1} of ${count}. Use arrow keys to move.`}
          title="Drag, or focus and use ↑ ↓ to move"
          className="-ml-1.5 flex h-8 w-6 shrink-0 cursor-grab items-center justify-center rounded text-ink-subtle hover:bg-paper-sunken hover:text-ink focus-visible:text-accent active:cursor-grabbing sm:-ml-2"
        >
          <GripVertical aria-hidden className="size-4" />
        </button>
      ) : (
        <span aria-hidden className="w-6 shrink-0 pt-1 text-right font-serif text-sm text-ink-subtle tabular-nums">
          {index + 1}
        </span>
      )}

      <div className="min-w-0 flex-1">
        <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between sm:gap-3">
          <div className="min-w-0">
            <h3 className="font-serif text-[1.125rem] leading-snug font-semibold tracking-tight text-pretty text-ink">
              <Link href={`/papers/${paper.id}`} className="hover:text-accent" data-testid="list-item-title">
                {paper.title}
              </Link>
            </h3>
            {meta ? <p className="mt-0.5 text-[13px] text-pretty text-ink-muted">{meta}</p> : null}
          </div>
          <div className="flex shrink-0 items-center gap-1">
            {canEdit ? (
              <Select
                aria-label={`Reading status of “${paper.title}”`}
                value={item.status}
                className="w-[7.5rem] [&_select]:h-8 [&_select]:text-[13px]"
                onChange={(e) => void onPatch(item, { status: e.target.value as ReadingStatus }).catch(() => undefined)}
              >
                {(Object.keys(statusLabels) as ReadingStatus[]).map((s) => (
                  <option key={s} value={s}>
                    {statusLabels[s]}
                  </option>
                ))}
              </Select>
            ) : (
              <span className={cn("rounded-full px-2 py-0.5 text-xs font-medium", statusTone[item.status])}>{statusLabels[item.status]}</span>
            )}
            {canEdit ? (
              <DropdownMenu>
                <DropdownMenuTrigger asChild>
                  <Button variant="ghost" size="icon-sm" aria-label={`More actions for “${paper.title}”`}>
                    <MoreHorizontal aria-hidden />
                  </Button>
                </DropdownMenuTrigger>
                <DropdownMenuContent className="w-48">
                  <CiteMenuItem onSelect={() => setCiting(true)} />
                  <DropdownMenuItem onSelect={() => setEditingNote(true)}>
                    <NotebookPen aria-hidden /> {item.note ? "Edit note" : "Add note"}
                  </DropdownMenuItem>
                  {canTag ? (
                    <DropdownMenuItem onSelect={() => setEditingTags(true)}>
                      <Tag aria-hidden /> Edit tags
                    </DropdownMenuItem>
                  ) : null}
                  {canReorder ? (
                    <>
                      <DropdownMenuSeparator />
                      <DropdownMenuItem disabled={index === 0} onSelect={() => onMove(item, "top")}>
                        <ArrowUpToLine aria-hidden /> Move to top
                      </DropdownMenuItem>
                      <DropdownMenuItem disabled={index === 0} onSelect={() => onMove(item, "up")}>
                        <ArrowUp aria-hidden /> Move up
                      </DropdownMenuItem>
                      <DropdownMenuItem disabled={index === count - 1} onSelect={() => onMove(item, "down")}>
                        <ArrowDown aria-hidden /> Move down
                      </DropdownMenuItem>
                      <DropdownMenuItem disabled={index === count - 1} onSelect={() => onMove(item, "bottom")}>
                        <ArrowDownToLine aria-hidden /> Move to bottom
                      </DropdownMenuItem>
                    </>
                  ) : null}
                  <DropdownMenuSeparator />
                  <DropdownMenuItem variant="destructive" onSelect={() => onRemove(item)}>
                    <Trash2 aria-hidden /> Remove from list
                  </DropdownMenuItem>
                </DropdownMenuContent>
              </DropdownMenu>
            ) : (
              <CiteIconButton paperTitle={paper.title} onClick={() => setCiting(true)} />
            )}
            {citing ? <ItemCiteDialog item={item} shareToken={shareToken} signedIn={canEdit} onClose={() => setCiting(false)} /> : null}
          </div>
        </div>

        {editingNote ? (
          <form
            className="mt-3 grid gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              const note = String(new FormData(e.currentTarget).get("note") ?? "").trim();
              void save({ note: note || null }, () => setEditingNote(false));
            }}
          >
            <Textarea
              name="note"
              aria-label={`Note on “${paper.title}”`}
              defaultValue={item.note ?? ""}
              rows={3}
              autoFocus
              placeholder="Why read this, what to look for… (Markdown)"
              onKeyDown={(e) => {
                if (e.key === "Escape") setEditingNote(false);
                if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) e.currentTarget.form?.requestSubmit();
              }}
            />
            <div className="flex items-center gap-2">
              <Button type="submit" size="sm" loading={saving}>
                Save note
              </Button>
              <Button type="button" size="sm" variant="ghost" onClick={() => setEditingNote(false)}>
                Cancel
              </Button>
              <span className="ml-auto hidden text-xs text-ink-subtle sm:inline">Markdown · ⌘↵ to save</span>
            </div>
          </form>
        ) : item.note ? (
          <div className="mt-3 flex gap-2 rounded-lg border-l-2 border-highlight-ink/30 bg-paper-sunken/60 px-3 py-2">
            <Markdown source={item.note} className="min-w-0 flex-1 font-serif text-[0.975rem] leading-relaxed" />
            {canEdit ? (
              <button type="button" onClick={() => setEditingNote(true)} className="self-start text-xs text-ink-subtle hover:text-accent">
                Edit
              </button>
            ) : null}
          </div>
        ) : canEdit ? (
          <button
            type="button"
            onClick={() => setEditingNote(true)}
            className="mt-2 inline-flex items-center gap-1 text-[13px] text-ink-subtle hover:text-accent"
          >
            <NotebookPen aria-hidden className="size-3.5" /> Add a note
          </button>
        ) : null}

        {/* Annotated reading lists: the list members' highlights and comments on this paper. */}
        <ItemAnnotations listId={item.listId} paperId={item.paperId} shareToken={shareToken} />

        <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-2 text-xs text-ink-muted">
          {editingTags ? (
            <form
              className="flex items-center gap-1.5"
              onSubmit={(e) => {
                e.preventDefault();
                const raw = String(new FormData(e.currentTarget).get("tags") ?? "");
                const tags = [
                  ...new Set(
                    raw
                      .split(",")
                      .map((t) => t.trim())
                      .filter(Boolean),
                  ),
                ].slice(0, 20);
                void save({ tags }, () => setEditingTags(false));
              }}
            >
              <Input
                name="tags"
                aria-label="Tags, separated by commas"
                defaultValue={item.tags.join(", ")}
                autoFocus
                className="h-8 w-56 text-xs sm:h-8"
                placeholder="method, survey, must-read"
              />
              <Button type="submit" size="sm" loading={saving}>
                Save
              </Button>
              <Button type="button" size="icon-sm" variant="ghost" aria-label="Cancel" onClick={() => setEditingTags(false)}>
                <X aria-hidden />
              </Button>
            </form>
          ) : item.tags.length > 0 ? (
            <span className="flex flex-wrap gap-1">
              {item.tags.map((t) => (
                <Badge key={t} variant="outline" className="font-normal">
                  {t}
                </Badge>
              ))}
            </span>
          ) : null}
          {members ? (
            canEdit ? (
              <label className="inline-flex items-center gap-1.5">
                <span>Assigned to</span>
                <Select
                  value={item.assignee?.id ?? ""}
                  aria-label={`Assignee of “${paper.title}”`}
                  className="w-36 [&_select]:h-7 [&_select]:text-xs"
                  onChange={(e) => void onPatch(item, { assigneeId: e.target.value || null }).catch(() => undefined)}
                >
                  <option value="">No one</option>
                  {members.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.name}
                    </option>
                  ))}
                </Select>
              </label>
            ) : item.assignee ? (
              <span>Assigned to {item.assignee.name}</span>
            ) : null
          ) : null}
          <span className="text-ink-subtle">
            Added by {item.addedBy.name} · <TimeAgo date={item.createdAt} />
          </span>
        </div>
      </div>
    </li>
  );
}
