"use client";

import { MessagesSquare } from "lucide-react";
import Link from "next/link";
import { useState, type Ref } from "react";
import { Button } from "@commonplace/ui";
import type { Thread } from "./colors";
import { MentionTextarea } from "./lazy-mention-textarea";
import { ScopePicker, type Scope } from "./scope-picker";
import { ResolvedThreads } from "./resolved-threads";
import { ThreadCard } from "./thread-card";
import type { Person } from "./use-people";

const FOLD_AFTER = 3;

type ComposerProps = {
  scope: Scope;
  onScopeChange: (s: Scope) => void;
  teams: { slug: string; name: string }[];
  people: Person[];
  busy: boolean;
  error: string | null;
  onSubmit: (body: string) => Promise<boolean>;
};

/** A new page note: collapsed to one line until used, then the comment, its scope and Post. */
function PageNoteComposer({ scope, onScopeChange, teams, people, busy, error, onSubmit }: ComposerProps) {
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState("");
  const post = async () => {
    if (!body.trim() || busy) return;
    if (!(await onSubmit(body))) return;
    setBody("");
    setOpen(false);
  };
  if (!open) {
    return (
      <button
        type="button"
        data-testid="page-note-start"
        onClick={() => setOpen(true)}
        className="w-full rounded-lg border border-line bg-surface px-3 py-2 text-left text-[13px] text-ink-subtle transition-colors hover:border-line-strong hover:text-ink-muted"
      >
        Start a discussion about the whole paper…
      </button>
    );
  }
  return (
    <form
      aria-label="New page note"
      data-testid="page-note-composer"
      className="grid gap-3 rounded-xl border border-accent/40 bg-surface-raised p-3 shadow-sm"
      onSubmit={(e) => {
        e.preventDefault();
        void post();
      }}
    >
      <MentionTextarea
        aria-label="Page note"
        placeholder="On the whole paper… (markdown, @ to mention)"
        value={body}
        onChange={setBody}
        people={people}
        autoFocus
        rows={3}
        onSubmit={() => void post()}
      />
      <ScopePicker scope={scope} onChange={onScopeChange} teams={teams} />
      {error ? (
        <p role="alert" className="text-xs text-danger">
          {error}
        </p>
      ) : null}
      <div className="flex justify-end gap-2">
        <Button type="button" variant="ghost" size="sm" onClick={() => setOpen(false)}>
          Cancel
        </Button>
        <Button type="submit" size="sm" loading={busy} disabled={!body.trim()}>
          Post
        </Button>
      </div>
    </form>
  );
}

/**
 * "Discussion": page notes — threads on the whole paper, not on a passage (issue 16.1) — above the
 * passages' threads, with their own composer. Open ones first; resolved ones folded away.
 */
export function PageNotes({
  threads,
  activeId,
  onSelect,
  people,
  composer,
  signInHref,
  cardRef,
}: {
  threads: Thread[];
  activeId: string | null;
  onSelect: (id: string) => void;
  people: Person[];
  /** null when signed out. */
  composer: ComposerProps | null;
  signInHref: string;
  cardRef: (id: string) => Ref<HTMLElement>;
}) {
  const [showAll, setShowAll] = useState(false);
  const open = threads.filter((t) => !t.resolved);
  // A long discussion is folded after the first few, so the passages' threads stay within reach (the active one is always shown).
  const folded = !showAll && open.length > FOLD_AFTER + 1 && !open.slice(FOLD_AFTER).some((t) => t.id === activeId);
  const shown = folded ? open.slice(0, FOLD_AFTER) : open;
  const resolved = threads.filter((t) => t.resolved);
  const card = (t: Thread) => (
    <li key={t.id}>
      <ThreadCard ref={cardRef(t.id)} thread={t} active={t.id === activeId} people={people} onSelect={() => onSelect(t.id)} />
    </li>
  );
  return (
    <section aria-labelledby="page-notes-title" data-testid="page-notes" className="grid gap-3">
      <h3 id="page-notes-title" className="flex items-center gap-1.5 text-xs font-semibold text-ink-muted">
        <MessagesSquare aria-hidden className="size-3.5 text-ink-subtle" /> Discussion
        <span className="font-normal text-ink-subtle tabular-nums" data-testid="page-note-count">
          {open.length}
        </span>
      </h3>
      {composer ? (
        <PageNoteComposer {...composer} />
      ) : (
        <p className="text-[13px] text-ink-muted">
          <Link href={signInHref} className="font-medium text-accent hover:underline">
            Sign in
          </Link>{" "}
          to discuss the whole paper.
        </p>
      )}
      {open.length > 0 ? (
        <ul className="grid gap-3" aria-label="Page notes">
          {shown.map(card)}
        </ul>
      ) : null}
      {folded ? (
        <button type="button" onClick={() => setShowAll(true)} className="w-fit text-xs font-medium text-accent hover:underline" data-testid="page-notes-more">
          Show {open.length - FOLD_AFTER} more {open.length - FOLD_AFTER === 1 ? "note" : "notes"}
        </button>
      ) : null}
      <ResolvedThreads threads={resolved} all={threads} card={card} activeId={activeId} />
    </section>
  );
}
