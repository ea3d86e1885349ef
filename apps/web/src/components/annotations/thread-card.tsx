"use client";

import { Check, CornerDownRight, Globe, Lock, RotateCcw, Users } from "lucide-react";
import { forwardRef, useState } from "react";
import { Avatar, Button, cn } from "@commonplace/ui";
import { swatchClass, type Annotation, type Thread } from "./colors";
import { MentionTextarea } from "./lazy-mention-textarea";
import { bodyClass } from "./time";
import { useAnnotationActions } from "./use-annotation-actions";
import { CopyLinkButton, useIsLinked } from "./copy-link";
import type { Person } from "./use-people";
import { TimeAgo } from "@/components/time-ago";
import { AnnotationTags } from "@/components/tags/annotation-tags";

function ScopeTag({ thread }: { thread: Thread }) {
  const Icon = thread.visibility === "PRIVATE" ? Lock : thread.visibility === "TEAM" ? Users : Globe;
  const label = thread.visibility === "PRIVATE" ? "Only you" : thread.visibility === "TEAM" ? (thread.team?.name ?? "Team") : "Public";
  return (
    <span className="inline-flex shrink-0 items-center gap-1 whitespace-nowrap text-[11px] text-ink-subtle" title={`Visible to: ${label}`}>
      <Icon aria-hidden className="size-3" /> {label}
    </span>
  );
}

/** One annotation or reply: who, when, the rendered body, and its own edit / delete. */
function Entry({ item, people, isRoot }: { item: Annotation; people: Person[]; isRoot: boolean }) {
  const actions = useAnnotationActions();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(item.body);
  const [confirming, setConfirming] = useState(false);
  const linked = useIsLinked(item.id); // opened through its link: the reply is marked in its thread
  return (
    <div
      className={cn("grid gap-1.5", linked && !isRoot && "-mx-2 rounded-md bg-accent-soft/60 px-2 py-1.5 ring-1 ring-accent/30")}
      data-testid={isRoot ? "thread-root" : "thread-reply"}
      data-annotation-id={item.id}
      data-linked={linked || undefined}
    >
      <div className="flex items-center gap-2 text-xs">
        {item.author ? <Avatar name={item.author.name} size="xs" /> : <span className="size-5 rounded-full bg-paper-sunken" />}
        <span className="font-medium text-ink">{item.author?.name ?? "Deleted"}</span>
        <TimeAgo date={item.createdAt} className="text-ink-subtle" />
        {item.editedAt && !item.deleted ? <span className="text-ink-subtle">· edited</span> : null}
      </div>
      {editing ? (
        <form
          className="grid gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            actions.edit.mutate({ id: item.id, body: draft }, { onSuccess: () => setEditing(false) });
          }}
        >
          <MentionTextarea aria-label="Edit comment" value={draft} onChange={setDraft} people={people} autoFocus rows={3} />
          <div className="flex justify-end gap-2">
            <Button type="button" size="sm" variant="ghost" onClick={() => setEditing(false)}>
              Cancel
            </Button>
            <Button type="submit" size="sm" loading={actions.edit.isPending}>
              Save
            </Button>
          </div>
        </form>
      ) : item.body.trim() || item.deleted ? (
        <div className={cn(bodyClass, item.deleted && "text-ink-subtle")} dangerouslySetInnerHTML={{ __html: item.bodyHtml }} />
      ) : null}
      {!editing && !item.deleted ? (
        <div className="flex gap-3 text-xs text-ink-muted">
          {item.can.edit ? (
            <button type="button" className="hover:text-ink" onClick={() => (setDraft(item.body), setEditing(true))}>
              Edit
            </button>
          ) : null}
          {item.can.delete ? (
            confirming ? (
              <span className="inline-flex gap-2">
                <button type="button" className="font-medium text-danger hover:underline" onClick={() => actions.remove.mutate({ id: item.id })}>
                  Delete{isRoot ? " thread" : ""}?
                </button>
                <button type="button" className="hover:text-ink" onClick={() => setConfirming(false)}>
                  Keep
                </button>
              </span>
            ) : (
              <button type="button" className="hover:text-ink" onClick={() => setConfirming(true)}>
                Delete
              </button>
            )
          ) : null}
          <CopyLinkButton paperId={item.paperId} id={item.id} isReply={!isRoot} className="ml-auto" />
        </div>
      ) : null}
    </div>
  );
}

