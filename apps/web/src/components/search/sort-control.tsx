"use client";

import { useId } from "react";
import { cn } from "@commonplace/ui";
import { SORTS, type SearchSort } from "./search-state";

export const SORT_LABELS: Record<SearchSort, string> = { relevance: "Relevance", newest: "Newest", upvotes: "Most upvoted" };

/** Relevance · Newest · Most upvoted: native radios styled as a segmented control (arrow keys work). */
export function SortControl({ value, onChange, className }: { value: SearchSort; onChange: (sort: SearchSort) => void; className?: string }) {
  const name = useId();
  return (
    <fieldset className={cn("inline-flex items-center gap-0.5 rounded-lg border border-line bg-paper-sunken p-0.5", className)}>
      <legend className="sr-only">Sort results</legend>
      {SORTS.map((sort) => (
        <label
          key={sort}
          className={cn(
            "relative inline-flex h-7 cursor-pointer items-center rounded-md px-2.5 text-xs font-medium whitespace-nowrap text-ink-muted transition-colors select-none",
            "hover:text-ink has-[:checked]:bg-surface-raised has-[:checked]:text-ink has-[:checked]:shadow-sm",
            "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-ring",
          )}
        >
          <input type="radio" name={name} value={sort} checked={value === sort} onChange={() => onChange(sort)} className="sr-only" />
          {SORT_LABELS[sort]}
        </label>
      ))}
    </fieldset>
  );
}
