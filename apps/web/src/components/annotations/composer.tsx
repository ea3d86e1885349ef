"use client";

import { useState } from "react";
import { Button, cn } from "@commonplace/ui";
import { COLORS, swatchClass, type AnnotationColor } from "./colors";
import { MentionTextarea } from "./mention-textarea";
import { ScopePicker, type Scope } from "./scope-picker";
import type { Person } from "./use-people";

export type { Scope };
export type Draft = { start: number; end: number; quote: string; color: AnnotationColor };

/** A new thread on the selected passage: quote, comment (markdown, @mentions), colour, scope. */
export function Composer({
  draft,
  scope,
  onScopeChange,
  onColorChange,
  teams,
  people,
  listScoped,
  onListScopedChange,
  hasList,
  busy,
  error,
  onCancel,
  onSubmit,
}: {
  draft: Draft;
  scope: Scope;
  onScopeChange: (s: Scope) => void;
  onColorChange: (c: AnnotationColor) => void;
  teams: { slug: string; name: string }[];
  people: Person[];
  hasList: boolean;
  listScoped: boolean;
  onListScopedChange: (v: boolean) => void;
  busy: boolean;
  error: string | null;
  onCancel: () => void;
  onSubmit: (body: string) => void;
}) {
  const [body, setBody] = useState("");
  return (
    <form
      aria-label="New comment"
      data-testid="annotation-composer"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(body);
      }}
      className="grid gap-3 rounded-xl border border-accent/40 bg-surface-raised p-4 shadow-md animate-pop-in"
    >
      <blockquote className="flex gap-2.5 font-serif text-[14px] leading-snug text-ink-muted italic">
        <span aria-hidden className={cn("w-1 shrink-0 rounded-full", swatchClass[draft.color])} />
        <span className="line-clamp-4">{draft.quote}</span>
      </blockquote>
      <MentionTextarea
        aria-label="Comment"
        placeholder="Add a comment… (markdown, @ to mention)"
        value={body}
        onChange={setBody}
        people={people}
        autoFocus
        onSubmit={() => onSubmit(body)}
      />
      <div className="flex items-center gap-1" role="radiogroup" aria-label="Colour">
        {COLORS.map((c) => (
          <button
            key={c}
            type="button"
            role="radio"
            aria-checked={draft.color === c}
            aria-label={c}
            onClick={() => onColorChange(c)}
            className={cn("grid size-6 place-items-center rounded-full", draft.color === c && "ring-2 ring-accent ring-offset-1 ring-offset-surface-raised")}
          >
            <span className={cn("size-3.5 rounded-full", swatchClass[c])} />
          </button>
        ))}
      </div>
      <ScopePicker scope={scope} onChange={onScopeChange} teams={teams} />
      {hasList ? (
        <label className="flex items-center gap-2 text-xs text-ink-muted">
          <input type="checkbox" checked={listScoped} onChange={(e) => onListScopedChange(e.target.checked)} className="accent-[var(--accent)]" />
          Attach to the reading list you came from
        </label>
      ) : null}
      {error ? (
        <p role="alert" className="text-xs text-danger">
          {error}
        </p>
      ) : null}
      <div className="flex justify-end gap-2">
        <Button type="button" variant="ghost" size="sm" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" size="sm" loading={busy}>
          {body.trim() ? "Post comment" : "Save highlight"}
        </Button>
      </div>
    </form>
  );
}
