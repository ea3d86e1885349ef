import Link from "next/link";
import { ChevronUp, Library } from "lucide-react";
import type { RouterOutputs } from "@commonplace/api";
import { cn } from "@commonplace/ui";
import { formatAuthors, formatDate, plural } from "@/components/papers/format";
import { getCurrentUser } from "@/lib/current-user";
import { Prefetched } from "@/trpc/prefetch";
import { AnnotationCount } from "./annotation-count";
import { categoryHref } from "./categories";
import { SavedBadge } from "./saved-badge";

export type PaperCardData = RouterOutputs["discovery"]["newest"]["papers"][number];

/** Static public counts: public lists (hidden at zero). Annotations are counted per viewer (AnnotationCount). */
export function PublicCounts({ paper, className }: { paper: Pick<PaperCardData, "publicLists">; className?: string }) {
  return (
    <span className={cn("inline-flex items-center gap-3 text-xs text-ink-muted tabular-nums", className)}>
      {paper.publicLists > 0 ? (
        <span className="inline-flex items-center gap-1" title={`On ${plural(paper.publicLists, "public list")}`}>
          <Library aria-hidden className="size-3.5" />
          {paper.publicLists.toLocaleString("en-US")}
          <span className="sr-only"> public lists</span>
        </span>
      ) : null}
    </span>
  );
}

/** The upvote tally shown on cards: a small column like a vote box, read-only (vote on the paper page). */
export function UpvoteTally({ count }: { count: number }) {
  return (
    <span
      className="flex w-12 shrink-0 flex-col items-center self-start rounded-lg border border-line bg-surface py-1.5 text-ink-muted"
      title={plural(count, "upvote")}
      data-testid="card-upvotes"
    >
      <ChevronUp aria-hidden className="size-4" />
      <span className="text-sm font-semibold text-ink tabular-nums">{count.toLocaleString("en-US")}</span>
      <span className="sr-only"> upvotes</span>
    </span>
  );
}

/** One paper in a discovery list: vote tally, title, authors, date, summary, categories, public counts. */
export function PaperCard({
  paper,
  rank,
  compact = false,
  pageIds,
  signedIn = false,
}: {
  paper: PaperCardData;
  rank?: number;
  compact?: boolean;
  /** Every paper of the list the card is in: one query counts annotations (and, signed in, finds saved lists) for all. */
  pageIds?: string[];
  signedIn?: boolean;
}) {
  const authors =
    formatAuthors(paper.authors, compact ? 2 : 4) + (paper.authorCount > paper.authors.length ? ` +${paper.authorCount - paper.authors.length}` : "");
  return (
    <li
      className="group relative flex gap-4 rounded-xl border border-transparent px-3 py-3.5 transition-colors hover:border-line hover:bg-surface has-[a:focus-visible]:border-accent/40 has-[a:focus-visible]:bg-surface has-[a:focus-visible]:ring-2 has-[a:focus-visible]:ring-ring sm:px-4"
      data-testid="paper-card"
    >
      {rank ? <span className="hidden w-6 shrink-0 pt-2 text-right text-sm text-ink-subtle tabular-nums sm:block">{rank}</span> : null}
      <UpvoteTally count={paper.upvotes} />
      <div className="min-w-0 flex-1">
        <h3 className={cn("font-serif leading-snug font-semibold tracking-tight text-pretty text-ink", compact ? "text-base" : "text-[1.125rem]")}>
          <Link
            href={`/papers/${paper.id}`}
            className="outline-none after:absolute after:inset-0 after:rounded-xl after:content-[''] group-hover:text-accent focus-visible:text-accent"
          >
            {paper.title}
          </Link>
        </h3>
        <p className="mt-1 text-[13px] text-pretty text-ink-muted" data-testid="card-byline">
          {[authors, paper.publishedAt ? formatDate(paper.publishedAt) : paper.year ? String(paper.year) : `Added ${formatDate(paper.addedAt.slice(0, 10))}`]
            .filter(Boolean)
            .join(" · ")}
        </p>
        {!compact && paper.summary ? (
          <p className="mt-2 line-clamp-2 text-sm leading-relaxed text-ink-muted" data-testid="card-summary">
            {paper.summary}
          </p>
        ) : null}
        <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1.5">
          {paper.categories.slice(0, compact ? 2 : 3).map((c) => (
            <Link
              key={c}
              href={categoryHref(c)}
              className="relative z-10 rounded-full border border-line px-2 py-0.5 text-[11px] text-ink-muted transition-colors hover:border-accent hover:text-accent"
            >
              {c}
            </Link>
          ))}
          {pageIds ? <AnnotationCount paperId={paper.id} pageIds={pageIds} /> : null}
          <PublicCounts paper={paper} />
          {pageIds && signedIn ? <SavedBadge paperId={paper.id} pageIds={pageIds} /> : null}
        </div>
      </div>
    </li>
  );
}

/** A list of cards; for members, with where each paper is saved ("In 2 lists"), fetched with the page. */
export async function PaperCardList({ papers, start, compact, label }: { papers: PaperCardData[]; start?: number; compact?: boolean; label: string }) {
  const signedIn = Boolean(await getCurrentUser());
  const pageIds = papers.map((p) => p.id);
  const list = (
    <ol aria-label={label} className="-mx-3 grid grid-cols-[minmax(0,1fr)] gap-1 sm:-mx-4">
      {papers.map((p, i) => (
        <PaperCard key={p.id} paper={p} rank={start === undefined ? undefined : start + i} compact={compact} pageIds={pageIds} signedIn={signedIn} />
      ))}
    </ol>
  );
  if (pageIds.length === 0) return list;
  return (
    <Prefetched
      load={(trpc, qc) =>
        Promise.all([
          qc.prefetchQuery(trpc.annotations.counts.queryOptions({ paperIds: pageIds })),
          signedIn ? qc.prefetchQuery(trpc.lists.savedIn.queryOptions({ paperIds: pageIds })) : null,
        ])
      }
    >
      {list}
    </Prefetched>
  );
}
