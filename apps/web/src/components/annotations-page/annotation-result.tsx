"use client";

import Link from "next/link";
import { ArrowUpRight, CornerDownRight, FileText, Lock, ListChecks, Globe, Users } from "lucide-react";
import { cn } from "@commonplace/ui";
import { bodyClass } from "@/components/annotations/time";
import type { RouterOutputs } from "@/components/lists/types";
import { AnnotationTags } from "@/components/tags/annotation-tags";
import { TimeAgo } from "@/components/time-ago";

export type PageItem = RouterOutputs["annotationSearch"]["query"]["items"][number];

/** The annotation's place in its paper (the reader focuses the thread holding it, in a list's context if it has one). */
export function annotationHref(a: PageItem): string {
  const list = a.listId ? `list=${encodeURIComponent(a.listId)}&` : "";
  return `/papers/${encodeURIComponent(a.paperId)}?${list}annotation=${encodeURIComponent(a.id)}`;
}

function ScopeBadge({ a }: { a: PageItem }) {
  const [Icon, label] = a.list
    ? [ListChecks, a.list.title]
    : a.visibility === "TEAM"
      ? [Users, a.team?.name ?? "Team"]
      : a.visibility === "PUBLIC"
        ? [Globe, "Public"]
        : [Lock, "Private"];
  return (
    <span className="inline-flex min-w-0 items-center gap-1 text-ink-muted" data-testid="annotation-scope">
      <Icon aria-hidden className="size-3.5 shrink-0" />
      <span className="truncate">{label}</span>
    </span>
  );
}

/** One annotation on the annotations page: its paper, quote, comment, tags, scope, author and date. */
export function AnnotationResult({ a, showAuthor, onPaper }: { a: PageItem; showAuthor: boolean; onPaper: (paperId: string) => void }) {
  const isNote = a.quote === null && a.start === null && !a.parentId;
  return (
    <article className="min-w-0 rounded-lg border border-line bg-surface-raised p-4 shadow-xs" data-testid="annotation-result">
      <div className="flex min-w-0 items-start gap-2">
        <FileText aria-hidden className="mt-0.5 size-4 shrink-0 text-ink-subtle" />
        <button
          type="button"
          className="min-w-0 text-left text-sm font-medium break-words text-ink hover:text-accent"
          title="Show only this paper’s annotations"
          onClick={() => onPaper(a.paperId)}
        >
          {a.paper.title}
        </button>
      </div>
      {a.parentId ? (
        <p className="mt-2 inline-flex items-center gap-1 text-xs text-ink-subtle">
          <CornerDownRight aria-hidden className="size-3.5" /> A reply in a thread
        </p>
      ) : isNote ? (
        <p className="mt-2 text-xs font-medium tracking-wide text-ink-subtle uppercase">Page note</p>
      ) : null}
      {a.quote ? (
        <blockquote className="mt-2 line-clamp-4 border-l-2 border-accent/50 pl-3 text-sm text-ink-muted italic [overflow-wrap:anywhere]">{a.quote}</blockquote>
      ) : null}
      {a.body.trim() ? <div className={cn(bodyClass, "mt-2 line-clamp-6")} dangerouslySetInnerHTML={{ __html: a.bodyHtml }} /> : null}
      <div className="mt-3">
        <AnnotationTags annotation={a} />
      </div>
      <footer className="mt-3 flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1 text-xs text-ink-subtle">
        <ScopeBadge a={a} />
        {showAuthor && a.author ? <span className="min-w-0 truncate">{a.author.name}</span> : null}
        <TimeAgo date={a.createdAt} />
        <Link href={annotationHref(a)} className="ml-auto inline-flex items-center gap-1 font-medium text-accent hover:underline" data-testid="annotation-open">
          Open in paper <ArrowUpRight aria-hidden className="size-3.5" />
        </Link>
      </footer>
    </article>
  );
}
