"use client";

import { useRef, useState, type KeyboardEvent } from "react";
import { Textarea, cn } from "@commonplace/ui";
import type { Person } from "./use-people";

const TRIGGER = /(^|\s)@([a-z0-9_-]{0,32})$/i;

/**
 * A markdown textarea with @mention suggestions from your teammates. Mentions are plain text
 * ("@handle"): the server resolves and notifies them, so typing one by hand works the same.
 */
export function MentionTextarea({
  value,
  onChange,
  people,
  onSubmit,
  className,
  ...props
}: {
  value: string;
  onChange: (value: string) => void;
  people: Person[];
  onSubmit?: () => void;
  className?: string;
  placeholder?: string;
  autoFocus?: boolean;
  "aria-label"?: string;
  rows?: number;
}) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const [query, setQuery] = useState<string | null>(null);
  const [index, setIndex] = useState(0);

  const matches =
    query === null
      ? []
      : people.filter((p) => p.handle.toLowerCase().startsWith(query.toLowerCase()) || p.name.toLowerCase().includes(query.toLowerCase())).slice(0, 6);

  const sync = (text: string, caret: number) => {
    const m = TRIGGER.exec(text.slice(0, caret));
    setQuery(m ? m[2]! : null);
    setIndex(0);
  };

  const pick = (person: Person) => {
    const el = ref.current;
    if (!el) return;
    const caret = el.selectionStart;
    const before = value.slice(0, caret).replace(/@[a-z0-9_-]*$/i, `@${person.handle} `);
    const next = before + value.slice(caret);
    onChange(next);
    setQuery(null);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(before.length, before.length);
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (matches.length > 0) {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        setIndex((i) => (i + (e.key === "ArrowDown" ? 1 : matches.length - 1)) % matches.length);
        return;
      }
      if (e.key === "Enter" || e.key === "Tab") {
        e.preventDefault();
        pick(matches[index]!);
        return;
      }
      if (e.key === "Escape") {
        e.preventDefault();
        setQuery(null);
        return;
      }
    }
    if (e.key === "Enter" && (e.metaKey || e.ctrlKey) && onSubmit) {
      e.preventDefault();
      onSubmit();
    }
  };

  return (
    <div className="relative">
      <Textarea
        ref={ref}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          sync(e.target.value, e.target.selectionStart);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setQuery(null), 120)}
        className={cn("min-h-20 resize-y text-sm leading-relaxed", className)}
        {...props}
      />
      {matches.length > 0 ? (
        <ul
          role="listbox"
          aria-label="Mention a teammate"
          className="absolute inset-x-0 top-full z-40 mt-1 overflow-hidden rounded-lg border border-line bg-surface-raised py-1 shadow-lg animate-pop-in"
        >
          {matches.map((p, i) => (
            <li key={p.id} role="option" aria-selected={i === index}>
              <button
                type="button"
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(p);
                }}
                className={cn(
                  "flex w-full items-baseline gap-2 px-3 py-1.5 text-left text-sm",
                  i === index ? "bg-accent-soft text-accent-soft-ink" : "hover:bg-paper-sunken",
                )}
              >
                <span className="font-medium">{p.name}</span>
                <span className="text-xs text-ink-muted">@{p.handle}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
