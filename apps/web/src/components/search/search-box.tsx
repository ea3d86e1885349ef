"use client";

import { forwardRef, type KeyboardEvent } from "react";
import { Search, X } from "lucide-react";
import { Spinner, cn } from "@commonplace/ui";

type SearchBoxProps = {
  value: string;
  onValueChange: (value: string) => void;
  /** Enter: search now instead of waiting for the debounce. */
  onSubmit: () => void;
  /** ↓ from the box moves into the results. */
  onArrowDown: () => void;
  busy: boolean;
  className?: string;
};

export const SearchBox = forwardRef<HTMLInputElement, SearchBoxProps>(function SearchBox(
  { value, onValueChange, onSubmit, onArrowDown, busy, className },
  ref,
) {
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      onArrowDown();
    } else if (event.key === "Escape" && value) {
      event.preventDefault();
      onValueChange("");
    }
  }

  return (
    <form
      role="search"
      action="/search"
      method="get"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      className={cn("relative", className)}
    >
      <label htmlFor="search-q" className="sr-only">
        Search papers
      </label>
      <Search aria-hidden className="pointer-events-none absolute top-1/2 left-4 size-5 -translate-y-1/2 text-ink-subtle" />
      <input
        ref={ref}
        id="search-q"
        name="q"
        type="search"
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        onKeyDown={onKeyDown}
        placeholder="Search titles, authors, abstracts — or ask a question"
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint="search"
        aria-describedby="search-keys"
        data-testid="search-input"
        className={cn(
          "h-13 w-full rounded-xl border border-line-strong bg-surface-raised pr-24 pl-12 text-base text-ink shadow-sm",
          "transition-[border-color,box-shadow] placeholder:text-ink-subtle hover:border-ink-subtle/60",
          "focus-visible:border-accent focus-visible:ring-4 focus-visible:ring-accent/15 focus-visible:outline-none",
          "[&::-webkit-search-cancel-button]:hidden",
        )}
      />
      <div className="absolute top-1/2 right-3 flex -translate-y-1/2 items-center gap-1.5">
        {busy ? <Spinner className="text-ink-subtle" label="Searching" /> : null}
        {value ? (
          <button
            type="button"
            onClick={() => onValueChange("")}
            aria-label="Clear search"
            className="inline-flex size-8 items-center justify-center rounded-md text-ink-subtle transition-colors hover:bg-paper-sunken hover:text-ink"
          >
            <X aria-hidden className="size-4" />
          </button>
        ) : (
          <kbd aria-hidden className="hidden rounded border border-line bg-paper-sunken px-1.5 font-sans text-xs leading-5 text-ink-subtle sm:inline-block">
            /
          </kbd>
        )}
      </div>
    </form>
  );
});
