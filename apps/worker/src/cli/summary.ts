import type { RunSummary } from "../pipeline/run.ts";

// The ingest CLI's report on stdout: counts, indexing state, and every failure with its reason.

export interface IndexReport {
  indexed: number;
  pending: number;
  lastError?: string;
  skipped?: boolean;
}

export function formatSummary(s: RunSummary, elapsedMs: number, index: IndexReport): string {
  const secs = elapsedMs / 1000;
  const rate = secs > 0 ? s.processed / secs : s.processed;
  const rows: [string, number][] = [
    ["created", s.created],
    ["updated", s.updated],
    ["duplicate", s.duplicate],
    ["failed", s.failed],
    ["total", s.processed],
  ];
  const width = Math.max(5, ...rows.map(([, n]) => n.toLocaleString("en-US").length));
  const lines = [
    `Ingest run ${s.runId}: ${s.processed.toLocaleString("en-US")} items in ${secs.toFixed(1)} s (${rate.toFixed(0)} items/s)`,
    "",
    `  ${"outcome".padEnd(10)} ${"items".padStart(width)}`,
    ...rows.map(([k, n]) => `  ${k.padEnd(10)} ${n.toLocaleString("en-US").padStart(width)}`),
    "",
  ];
  if (index.skipped) lines.push("Search index: not updated (--no-index); a running worker will index these papers.");
  else if (index.pending === 0) lines.push(`Search index: up to date (${index.indexed.toLocaleString("en-US")} documents written).`);
  else
    lines.push(
      `Search index: ${index.pending < 0 ? "some" : index.pending.toLocaleString("en-US")} papers still waiting (${index.lastError ?? "Meilisearch unavailable"}).`,
      "  They stay queued in PostgreSQL; a running worker indexes them once Meilisearch is reachable.",
    );
  if (s.failures.length) {
    lines.push("", `Failures (${s.failed.toLocaleString("en-US")}):`);
    const refWidth = Math.min(48, Math.max(...s.failures.map((f) => f.ref.length)));
    for (const f of s.failures) lines.push(`  ${f.ref.padEnd(refWidth)}  ${f.reason}`);
    if (s.failed > s.failures.length) lines.push(`  … and ${s.failed - s.failures.length} more (see IngestItem rows of run ${s.runId})`);
  }
  return `${lines.join("\n")}\n`;
}
