"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { AlertCircle, ArrowUpRight } from "lucide-react";
import { Alert, Card, Skeleton, cn } from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { OUTCOME_LABELS, OutcomeBadge, RunStatusBadge, formatDuration, isActiveRun, runLabel, type ItemOutcome } from "./run-status";
import { TimeAgo } from "@/components/time-ago";

const SOURCE_NAMES: Record<string, string> = { upload: "Upload", paste: "Pasted text", seed: "Demo corpus", cli: "Command line", identifiers: "Identifiers" };

/**
 * One import run, live: polls every second while it is queued or running, then stops. Shows progress,
 * the counters, and each item's outcome (with the reason when it failed, and a link when a paper exists).
 */
export function RunPanel({ runId, className }: { runId: string; className?: string }) {
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.ingest.run.queryOptions({ id: runId }),
    refetchInterval: (q) => (!q.state.data || isActiveRun(q.state.data.status) ? 1000 : false),
    staleTime: 0,
  });
  const run = query.data;

  if (query.isError && !run) {
    return (
      <Alert variant="danger" className={className}>
        <AlertCircle aria-hidden />
        <span>{query.error.data?.code === "NOT_FOUND" ? "There is no import with this id." : "This import’s status could not be loaded. Retrying…"}</span>
      </Alert>
    );
  }
  if (!run) return <RunPanelSkeleton className={className} />;

  const active = isActiveRun(run.status);
  const total = Math.max(run.total, run.processed);
  const fraction = total > 0 ? run.processed / total : active ? 0 : 1;
  const finished = run.finishedAt ? formatDuration(run.finishedAt.getTime() - run.createdAt.getTime()) : null;

  return (
    <Card className={cn("overflow-hidden", className)} data-testid="run-panel" data-status={run.status}>
      <div className="grid gap-4 p-5 sm:p-6">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <h2 className="truncate text-[15px] font-semibold tracking-tight text-ink" title={run.label}>
              {runLabel(run.label)}
            </h2>
            <p className="mt-0.5 text-xs text-ink-muted">
              {SOURCE_NAMES[run.source] ?? run.source} · started <TimeAgo date={run.createdAt} />
              {finished ? ` · took ${finished}` : null}
            </p>
          </div>
          <RunStatusBadge status={run.status} failed={run.failed} resumed={run.resumed} waiting={run.waiting} />
        </div>

        <div>
          <div className="flex items-baseline justify-between text-xs text-ink-muted tabular-nums">
            <span>
              {run.status === "QUEUED" ? "Waiting for a worker…" : `${run.processed.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} items`}
            </span>
            <span>{Math.round(fraction * 100)}%</span>
          </div>
          <div
            role="progressbar"
            aria-label="Import progress"
            aria-valuemin={0}
            aria-valuemax={total || 1}
            aria-valuenow={run.processed}
            className="mt-1.5 h-2 overflow-hidden rounded-full bg-paper-sunken ring-1 ring-line ring-inset"
          >
            <div
              className={cn(
                "h-full rounded-full transition-[width] duration-500",
                run.status === "FAILED" ? "bg-danger" : active ? "bg-accent" : run.failed > 0 ? "bg-highlight" : "bg-success",
                run.status === "QUEUED" && "w-1/4 animate-shimmer",
              )}
              style={run.status === "QUEUED" ? undefined : { width: `${Math.max(2, fraction * 100)}%` }}
            />
          </div>
        </div>

        <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4" data-testid="run-counters">
          {(["CREATED", "UPDATED", "DUPLICATE", "FAILED"] as const).map((outcome) => {
            const value = run[outcome.toLowerCase() as "created" | "updated" | "duplicate" | "failed"];
            return (
              <div key={outcome} className="rounded-lg border border-line bg-paper-sunken/50 px-3 py-2">
                <dt className="text-xs text-ink-muted">{OUTCOME_LABELS[outcome]}</dt>
                <dd className={cn("text-xl font-semibold tabular-nums", outcome === "FAILED" && value > 0 ? "text-danger" : "text-ink")}>{value}</dd>
              </div>
            );
          })}
        </dl>

        {run.error ? (
          <Alert variant="danger">
            <AlertCircle aria-hidden />
            <span>{run.error}</span>
          </Alert>
        ) : null}
      </div>

      {run.items.length > 0 ? <OutcomeTable items={run.items} total={run.processed} /> : null}
    </Card>
  );
}