/** A note on your own plain highlight: saved as its comment, which makes it a thread. */
function AddNote({ id, value, onChange, people, onDone }: { id: string; value: string; onChange: (v: string) => void; people: Person[]; onDone: () => void }) {
  const actions = useAnnotationActions();
  const save = () => value.trim() && actions.edit.mutate({ id, body: value }, { onSuccess: onDone });
  return (
    <form
      className="grid gap-2"
      onClick={(e) => e.stopPropagation()}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <MentionTextarea
        aria-label="Note"
        placeholder="Add a note… (@ to mention)"
        value={value}
        onChange={onChange}
        people={people}
        autoFocus
        rows={2}
        onSubmit={save}
      />
      <div className="flex justify-end gap-2">
        <Button type="button" size="sm" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" size="sm" loading={actions.edit.isPending} disabled={!value.trim()}>
          Save note
        </Button>
      </div>
    </form>
  );
}

type Props = { thread: Thread; active: boolean; people: Person[]; onSelect: () => void };

/** A thread in the sidebar: the quoted passage, the first comment, replies, and the thread's controls. */
export const ThreadCard = forwardRef<HTMLElement, Props>(function ThreadCard({ thread, active, people, onSelect }, ref) {
  const actions = useAnnotationActions();
  const [replying, setReplying] = useState(false);
  const [reply, setReply] = useState("");
  const [note, setNote] = useState<string | null>(null); // "Add note" on your own plain highlight
  const send = () => {
    if (!reply.trim()) return;
    actions.reply.mutate({ id: thread.id, body: reply }, { onSuccess: () => (setReply(""), setReplying(false)) });
  };

  // A plain highlight (no comment, no replies) is a mark, not a discussion: a compact card without Reply/Resolve.
  const plainHighlight = !thread.body.trim() && thread.replies.length === 0 && !thread.deleted && !replying;
  if (plainHighlight) {
    return (
      <article
        ref={ref}
        data-testid="highlight-card"
        data-thread-id={thread.id}
        aria-current={active || undefined}
        onClick={onSelect}
        className={cn(
          "grid scroll-mt-24 gap-2 rounded-lg border px-3 py-2.5 transition-colors",
          active ? "border-accent/60 bg-surface" : "border-line bg-surface/60 hover:border-line-strong",
        )}
      >
        <div className="flex items-start justify-between gap-3">
          <blockquote className="flex min-w-0 gap-2.5 font-serif text-[13px] leading-snug text-ink-muted italic">
            <span aria-hidden className={cn("w-1 shrink-0 rounded-full", thread.color ? swatchClass[thread.color] : "bg-line-strong")} />
            <span className={active ? "line-clamp-6" : "line-clamp-2"}>{thread.quote}</span>
          </blockquote>
          <ScopeTag thread={thread} />
        </div>
        {note !== null ? <AddNote value={note} onChange={setNote} people={people} id={thread.id} onDone={() => setNote(null)} /> : null}
        <div className={cn("flex items-center gap-2 text-[11px] text-ink-subtle", note !== null && "hidden")} onClick={(e) => e.stopPropagation()}>
          <span>
            Highlight by {thread.author?.name ?? "someone"} · <TimeAgo date={thread.createdAt} />
          </span>
          <span className="ml-auto flex gap-2">
            {thread.can.edit ? (
              <button type="button" className="font-medium text-ink-muted hover:text-ink" onClick={() => (setNote(""), onSelect())}>
                Add note
              </button>
            ) : thread.can.reply ? (
              <button type="button" className="font-medium text-ink-muted hover:text-ink" onClick={() => (setReplying(true), onSelect())}>
                Comment
              </button>
            ) : null}
            {thread.can.delete ? (
              <button type="button" className="font-medium text-ink-muted hover:text-danger" onClick={() => actions.remove.mutate({ id: thread.id })}>
                Remove
              </button>
            ) : null}
            <CopyLinkButton paperId={thread.paperId} id={thread.id} className="font-medium text-ink-muted" />
          </span>
        </div>
      </article>
    );
  }

  return (
    <article
      ref={ref}
      data-testid="thread"
      data-thread-id={thread.id}
      aria-current={active || undefined}
      onClick={onSelect}
      className={cn(
        "grid scroll-mt-24 gap-3 rounded-xl border bg-surface p-4 transition-[border-color,box-shadow] duration-150",
        active ? "border-accent/60 shadow-md" : "border-line shadow-xs hover:border-line-strong",
        thread.resolved && !active && "opacity-75",
      )}
    >
      <div className="flex items-start justify-between gap-3">
        {thread.quote ? (
          <blockquote className="flex min-w-0 gap-2.5 font-serif text-[13.5px] leading-snug text-ink-muted italic">
            <span aria-hidden className={cn("w-1 shrink-0 rounded-full", thread.color ? swatchClass[thread.color] : "bg-line-strong")} />
            <span className={active ? "line-clamp-6" : "line-clamp-2"}>{thread.quote}</span>
          </blockquote>
        ) : (
          <span />
        )}
        <ScopeTag thread={thread} />
      </div>

      <Entry item={thread} people={people} isRoot />
      <AnnotationTags annotation={thread} />

      {thread.replies.length > 0 ? (
        <ol className="grid gap-3 border-l-2 border-line pl-3" aria-label="Replies">
          {thread.replies.map((r) => (
            <li key={r.id}>
              <Entry item={r} people={people} isRoot={false} />
            </li>
          ))}
        </ol>
      ) : null}

      {replying ? (
        <form
          className="grid gap-2"
          onClick={(e) => e.stopPropagation()}
          onSubmit={(e) => {
            e.preventDefault();
            send();
          }}
        >
          <MentionTextarea
            aria-label="Reply"
            placeholder="Reply… (@ to mention)"
            value={reply}
            onChange={setReply}
            people={people}
            autoFocus
            rows={2}
            onSubmit={send}
          />
          <div className="flex justify-end gap-2">
            <Button type="button" size="sm" variant="ghost" onClick={() => setReplying(false)}>
              Cancel
            </Button>
            <Button type="submit" size="sm" loading={actions.reply.isPending} disabled={!reply.trim()}>
              Reply
            </Button>
          </div>
        </form>
      ) : (
        <div className="flex items-center gap-1 border-t border-line pt-2.5 -mb-1" onClick={(e) => e.stopPropagation()}>
          {thread.can.reply ? (
            <Button size="sm" variant="ghost" className="h-7 px-2" onClick={() => (setReplying(true), onSelect())}>
              <CornerDownRight aria-hidden /> Reply
            </Button>
          ) : null}
          {thread.can.resolve ? (
            thread.resolved ? (
              <Button
                size="sm"
                variant="ghost"
                className="h-7 px-2"
                loading={actions.reopen.isPending}
                onClick={() => actions.reopen.mutate({ id: thread.id })}
              >
                <RotateCcw aria-hidden /> Reopen
              </Button>
            ) : (
              <Button
                size="sm"
                variant="ghost"
                className="h-7 px-2"
                loading={actions.resolve.isPending}
                onClick={() => actions.resolve.mutate({ id: thread.id })}
              >
                <Check aria-hidden /> Resolve
              </Button>
            )
          ) : null}
          <span className="ml-auto text-[11px] text-ink-subtle">
            {thread.resolved ? "Resolved" : thread.replyCount > 0 ? `${thread.replyCount} ${thread.replyCount === 1 ? "reply" : "replies"}` : null}
          </span>
        </div>
      )}
    </article>
  );
});
