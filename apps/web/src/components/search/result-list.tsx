"use client";

import Link from "next/link";
import { forwardRef, type KeyboardEvent } from "react";
import { ChevronUp } from "lucide-react";
import { Badge, Skeleton, cn } from "@commonplace/ui";
import { formatAuthors } from "@/components/papers/format";
import { Snippet } from "./snippet";
import { AddToListMenu } from "@/components/lists/add-to-list-menu";
import { AddToThisList } from "@/components/lists/adding-to";

export type SearchHit = { id: string; title: string; authors: string[]; year: number | null; snippet: string; categories: string[]; upvotes: number };

type ResultListProps = {
  hits: SearchHit[];
  /** First result's rank (1-based), for the list's numbering. */
  start: number;
  stale: boolean;
  /** ↑ from the first result returns to the search box. */
  onExitTop: () => void;
  /** Signed-in people get an "Add to list" menu on each result. */
  signedIn?: boolean;
  /** "Adding to <list>" mode: each result gets one button adding it to this list. */
  addingTo?: { id: string; title: string } | null;
};

/**
 * Results as a list of links. ↓/↑ move focus between them (and ↑ from the first goes back to the
 * box), Enter opens — native link behaviour, so screen readers and middle-click work as usual.
 */
export const ResultList = forwardRef<HTMLOListElement, ResultListProps>(function ResultList(
  { hits, start, stale, onExitTop, signedIn = false, addingTo = null },
  ref,
) {
  function onKeyDown(event: KeyboardEvent<HTMLOListElement>) {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp" && event.key !== "Escape") return;
    const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>("a[data-result-link]")];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index === -1) return;
    event.preventDefault();
    if (event.key === "Escape") return onExitTop();
    const next = event.key === "ArrowDown" ? index + 1 : index - 1;
    if (next < 0) return onExitTop();
    links[Math.min(next, links.length - 1)]?.focus();
  }

  return (
    <ol
      ref={ref}
      start={start}
      onKeyDown={onKeyDown}
      aria-label="Search results"
      aria-busy={stale || undefined}
      data-testid="search-results"
      className={cn("-mx-4 grid grid-cols-1 gap-1 transition-opacity duration-150", stale && "opacity-60")}
    >
      {hits.map((hit) => (
        <ResultItem key={hit.id} hit={hit} signedIn={signedIn} addingTo={addingTo} />
      ))}
    </ol>
  );
});

function ResultItem({ hit, signedIn, addingTo }: { hit: SearchHit; signedIn: boolean; addingTo: { id: string; title: string } | null }) {
  const meta = [formatAuthors(hit.authors, 4), hit.year ? String(hit.year) : null].filter(Boolean);
  const upvotes =
    hit.upvotes > 0 ? (
      <span className="inline-flex items-center gap-0.5 text-[11px] text-ink-muted tabular-nums" title={`${hit.upvotes} upvote${hit.upvotes === 1 ? "" : "s"}`}>
        <ChevronUp aria-hidden className="size-3.5" />
        {hit.upvotes.toLocaleString("en-US")}
        <span className="sr-only"> upvotes</span>
      </span>
    ) : null;
  return (
    <li
      data-testid="search-result"
      data-paper-id={hit.id}
      className={cn(
        "group relative rounded-xl border border-transparent px-4 py-3.5 transition-[background-color,border-color,box-shadow]",
        "hover:border-line hover:bg-surface hover:shadow-xs",
        "has-[a:focus-visible]:border-accent/40 has-[a:focus-visible]:bg-surface has-[a:focus-visible]:shadow-sm",
      )}
    >
      <h3 className="font-serif text-[1.1875rem] leading-snug font-semibold tracking-tight text-ink text-pretty">
        <Link
          href={`/papers/${hit.id}`}
          data-result-link
          className="rounded-sm outline-none after:absolute after:inset-0 after:rounded-xl after:content-[''] group-hover:text-accent focus-visible:text-accent"
        >
          {hit.title}
        </Link>
      </h3>
      {meta.length > 0 ? <p className="mt-1 text-[13px] text-pretty text-ink-muted">{meta.join(" · ")}</p> : null}
      {signedIn ? (
        // Above the link that covers the whole row, so clicks reach the menu.
        <div className="relative z-10 mt-2">
          {addingTo ? <AddToThisList list={addingTo} paperId={hit.id} /> : <AddToListMenu paperId={hit.id} paperTitle={hit.title} size="sm" />}
        </div>
      ) : null}
      <Snippet html={hit.snippet} className="mt-2 line-clamp-3 text-sm leading-relaxed text-ink-muted" />
      {hit.categories.length > 0 || upvotes ? (
        <div className="mt-2.5 flex flex-wrap items-center gap-1">
          {upvotes}
          {hit.categories.slice(0, 4).map((c) => (
            <Badge key={c} variant="outline" className="font-normal">
              {c}
            </Badge>
          ))}
          {hit.categories.length > 4 ? <span className="text-[11px] text-ink-subtle">+{hit.categories.length - 4}</span> : null}
        </div>
      ) : null}
    </li>
  );
}

export function ResultsSkeleton({ count = 5 }: { count?: number }) {
  return (
    <div aria-busy="true" aria-live="polite" className="grid gap-2">
      <span className="sr-only">Searching…</span>
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="py-3.5">
          <Skeleton className="h-5 w-4/5" />
          <Skeleton className="mt-2 h-3.5 w-2/5" />
          <Skeleton className="mt-3 h-3.5 w-full" />
          <Skeleton className="mt-1.5 h-3.5 w-11/12" />
          <Skeleton className="mt-1.5 h-3.5 w-3/5" />
        </div>
      ))}
    </div>
  );
}
