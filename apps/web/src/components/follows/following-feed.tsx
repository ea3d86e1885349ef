"use client";

import Link from "next/link";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Rss, Search } from "lucide-react";
import { Avatar, Button, Skeleton } from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { EmptyState } from "@/components/lists/page-header";
import { statusLabels, type ReadingStatus } from "@/components/lists/labels";
import type { RouterOutputs } from "@/components/lists/types";
import { TimeAgo } from "@/components/time-ago";

type Entry = RouterOutputs["follows"]["feed"]["entries"][number];

const strong = "font-medium text-ink underline decoration-line-strong underline-offset-4 hover:text-accent hover:decoration-accent";

/** "added “Attention…” to Transformers reading" — one sentence per verb, with links to the paper and list. */
function Sentence({ e }: { e: Entry }) {
  const paper = e.paper ? (
    <Link href={`/papers/${e.paper.id}`} className={strong}>
      {e.paper.title}
    </Link>
  ) : (
    <>a paper</>
  );
  const list = e.list ? (
    <Link href={`/lists/${e.list.id}`} className={strong}>
      {e.list.title}
    </Link>
  ) : (
    <>a list</>
  );
  const status = e.detail.to && e.detail.to in statusLabels ? statusLabels[e.detail.to as ReadingStatus].toLowerCase() : "updated";
  switch (e.verb) {
    case "item.added":
      return (
        <>
          added {paper} to {list}
        </>
      );
    case "item.removed":
      return (
        <>
          removed {paper} from {list}
        </>
      );
    case "item.noted":
      return (
        <>
          wrote a note on {paper} in {list}
        </>
      );
    case "item.status":
      return (
        <>
          marked {paper} as {status} in {list}
        </>
      );
    case "item.tagged":
      return (
        <>
          tagged {paper} in {list}
        </>
      );
    case "item.assigned":
      return (
        <>
          assigned {paper} in {list}
        </>
      );
    case "items.imported":
      return (
        <>
          imported {e.detail.count ?? "some"} {e.detail.count === 1 ? "paper" : "papers"} into {list}
        </>
      );
    case "annotation.created":
      return (
        <>
          annotated {paper}
          {e.list ? <> in {list}</> : null}
        </>
      );
    case "annotation.replied":
      return (
        <>
          replied on {paper}
          {e.list ? <> in {list}</> : null}
        </>
      );
    case "list.created":
      return <>published {list}</>;
    case "list.updated":
      return <>updated {list}</>;
    case "list.forked":
      return <>copied a list as {list}</>;
    default:
      return (
        <>
          {e.verb.replace(/[._]/g, " ")}
          {e.list ? <> · {list}</> : null}
        </>
      );
  }
}

function FeedEntry({ e }: { e: Entry }) {
  return (
    <li className="flex gap-3 py-4" data-testid="following-entry">
      <Link href={`/u/${e.actor.handle}`} className="shrink-0 rounded-full" tabIndex={-1} aria-hidden>
        <Avatar name={e.actor.name} src={e.actor.avatarUrl} size="md" />
      </Link>
      <div className="min-w-0 flex-1">
        <p className="text-[15px] leading-relaxed text-ink-muted">
          <Link href={`/u/${e.actor.handle}`} className="font-semibold text-ink hover:text-accent">
            {e.actor.name}
          </Link>{" "}
          <Sentence e={e} />
          {e.team ? (
            <>
              {" "}
              ·{" "}
              <Link href={`/t/${e.team.slug}`} className="text-ink hover:text-accent">
                {e.team.name}
              </Link>
            </>
          ) : null}
        </p>
        {e.annotation?.quote ? (
          <blockquote className="mt-2 border-l-[3px] border-highlight pl-3 font-serif text-[15px] leading-relaxed text-ink-muted italic">
            <span className="line-clamp-3">“{e.annotation.quote}”</span>
          </blockquote>
        ) : null}
        {e.annotation?.bodyHtml.trim() ? (
          <div
            className="mt-2 line-clamp-4 text-[15px] leading-relaxed text-ink [&_a]:text-accent [&_a]:underline [&_p+p]:mt-2"
            dangerouslySetInnerHTML={{ __html: e.annotation.bodyHtml }}
          />
        ) : null}
        {e.detail.note && (e.verb === "item.noted" || e.verb === "item.added") ? (
          <p className="mt-2 line-clamp-3 text-sm leading-relaxed text-ink">{e.detail.note}</p>
        ) : null}
        <TimeAgo date={e.createdAt} className="mt-1 block text-xs text-ink-muted" />
      </div>
    </li>
  );
}

export function FollowingFeed() {
  const trpc = useTRPC();
  const feed = useInfiniteQuery(trpc.follows.feed.infiniteQueryOptions({ limit: 20 }, { getNextPageParam: (last) => last.nextCursor ?? undefined }));
  const entries = feed.data?.pages.flatMap((p) => p.entries) ?? [];
  const followsAnyone = feed.data?.pages[0]?.followsAnyone ?? true;

  if (feed.isLoading) {
    return (
      <div className="grid gap-4" aria-busy="true" aria-label="Loading your feed">
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} className="h-16 rounded-lg" />
        ))}
      </div>
    );
  }
  if (entries.length === 0) {
    return (
      <EmptyState
        icon={<Rss aria-hidden />}
        title={followsAnyone ? "Nothing new yet" : "Follow people and teams"}
        action={
          <Button asChild variant="secondary">
            <Link href="/search">
              <Search aria-hidden /> Find papers and readers
            </Link>
          </Button>
        }
      >
        {followsAnyone
          ? "When the people and teams you follow publish a list, add a paper to one, or annotate in public, it shows up here."
          : "Open someone’s profile or a public team’s page and press Follow: their public lists and annotations will show up here."}
      </EmptyState>
    );
  }
  return (
    <div>
      <ol className="divide-y divide-line rounded-xl border border-line bg-surface px-5 shadow-xs" data-testid="following-feed">
        {entries.map((e) => (
          <FeedEntry key={e.id} e={e} />
        ))}
      </ol>
      {feed.hasNextPage ? (
        <div className="mt-4 flex justify-center">
          <Button variant="secondary" loading={feed.isFetchingNextPage} onClick={() => void feed.fetchNextPage()}>
            Show older
          </Button>
        </div>
      ) : null}
    </div>
  );
}
