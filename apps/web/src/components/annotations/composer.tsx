"use client";

import { Globe, Lock, Users } from "lucide-react";
import { useState } from "react";
import { Button, cn } from "@commonplace/ui";
import { COLORS, swatchClass, type AnnotationColor, type Visibility } from "./colors";
import { MentionTextarea } from "./mention-textarea";
import type { Person } from "./use-people";

export type Scope = { visibility: Visibility; teamSlug?: string };
export type Draft = { start: number; end: number; quote: string; color: AnnotationColor };

const visibilityOptions = [
  { value: "PRIVATE", label: "Only me", Icon: Lock },
  { value: "TEAM", label: "Team", Icon: Users },
  { value: "PUBLIC", label: "Public", Icon: Globe },
] as const;

/** Who will see a new thread: private, one of your teams (where you may write), or public. */
export function ScopePicker({ scope, onChange, teams }: { scope: Scope; onChange: (s: Scope) => void; teams: { slug: string; name: string }[] }) {
  const options = visibilityOptions.filter((o) => o.value !== "TEAM" || teams.length > 0);
  return (
    <div className="grid gap-2">
      <div role="radiogroup" aria-label="Visibility" className="inline-flex w-fit rounded-lg border border-line bg-paper-sunken p-0.5">
        {options.map(({ value, label, Icon }) => (
          <button
            key={value}
            type="button"
            role="radio"
            aria-checked={scope.visibility === value}
            onClick={() => onChange({ visibility: value, teamSlug: value === "TEAM" ? (scope.teamSlug ?? teams[0]?.slug) : undefined })}
            className={cn(
              "inline-flex h-7 items-center gap-1.5 rounded-md px-2.5 text-xs font-medium transition-colors",
              scope.visibility === value ? "bg-surface-raised text-ink shadow-sm" : "text-ink-muted hover:text-ink",
            )}
          >
            <Icon aria-hidden className="size-3.5" /> {label}
          </button>
        ))}
      </div>
      {scope.visibility === "TEAM" && teams.length > 0 ? (
        <label className="flex items-center gap-2 text-xs text-ink-muted">
          Team
          <select
            aria-label="Team"
            value={scope.teamSlug ?? teams[0]!.slug}
            onChange={(e) => onChange({ visibility: "TEAM", teamSlug: e.target.value })}
            className="h-7 min-w-0 flex-1 rounded-md border border-line-strong bg-surface-raised px-2 text-xs text-ink focus-visible:outline-2 focus-visible:outline-ring"
          >
            {teams.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </div>
  );
}

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
