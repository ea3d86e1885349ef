import Link from "next/link";
import { Users } from "lucide-react";
import type { ListSummary } from "./types";
import { ProgressBar, VisibilityBadge } from "./visibility-badge";
import { TimeAgo } from "@/components/time-ago";

/** A markdown description as one line of plain text for a card preview. */
function plainText(md: string): string {
  return md
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`#>~]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** One reading list in a grid: title, owner or team, progress. The whole card is the link. */
export function ListCard({ list, showTeam = true }: { list: ListSummary; showTeam?: boolean }) {
  const { total, read } = list.counts;
  return (
    <li className="group relative flex flex-col rounded-xl border border-line bg-surface p-5 shadow-xs transition-[border-color,box-shadow] hover:border-line-strong hover:shadow-sm has-[a:focus-visible]:border-accent/40">
      <div className="flex items-start justify-between gap-3">
        <h3 className="font-serif text-lg leading-snug font-semibold tracking-tight text-ink text-pretty">
          <Link
            href={`/lists/${list.id}`}
            data-testid="list-card-link"
            className="outline-none after:absolute after:inset-0 after:rounded-xl after:content-[''] group-hover:text-accent focus-visible:text-accent"
          >
            {list.title}
          </Link>
        </h3>
        <VisibilityBadge visibility={list.visibility} />
      </div>
      {list.description ? <p className="mt-1.5 line-clamp-2 text-sm leading-relaxed text-ink-muted">{plainText(list.description)}</p> : null}
      <div className="mt-auto pt-4">
        <div className="flex items-center justify-between gap-2 text-xs text-ink-muted">
          <span className="truncate">
            {showTeam && list.team ? (
              <span className="inline-flex items-center gap-1">
                <Users aria-hidden className="size-3" /> {list.team.name}
              </span>
            ) : list.owner ? (
              <>{list.owner.name} · </>
            ) : null}
            {showTeam && list.team ? " · " : null}
            <TimeAgo date={list.updatedAt} prefix="updated " className="text-ink-subtle" />
          </span>
          <span className="shrink-0 tabular-nums">
            {read}/{total} read
          </span>
        </div>
        <ProgressBar read={read} total={total} className="mt-2" />
      </div>
    </li>
  );
}
