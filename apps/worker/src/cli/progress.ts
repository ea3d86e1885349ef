import type { RunProgress } from "../pipeline/run.ts";

// Progress for the ingest CLI on stderr: a redrawn bar when stderr is a terminal, a plain line every
// few seconds otherwise (CI logs, pipes). stdout stays free for the summary.

export interface ProgressState extends RunProgress {
  sourceCount: number;
}

export function overallFraction(p: ProgressState): number | null {
  if (p.sourceCount <= 0 || p.sourceIndex <= 0) return null;
  return Math.min(1, (p.sourceIndex - 1 + p.sourceFraction) / p.sourceCount);
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "--:--";
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

/** "[#####-----]  50% 2/4 papers.jsonl · 1,200 items · 340/s · ETA 0:04" */
export function formatProgress(p: ProgressState, elapsedMs: number, width = 24): string {
  const f = overallFraction(p);
  const rate = elapsedMs > 0 ? (p.processed * 1000) / elapsedMs : 0;
  const eta = f && f > 0 && f < 1 ? ((elapsedMs / 1000) * (1 - f)) / f : f === 1 ? 0 : NaN;
  const filled = f === null ? 0 : Math.round(f * width);
  const bar = `[${"#".repeat(filled)}${"-".repeat(width - filled)}]`;
  const pct = f === null ? "  ?%" : `${String(Math.floor(f * 100)).padStart(3)}%`;
  const failed = p.failed ? ` · ${p.failed.toLocaleString("en-US")} failed` : "";
  return `${bar} ${pct} ${p.sourceIndex}/${p.sourceCount} ${p.source} · ${p.processed.toLocaleString("en-US")} items${failed} · ${Math.round(rate).toLocaleString("en-US")}/s · ETA ${formatDuration(eta)}`;
}

export class ProgressReporter {
  private readonly started = Date.now();
  private lastDraw = 0;
  private last: ProgressState | null = null;

  constructor(
    private readonly out: NodeJS.WriteStream,
    private readonly sourceCount: number,
    private readonly options: { tty: boolean; lineEveryMs?: number } = { tty: false },
  ) {}

  update(p: RunProgress): void {
    this.last = { ...p, sourceCount: this.sourceCount };
    const now = Date.now();
    const every = this.options.tty ? 100 : (this.options.lineEveryMs ?? 5000);
    if (now - this.lastDraw < every) return;
    this.lastDraw = now;
    this.draw();
  }

  done(): void {
    if (this.last) this.draw();
    if (this.options.tty && this.last) this.out.write("\n");
  }

  private draw(): void {
    if (!this.last) return;
    const line = formatProgress(this.last, Date.now() - this.started);
    if (this.options.tty) {
      const cols = this.out.columns ?? 120;
      this.out.write(`\r\x1b[K${line.slice(0, Math.max(20, cols - 1))}`);
    } else {
      this.out.write(`ingest: ${line}\n`);
    }
  }
}
