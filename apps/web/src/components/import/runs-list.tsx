"use client";

import Link from "next/link";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { AlertCircle, ArrowRight, ChevronRight, FileUp, Inbox } from "lucide-react";
import { Alert, Button, Skeleton, cn } from "@commonplace/ui";
import { useTRPC } from "@/trpc/react";
import { RunStatusBadge, isActiveRun, runLabel, type RunStatus } from "./run-status";
import { TimeAgo } from "@/components/time-ago";

const PAGE = 20;

type RunSummary = {
  id: string;
  source: string;
  label: string;
  status: RunStatus;
  total: number;
  processed: number;
  created: number;
  updated: number;
  duplicate: number;
  failed: number;
  createdAt: Date;
  finishedAt: Date | null;
  error: string | null;
  resumed: number;
  waiting: boolean;
};

/** Past imports, newest first, "failed only" in the URL (?failed=1); each row expands to its failures. */
export function RunsList() {
  const trpc = useTRPC();
  const searchParams = useSearchParams();
  const failedOnly = searchParams.get("failed") === "1";
  const query = useInfiniteQuery({
    ...trpc.ingest.runs.infiniteQueryOptions({ limit: PAGE, failedOnly }, { getNextPageParam: (last) => last.nextCursor ?? undefined }),
    // Keep the list fresh while something is still importing.
    refetchInterval: (q) => (q.state.data?.pages.some((p) => p.runs.some((r) => isActiveRun(r.status))) ? 2000 : false),
  });
  const runs = query.data?.pages.flatMap((p) => p.runs) ?? [];

  function setFailedOnly(value: boolean) {
    window.history.pushState(null, "", value ? "/admin/ingest?failed=1" : "/admin/ingest");
  }

  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="inline-flex items-center gap-0.5 rounded-lg border border-line bg-paper-sunken p-0.5" role="group" aria-label="Show runs">
          {[
            { value: false, label: "All runs" },
            { value: true, label: "With failures" },
          ].map((option) => (
            <button
              key={option.label}
              type="button"
              aria-pressed={failedOnly === option.value}
              onClick={() => setFailedOnly(option.value)}
              className="inline-flex h-7 items-center rounded-md px-2.5 text-xs font-medium text-ink-muted transition-colors hover:text-ink aria-pressed:bg-surface-raised aria-pressed:text-ink aria-pressed:shadow-sm"
            >
              {option.label}
            </button>
          ))}
        </div>
        <Button asChild size="sm">
          <Link href="/import">
            <FileUp aria-hidden /> New import
          </Link>
        </Button>
      </div>

      <div className="mt-4 overflow-hidden rounded-xl border border-line bg-surface shadow-xs">
        {query.isError ? (
          <div className="p-5">
            <Alert variant="danger">
              <AlertCircle aria-hidden />
              <span>Past imports could not be loaded. {query.error.message}</span>
            </Alert>
          </div>
        ) : query.isPending ? (
          <ul aria-busy="true" className="divide-y divide-line">
            {Array.from({ length: 5 }, (_, i) => (
              <li key={i} className="flex items-center gap-4 px-5 py-4">
                <Skeleton className="h-5 w-16 rounded-full" />
                <Skeleton className="h-4 flex-1" />
                <Skeleton className="h-4 w-24" />
              </li>
            ))}
          </ul>
        ) : runs.length === 0 ? (
          <div className="flex flex-col items-center px-6 py-14 text-center">
            <span className="inline-flex size-11 items-center justify-center rounded-full bg-paper-sunken text-ink-subtle">
              <Inbox aria-hidden className="size-5" />
            </span>
            <p className="mt-3 font-medium text-ink">{failedOnly ? "No imports with failures" : "No imports yet"}</p>
            <p className="mt-1 max-w-sm text-sm text-ink-muted">
              {failedOnly ? "Every import so far went through cleanly." : "Imports from the web, the command line and first boot show up here."}
            </p>
          </div>
        ) : (
          <ul className="divide-y divide-line" data-testid="runs-list">
            {runs.map((run) => (
              <RunRow key={run.id} run={run} />
            ))}
          </ul>
        )}
      </div>

      {query.hasNextPage ? (
        <div className="mt-4 flex justify-center">
          <Button variant="secondary" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
            Load older imports
          </Button>
        </div>
      ) : null}
    </div>
  );
}