type Item = { ref: string; outcome: ItemOutcome; title: string | null; reason: string | null; paperId: string | null };

function OutcomeTable({ items, total }: { items: Item[]; total: number }) {
  const [filter, setFilter] = useState<ItemOutcome | "ALL">("ALL");
  const counts = items.reduce<Record<string, number>>((acc, item) => ((acc[item.outcome] = (acc[item.outcome] ?? 0) + 1), acc), {});
  const shown = filter === "ALL" ? items : items.filter((i) => i.outcome === filter);
  const tabs = (["ALL", "CREATED", "UPDATED", "DUPLICATE", "FAILED"] as const).filter((t) => t === "ALL" || counts[t]);

  return (
    <div className="border-t border-line">
      <div className="flex flex-wrap items-center gap-1 px-5 pt-3 sm:px-6" role="group" aria-label="Show items">
        {tabs.map((tab) => (
          <button
            key={tab}
            type="button"
            aria-pressed={filter === tab}
            onClick={() => setFilter(tab)}
            className={cn(
              "inline-flex h-7 items-center gap-1.5 rounded-md px-2.5 text-xs font-medium transition-colors",
              filter === tab ? "bg-ink text-paper" : "text-ink-muted hover:bg-paper-sunken hover:text-ink",
            )}
          >
            {tab === "ALL" ? "All" : OUTCOME_LABELS[tab]}
            <span className="tabular-nums opacity-70">{tab === "ALL" ? items.length : counts[tab]}</span>
          </button>
        ))}
      </div>
      <div className="mt-2 max-h-[28rem] overflow-y-auto">
        <table className="w-full table-fixed text-left text-sm" data-testid="outcome-table">
          <thead className="sticky top-0 z-10 bg-surface text-xs text-ink-subtle">
            <tr className="border-b border-line">
              <th scope="col" className="w-28 py-2 pl-5 font-medium sm:pl-6">
                Outcome
              </th>
              <th scope="col" className="py-2 pr-5 font-medium sm:pr-6">
                Item
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {shown.map((item, i) => (
              <tr key={`${item.ref}-${i}`} data-outcome={item.outcome} className="align-top">
                <td className="py-2.5 pl-5 sm:pl-6">
                  <OutcomeBadge outcome={item.outcome} />
                </td>
                <td className="min-w-0 py-2.5 pr-5 sm:pr-6">
                  {item.paperId ? (
                    <Link href={`/papers/${item.paperId}`} className="group inline-flex items-start gap-1 font-medium text-ink hover:text-accent">
                      <span className="line-clamp-2">{item.title ?? item.ref}</span>
                      <ArrowUpRight aria-hidden className="mt-0.5 size-3.5 shrink-0 text-ink-subtle group-hover:text-accent" />
                    </Link>
                  ) : (
                    <span className="line-clamp-2 font-medium text-ink">{item.title ?? item.ref}</span>
                  )}
                  {item.title ? <p className="mt-0.5 truncate font-mono text-xs text-ink-subtle">{item.ref}</p> : null}
                  {item.reason ? (
                    <p className={cn("mt-1 text-[13px] leading-snug", item.outcome === "FAILED" ? "text-danger" : "text-ink-muted")}>{item.reason}</p>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {total > items.length ? (
        <p className="border-t border-line px-5 py-2.5 text-xs text-ink-subtle sm:px-6">
          Showing the first {items.length.toLocaleString("en-US")} of {total.toLocaleString("en-US")} items; failures are listed first.
        </p>
      ) : null}
    </div>
  );
}

export function RunPanelSkeleton({ className }: { className?: string }) {
  return (
    <Card className={cn("p-5 sm:p-6", className)} aria-busy="true">
      <span className="sr-only">Loading the import…</span>
      <Skeleton className="h-5 w-1/3" />
      <Skeleton className="mt-2 h-3.5 w-1/4" />
      <Skeleton className="mt-5 h-2 w-full rounded-full" />
      <div className="mt-4 grid grid-cols-2 gap-2 sm:grid-cols-4">
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} className="h-14 rounded-lg" />
        ))}
      </div>
    </Card>
  );
}
