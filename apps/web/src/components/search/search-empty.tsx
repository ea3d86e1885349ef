"use client";

import Link from "next/link";
import { FileUp, SearchX } from "lucide-react";
import { Button } from "@commonplace/ui";
import { activeFilterCount, withoutFilters, type SearchState } from "./search-state";

/** Queries that show what search can do: a plain phrase, a typo, and a whole question. */
export const EXAMPLE_QUERIES = [
  { q: "dataset distillation", note: "a topic" },
  { q: "contnual lerning without rehersal", note: "typos are fine" },
  { q: "What happens when generative models are trained on their own synthetic data?", note: "a whole question" },
];

type SearchEmptyProps = {
  state: SearchState;
  onChange: (next: SearchState) => void;
  signedIn: boolean;
};

/** No results: say why it may be, and offer ways forward (drop filters, other queries, import). */
export function SearchEmpty({ state, onChange, signedIn }: SearchEmptyProps) {
  const filters = activeFilterCount(state);
  const q = state.q.trim();
  const importHref = signedIn ? "/import" : `/sign-in?callbackUrl=${encodeURIComponent("/import")}`;

  return (
    <div className="rounded-xl border border-dashed border-line-strong bg-surface/60 px-6 py-10 text-center sm:px-10" data-testid="search-empty">
      <span className="mx-auto inline-flex size-11 items-center justify-center rounded-full bg-paper-sunken text-ink-subtle">
        <SearchX aria-hidden className="size-5" />
      </span>
      <h2 className="mt-4 font-serif text-xl font-semibold tracking-tight text-ink text-balance">
        {q ? (
          <>
            No papers match <span className="italic">“{q.length > 80 ? `${q.slice(0, 80)}…` : q}”</span>
            {filters ? " with these filters" : ""}
          </>
        ) : filters ? (
          "No papers match these filters"
        ) : (
          "The library is empty"
        )}
      </h2>
      <p className="mx-auto mt-2 max-w-md text-sm leading-relaxed text-ink-muted">
        {filters
          ? "Filters narrow every search. Remove some to widen it, or try different words."
          : q
            ? "Try fewer or more general words, or describe the paper in a sentence — search understands whole questions too."
            : "No papers have been added to this server yet. Import a BibTeX file, a PDF or a list of arXiv ids to get started."}
      </p>

      <div className="mt-5 flex flex-col justify-center gap-2 sm:flex-row">
        {filters ? <Button onClick={() => onChange(withoutFilters(state))}>Remove {filters === 1 ? "the filter" : `all ${filters} filters`}</Button> : null}
        <Button asChild variant={filters ? "secondary" : q ? "secondary" : "primary"}>
          <Link href={importHref}>
            <FileUp aria-hidden /> Import papers
          </Link>
        </Button>
      </div>

      {q || filters ? (
        <div className="mx-auto mt-8 max-w-lg border-t border-line pt-6 text-left">
          <p className="text-xs font-semibold tracking-wide text-ink-subtle uppercase">Try</p>
          <ul className="mt-2 grid gap-1">
            {EXAMPLE_QUERIES.map((example) => (
              <li key={example.q}>
                <button
                  type="button"
                  onClick={() => onChange({ ...withoutFilters(state), q: example.q, sort: "relevance" })}
                  className="group flex w-full items-baseline justify-between gap-3 rounded-md px-2 py-1.5 text-left text-sm hover:bg-paper-sunken"
                >
                  <span className="font-serif text-ink group-hover:text-accent">{example.q}</span>
                  <span className="shrink-0 text-xs text-ink-subtle">{example.note}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
