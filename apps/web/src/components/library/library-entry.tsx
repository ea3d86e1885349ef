"use client";

import Link from "next/link";
import { FileUp, Highlighter, Import, Library as LibraryIcon } from "lucide-react";
import { Snippet } from "@/components/search/snippet";
import { TagChip } from "@/components/tags/tag-chip";
import type { RouterOutputs } from "@/components/lists/types";
import { STATUS_LABELS } from "./library-state";

export type LibraryEntry = RouterOutputs["library"]["entries"]["entries"][number];

const MATCH_LABELS: Record<string, string> = {
  note: "your note",
  annotation: "your annotation",
  tag: "your tag",
  abstract: "the abstract",
  title: "the title",
  authors: "the authors",
};

/** One paper of my library: why it is here (lists and statuses, annotations, upload, import), my tags, and what matched. */
export function LibraryEntryRow({
  entry,
  selected,
  onSelect,
  onTag,
}: {
  entry: LibraryEntry;
  selected: boolean;
  onSelect: (on: boolean) => void;
  onTag: (tag: string) => void;
}) {
  const { paper } = entry;
  const authors = paper.authors.length ? `${paper.authors.slice(0, 3).join(", ")}${paper.authorCount > 3 ? ` +${paper.authorCount - 3}` : ""}` : null;
  const meta = [authors, paper.year ? String(paper.year) : null, paper.venue].filter(Boolean).join(" · ");
  const matched = entry.matchedIn.filter((m) => m === "note" || m === "annotation" || m === "tag");
  return (
    <li
      data-testid="library-entry"
      data-paper-id={paper.id}
      className="flex gap-3 rounded-xl border border-line bg-surface p-4 shadow-xs hover:border-line-strong sm:p-5"
    >
      <input
        type="checkbox"
        checked={selected}
        onChange={(e) => onSelect(e.target.checked)}
        aria-label={`Select “${paper.title}”`}
        className="mt-1.5 size-4 shrink-0 accent-[var(--color-accent)]"
      />
      <div className="min-w-0 flex-1">
        <h3 className="font-serif text-[1.0625rem] leading-snug font-semibold tracking-tight text-pretty break-words text-ink">
          <Link href={`/papers/${paper.id}`} className="hover:text-accent" data-testid="library-entry-title">
            {paper.title}
          </Link>
        </h3>
        {meta ? <p className="mt-0.5 text-[13px] text-pretty break-words text-ink-muted">{meta}</p> : null}
        {entry.snippet ? <Snippet html={entry.snippet} className="mt-2 font-serif text-[0.95rem] leading-relaxed break-words text-ink-muted" /> : null}
        {matched.length ? <p className="mt-1 text-xs text-ink-subtle">Found in {matched.map((m) => MATCH_LABELS[m]).join(", ")}</p> : null}
        <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1.5 text-xs text-ink-muted">
          {entry.lists.map((l) => (
            <Link key={l.itemId} href={`/lists/${l.id}`} className="inline-flex max-w-full items-center gap-1 hover:text-accent">
              <LibraryIcon aria-hidden className="size-3.5 shrink-0" />
              <span className="min-w-0 truncate">{l.title}</span>
              <span className="shrink-0 whitespace-nowrap text-ink-subtle">· {STATUS_LABELS[l.status]}</span>
            </Link>
          ))}
          {entry.annotationCount ? (
            <span className="inline-flex items-center gap-1">
              <Highlighter aria-hidden className="size-3.5" /> {entry.annotationCount} {entry.annotationCount === 1 ? "annotation" : "annotations"}
            </span>
          ) : null}
          {entry.kinds.includes("uploaded") ? (
            <span className="inline-flex items-center gap-1">
              <FileUp aria-hidden className="size-3.5" /> Uploaded
            </span>
          ) : null}
          {entry.kinds.includes("imported") ? (
            <span className="inline-flex items-center gap-1">
              <Import aria-hidden className="size-3.5" /> Imported
            </span>
          ) : null}
        </div>
        {entry.tags.length ? (
          <div className="mt-2 flex flex-wrap gap-1.5">
            {entry.tags.map((t) => (
              <button key={t} type="button" onClick={() => onTag(t)} className="max-w-full" aria-label={`Show papers tagged ${t}`}>
                <TagChip tag={t} className="hover:border-accent hover:text-accent" />
              </button>
            ))}
          </div>
        ) : null}
      </div>
    </li>
  );
}
