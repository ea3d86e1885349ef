import { execFileSync } from "node:child_process";
import os from "node:os";

// Shared printing: percentiles, medians over repeats, aligned text tables (also valid Markdown).

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

export const median = (values: readonly number[]) => percentile(values, 50);

/** A Markdown table whose columns also line up as plain text. First column left-aligned, others right. */
export function table(head: string[], rows: (string | number)[][]): string {
  const body = rows.map((r) => r.map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `:${"-".repeat(w + 1)}` : `${"-".repeat(w + 1)}:`)).join("|")}|`;
  return [line(head), rule, ...body.map(line)].join("\n");
}

export const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "–");
export const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString("en") : "–");

/** The machine in general terms (no host names or paths): cores, CPU model, RAM, OS, Node. */
export function machine(): string {
  const cpu = os.cpus()[0]?.model?.replace(/\s+/g, " ").trim() ?? "unknown CPU";
  let osName = `${os.type()} ${os.release()}`;
  try {
    const pretty = /PRETTY_NAME="([^"]+)"/.exec(execFileSync("cat", ["/etc/os-release"], { encoding: "utf8" }))?.[1];
    if (pretty) osName = `${pretty}, kernel ${os.release()}`;
  } catch {
    // keep os.type()
  }
  return `${os.availableParallelism()} vCPU (${cpu}), ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM, ${osName}, Node ${process.version}`;
}

export function loadAverage(): string {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" / ");
}
