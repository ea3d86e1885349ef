import { CheckCircle2, CircleDashed, Loader2, RotateCcw, XCircle } from "lucide-react";
import { Badge } from "@commonplace/ui";

export type RunStatus = "QUEUED" | "RUNNING" | "DONE" | "FAILED";
export type ItemOutcome = "CREATED" | "UPDATED" | "DUPLICATE" | "FAILED";

export const isActiveRun = (status: RunStatus) => status === "QUEUED" || status === "RUNNING";

/**
 * A run's state as it is: `waiting` when it is running but no live worker holds any part of it (all busy, or
 * its worker died: another takes it over shortly), and "resumed" once it was taken over and continued after
 * its last saved batch.
 */
export function RunStatusBadge(props: { status: RunStatus; failed?: number; resumed?: number; waiting?: boolean }) {
  const badge = <StatusBadge {...props} />;
  if (!props.resumed) return badge;
  return (
    <span className="inline-flex items-center gap-1.5">
      {badge}
      <Badge variant="neutral" title="Its worker stopped; another worker continued it after its last saved batch.">
        <RotateCcw aria-hidden /> Resumed{props.resumed > 1 ? ` ${props.resumed}×` : ""}
      </Badge>
    </span>
  );
}

function StatusBadge({ status, failed = 0, waiting = false }: { status: RunStatus; failed?: number; waiting?: boolean }) {
  if (status === "RUNNING" && waiting)
    return (
      <Badge variant="highlight" title="No worker is on it right now: it continues as soon as one is free, within a minute if its worker stopped.">
        <CircleDashed aria-hidden /> Waiting for a worker
      </Badge>
    );
  if (status === "QUEUED")
    return (
      <Badge variant="neutral">
        <CircleDashed aria-hidden /> Queued
      </Badge>
    );
  if (status === "RUNNING")
    return (
      <Badge variant="accent">
        <Loader2 aria-hidden className="animate-spin" /> Importing
      </Badge>
    );
  if (status === "FAILED")
    return (
      <Badge variant="danger">
        <XCircle aria-hidden /> Failed
      </Badge>
    );
  return failed > 0 ? (
    <Badge variant="highlight">
      <CheckCircle2 aria-hidden /> Done, {failed} failed
    </Badge>
  ) : (
    <Badge variant="neutral" className="border-success/30 text-success">
      <CheckCircle2 aria-hidden /> Done
    </Badge>
  );
}

export const OUTCOME_LABELS: Record<ItemOutcome, string> = {
  CREATED: "Created",
  UPDATED: "Updated",
  DUPLICATE: "Duplicate",
  FAILED: "Failed",
};

const outcomeClasses: Record<ItemOutcome, string> = {
  CREATED: "border-success/30 bg-[color-mix(in_oklch,var(--color-success)_10%,transparent)] text-success",
  UPDATED: "border-transparent bg-accent-soft text-accent-soft-ink",
  DUPLICATE: "border-line bg-paper-sunken text-ink-muted",
  FAILED: "border-transparent bg-danger-soft text-danger",
};

export function OutcomeBadge({ outcome }: { outcome: ItemOutcome }) {
  return (
    <span className={`inline-flex items-center rounded-full border px-2 py-0.5 text-xs leading-4 font-medium whitespace-nowrap ${outcomeClasses[outcome]}`}>
      {OUTCOME_LABELS[outcome]}
    </span>
  );
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s < 10 ? s.toFixed(1) : Math.round(s)} s`;
  const m = Math.floor(s / 60);
  return `${m} min ${Math.round(s - m * 60)} s`;
}

/** Run labels come from the API ("3 identifier(s)", file names); say the count properly. */
export function runLabel(label: string): string {
  return label.replace(/^(\d+) identifier\(s\)$/, (_, n: string) => (n === "1" ? "1 identifier" : `${n} identifiers`)) || "Import";
}
