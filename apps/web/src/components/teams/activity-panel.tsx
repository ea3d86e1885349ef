"use client";

import Link from "next/link";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Activity } from "lucide-react";
import type { ReactNode } from "react";
import { Avatar, Button, Skeleton } from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { EmptyState } from "@/components/lists/page-header";
import { markdownToText } from "@commonplace/formats/markdown";
import { statusLabels, visibilityInfo, type ReadingStatus, type Visibility } from "@/components/lists/labels";
import type { RouterOutputs } from "@/components/lists/types";
import { TimeAgo } from "@/components/time-ago";

type Entry = RouterOutputs["activity"]["team"]["entries"][number];

const visibilityWords = (v: unknown) => (typeof v === "string" && v in visibilityInfo ? visibilityInfo[v as Visibility].label.toLowerCase() : null);

/** "made Reading week 3 public", "renamed Old to New", "changed the description of …" — what a list update did. */
function listChange(e: Entry, list: ReactNode) {
  const fields = Array.isArray(e.data.fields) ? (e.data.fields as string[]) : [];
  const parts: ReactNode[] = [];
  const to = visibilityWords(e.data.to);
  if (fields.includes("visibility") && to)
    parts.push(
      <>
        made {list} {to}
      </>,
    );
  if (fields.includes("title"))
    parts.push(
      typeof e.data.fromTitle === "string" ? (
        <>
          renamed “{e.data.fromTitle}” to {list}
        </>
      ) : (
        <>renamed {list}</>
      ),
    );
  if (fields.includes("description")) parts.push(<>changed the description of {list}</>);
  if (parts.length === 0) return <>edited {list}</>;
  return parts.map((p, i) => (
    <span key={i}>
      {i > 0 ? (i === parts.length - 1 ? " and " : ", ") : null}
      {p}
    </span>
  ));
}

/** "Ada added “Attention…” to Reading week 3" — one sentence per verb, unknown verbs said plainly. */
function describe(e: Entry) {
  const paper = e.paper ? (
    <Link href={`/papers/${e.paper.id}`} className="font-medium text-ink hover:text-accent">
      “{e.paper.title}”
    </Link>
  ) : (
    "a paper"
  );
  const list = e.list ? (
    <Link href={`/lists/${e.list.id}`} className="font-medium text-ink hover:text-accent">
      {e.list.title}
    </Link>
  ) : (
    "a list"
  );
  const status = typeof e.data.to === "string" && e.data.to in statusLabels ? statusLabels[e.data.to as ReadingStatus].toLowerCase() : null;
  const count = typeof e.data.count === "number" ? e.data.count : null;
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
          marked {paper} as {status ?? "updated"} in {list}
        </>
      );
    case "item.assigned":
      return (
        <>
          {e.data.assigneeId ? "assigned" : "unassigned"} {paper} in {list}
        </>
      );
    case "item.tagged":
      return (
        <>
          tagged {paper} in {list}
        </>
      );
    case "items.imported":
      return (
        <>
          imported {count ?? "some"} {count === 1 ? "paper" : "papers"} into {list}
        </>
      );
    case "annotation.created":
      return <>commented on {paper}</>;
    case "annotation.replied":
      return <>replied to a discussion on {paper}</>;
    case "list.created":
      return <>created {list}</>;
    case "list.updated":
      return <>{listChange(e, list)}</>;
    case "list.deleted":
      return <>deleted a list</>;
    case "list.forked":
      return <>copied {list}</>;
    case "member.joined":
      return <>joined the team</>;
    case "member.left":
      return <>left the team</>;
    case "member.removed":
      return <>removed a member</>;
    case "member.role":
      return <>changed a member’s role{typeof e.data.to === "string" ? <> to {e.data.to.toLowerCase()}</> : null}</>;
    case "team.created":
      return <>created the team</>;
    case "team.updated":
      return <>updated the team’s details</>;
    default:
      return (
        <>
          did something ({e.verb.replace(/[._]/g, " ")}){e.paper ? <> on {paper}</> : null}
          {e.list ? <> in {list}</> : null}
        </>
      );
  }
}

export function ActivityPanel({ teamSlug }: { teamSlug: string }) {
  const trpc = useTRPC();
  const feed = useInfiniteQuery(trpc.activity.team.infiniteQueryOptions({ teamSlug, limit: 20 }, { getNextPageParam: (last) => last.nextCursor ?? undefined }));
  const entries = feed.data?.pages.flatMap((p) => p.entries) ?? [];

  if (feed.isLoading) return <Skeleton className="h-48 rounded-xl" />;
  if (entries.length === 0) {
    return (
      <EmptyState icon={<Activity aria-hidden />} title="Nothing has happened yet">
        When people add papers, write notes or change lists, it shows up here.
      </EmptyState>
    );
  }
  return (
    <div className="max-w-3xl">
      <ol
        className="relative grid gap-0.5 before:absolute before:top-3 before:bottom-3 before:left-[15px] before:w-px before:bg-line"
        data-testid="activity-feed"
      >
        {entries.map((e) => (
          <li key={e.id} className="relative flex gap-3 py-2.5">
            <Avatar name={e.actor.name} size="md" className="ring-4 ring-paper" />
            <p className="min-w-0 flex-1 pt-1 text-sm leading-relaxed text-ink-muted">
              <span className="font-medium text-ink">{e.actor.name}</span> {describe(e)}
              {(e.verb === "item.noted" || e.verb === "item.added") && typeof e.data.note === "string" && e.data.note ? (
                <span className="mt-1 line-clamp-2 block border-l-2 border-line-strong pl-2.5 font-serif text-ink">{markdownToText(e.data.note)}</span>
              ) : null}
              <span className="ml-2 text-xs whitespace-nowrap text-ink-subtle">
                <TimeAgo date={e.createdAt} />
              </span>
            </p>
          </li>
        ))}
      </ol>
      {feed.hasNextPage ? (
        <Button variant="secondary" size="sm" className="mt-4" loading={feed.isFetchingNextPage} onClick={() => void feed.fetchNextPage()}>
          Show older activity
        </Button>
      ) : null}
    </div>
  );
}
