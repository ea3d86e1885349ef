import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// Run a bench TypeScript file in its own Node process (through tsx, like the worker runs), sample
// its resident memory from /proc while it runs, and collect the one message it sends back.

export const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export function procStatusKb(pid: number, field: "VmRSS" | "VmHWM"): number | null {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** Pids of running processes whose command line (NUL-separated arguments) passes `matches`. */
export function pidsWhere(matches: (cmdline: string) => boolean): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (matches(readFileSync(`/proc/${entry}/cmdline`, "utf8"))) pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

/** CPU time (user + system) of a process in ms, from /proc/<pid>/stat (clock ticks of 10 ms). */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

export interface ChildRun<T> {
  message: T | null;
  exitCode: number | null;
  /** Highest VmRSS seen by sampling (every sampleMs), in kB. */
  peakSampledRssKb: number;
  samples: number;
  /** [seconds since start, VmRSS MB], one point per second: shows whether memory is flat or growing. */
  timeline: [number, number][];
  ms: number;
}

export function spawnTs(file: string, args: string[], env: Record<string, string>, options: { stdio?: "inherit" | "ignore" } = {}): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", path.resolve(BENCH_DIR, file), ...args], {
    cwd: path.resolve(BENCH_DIR, ".."),

    env: { ...process.env, ...env },
    stdio: ["ignore", options.stdio ?? "inherit", options.stdio ?? "inherit", "ipc"],
  });
}

export async function runTsChild<T>(file: string, args: string[], env: Record<string, string>, sampleMs = 100): Promise<ChildRun<T>> {
  const started = performance.now();
  const child = spawnTs(file, args, env);
  let message: T | null = null;
  let peak = 0;
  let samples = 0;
  const timeline: [number, number][] = [];
  let nextPoint = 0;
  child.on("message", (m) => (message = m as T));
  const timer = setInterval(() => {
    const rss = child.pid ? procStatusKb(child.pid, "VmRSS") : null;
    if (rss !== null) {
      samples++;
      peak = Math.max(peak, rss);
      const t = (performance.now() - started) / 1000;
      if (t >= nextPoint) {
        timeline.push([Math.round(t), Math.round(rss / 1024)]);
        nextPoint = Math.floor(t) + 1;
      }
    }
  }, sampleMs);
  const exitCode = await new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  clearInterval(timer);
  return { message, exitCode, peakSampledRssKb: peak, samples, timeline, ms: performance.now() - started };
}
