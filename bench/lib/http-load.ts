import autocannon from "autocannon";
import { percentile } from "./report.ts";

// One autocannon run against a set of paths on a server: keep-alive connections cycling through the
// paths (a shared counter, so N connections still spread over the whole mix). Every response's time
// is recorded (autocannon's own histogram has no p95), and statuses outside `ok` count as errors.

export interface LoadTarget {
  name: string;
  paths: string[];
  /** Statuses that are the expected answer (e.g. health is 503 "degraded" when no worker runs). */
  ok?: number[];
}

export interface LoadResult {
  name: string;
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  /** Socket errors + timeouts + responses with a status outside `ok`. */
  errors: number;
  statuses: Record<string, number>;
  latencyMs: number[];
  meanBytes: number;
}

export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  n: number;
}

export function summarize(samples: readonly number[]): LatencySummary {
  const mean = samples.length ? samples.reduce((a, b) => a + b, 0) / samples.length : NaN;
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99), mean, n: samples.length };
}

/** `amount`: stop after that many requests instead of after `seconds` (e.g. one visit of every path). */
export async function runLoad(base: string, target: LoadTarget, options: { connections: number; seconds: number; amount?: number }): Promise<LoadResult> {
  const ok = new Set(target.ok ?? [200]);
  let next = 0;
  const latencyMs: number[] = [];
  const statuses: Record<string, number> = {};
  let bytes = 0;
  let bad = 0;
  const instance = autocannon({
    url: base,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.seconds }),
    timeout: 30,
    requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: target.paths[next++ % target.paths.length]! }) }],
  });
  instance.on("response", (_client, status, resBytes, responseTime) => {
    latencyMs.push(responseTime);
    statuses[status] = (statuses[status] ?? 0) + 1;
    bytes += resBytes;
    if (!ok.has(status)) bad++;
  });
  const result = await instance;
  return {
    name: target.name,
    connections: options.connections,
    seconds: result.duration,
    requests: latencyMs.length,
    rps: latencyMs.length / result.duration,
    errors: result.errors + bad,
    statuses,
    latencyMs,
    meanBytes: latencyMs.length ? bytes / latencyMs.length : 0,
  };
}