const SOURCE_NAMES: Record<string, string> = { upload: "Upload", paste: "Paste", seed: "First boot", cli: "CLI", identifiers: "Identifiers" };

function RunRow({ run }: { run: RunSummary }) {
  const [open, setOpen] = useState(false);
  const panelId = `run-${run.id}-failures`;
  return (
    <li data-testid="run-row" data-run-id={run.id}>
      <div className="flex items-center gap-3 px-4 py-3 sm:gap-4 sm:px-5">
        <button
          type="button"
          onClick={() => setOpen(!open)}
          aria-expanded={open}
          aria-controls={panelId}
          aria-label={open ? "Hide details" : "Show details"}
          className="inline-flex size-7 shrink-0 items-center justify-center rounded-md text-ink-subtle transition-colors hover:bg-paper-sunken hover:text-ink"
        >
          <ChevronRight aria-hidden className={cn("size-4 transition-transform", open && "rotate-90")} />
        </button>
        <div className="min-w-0 flex-1">
          <Link href={`/admin/ingest/${run.id}`} className="block truncate text-sm font-medium text-ink hover:text-accent" title={run.label}>
            {runLabel(run.label)}
          </Link>
          <p className="mt-0.5 text-xs text-ink-muted">
            {SOURCE_NAMES[run.source] ?? run.source} · <TimeAgo date={run.createdAt} />
          </p>
        </div>
        <Counters run={run} />
        <RunStatusBadge status={run.status} failed={run.failed} resumed={run.resumed} waiting={run.waiting} />
      </div>
      {open ? <RunFailures id={panelId} run={run} /> : null}
    </li>
  );
}

function Counters({ run }: { run: RunSummary }) {
  const parts = [
    { n: run.created, label: "created", cls: "text-success" },
    { n: run.updated, label: "updated", cls: "text-accent" },
    { n: run.duplicate, label: "duplicate", cls: "text-ink-muted" },
    { n: run.failed, label: "failed", cls: "text-danger" },
  ];
  const shown = parts.filter((p) => p.n > 0);
  return (
    <p className="hidden shrink-0 items-center gap-3 text-xs tabular-nums text-ink-subtle md:flex">
      {shown.length === 0 ? <span>No items yet</span> : null}
      {shown.map((p) => (
        <span key={p.label} className={p.cls}>
          <span className="font-semibold">{p.n.toLocaleString("en-US")}</span> {p.label}
        </span>
      ))}
    </p>
  );
}

function RunFailures({ id, run }: { id: string; run: RunSummary }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.ingest.run.queryOptions({ id: run.id }));
  const failures = query.data?.items.filter((i) => i.outcome === "FAILED") ?? [];
  return (
    <div id={id} className="border-t border-line bg-paper-sunken/50 px-4 py-3 sm:pl-16">
      <p className="text-xs text-ink-muted tabular-nums md:hidden">
        {run.created} created · {run.updated} updated · {run.duplicate} duplicate · {run.failed} failed
      </p>
      {run.error ? <p className="mt-1 text-sm text-danger">{run.error}</p> : null}
      {query.isPending ? (
        <Skeleton className="mt-2 h-4 w-2/3" />
      ) : failures.length > 0 ? (
        <ul className="mt-1 grid gap-2">
          {failures.slice(0, 5).map((item, i) => (
            <li key={`${item.ref}-${i}`} className="text-sm">
              <span className="font-mono text-xs text-ink-muted">{item.ref}</span>
              <p className="text-danger">{item.reason ?? "Failed"}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-ink-muted">No failed items.</p>
      )}
      <Link href={`/admin/ingest/${run.id}`} className="mt-3 inline-flex items-center gap-1 text-sm font-medium text-accent hover:underline">
        {failures.length > 5 ? `All ${run.failed} failures and outcomes` : "Every item’s outcome"} <ArrowRight aria-hidden className="size-3.5" />
      </Link>
    </div>
  );
}
