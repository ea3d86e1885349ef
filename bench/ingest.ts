// Ingest bench: a synthetic arXiv JSONL file → searchable, through the real pipeline vs a raw baseline
// measured in the same run, on the same PostgreSQL cluster and Meilisearch server.
//
//   npx tsx bench/ingest.ts [--size 10k|100k|1m] [--repeat <n>] [--pipeline-only] [--no-heap-cap]
//
// pipeline: the worker's ingest path in a child process (ingestPaths: stream-parse → normalize →
//   dedupe → persist with outbox rows → drainAll to Meilisearch), peak RSS sampled from /proc and
//   the child's own VmHWM. Timed from the call to "every outbox row delivered".
// raw: JSON.parse + multi-row INSERT … unnest + addDocuments in 10k batches (see lib/raw-load.ts).
// Each repeat uses a fresh database and index; the order of the two alternates between repeats.
import { pathToFileURL } from "node:url";
import pg from "pg";
import { createSearchClient } from "@commonplace/search";
import { WORKER_NODE_OPTIONS } from "@commonplace/worker/heap";
import { ensureCorpus, parseSize, sizeLabel } from "./corpus/generate.ts";
import { runTsChild } from "./lib/proc.ts";
import { rawLoad } from "./lib/raw-load.ts";
import { batchShape, describeShape, type BatchShape } from "./lib/meili-batches.ts";
import { fmt, int, loadAverage, median, table } from "./lib/report.ts";
import { startServices, stopOnSignal, type BenchServices } from "./lib/services.ts";

export interface PipelineRun {
  ms: number;
  persistMs: number;
  papers: number;
  created: number;
  failed: number;
  indexedDocs: number;
  peakRssMb: number;
  vmHwmMb: number | null;
  exitCode: number | null;
  /** [seconds, VmRSS MB] once a second. */
  timeline: [number, number][];
  /** [ms, items persisted] once a second (the run's counters in PostgreSQL). */
  progress: [number, number][];
  shape: BatchShape | null;
}

export interface RawRun {
  ms: number;
  pgMs: number;
  papers: number;
  indexedDocs: number;
  /** [ms, papers committed] after each PostgreSQL batch. */
  progress: [number, number][];
  shape: BatchShape | null;
}

export interface IngestBenchResult {
  papers: number;
  corpusMb: number;
  repeat: number;
  pipeline: PipelineRun[];
  raw: RawRun[];
  markdown: string;
}

interface ChildReport {
  ms: number;
  exitCode: number;
  summary?: { created: number; failed: number; processed: number; runId: string; failures: { ref: string; reason: string }[] };
  index?: { indexed: number; pending: number; lastError?: string };
  vmHwmKb: number | null;
}

async function docCount(s: BenchServices, prefix: string): Promise<number> {
  const client = createSearchClient({ host: s.meiliHost, apiKey: s.meiliKey, indexPrefix: prefix });
  return (await client.meili.index(client.indexes.papers).getStats()).numberOfDocuments;
}

async function dropIndex(s: BenchServices, prefix: string): Promise<void> {
  const client = createSearchClient({ host: s.meiliHost, apiKey: s.meiliKey, indexPrefix: prefix });
  for (const uid of [client.indexes.papers, client.indexes.terms])
    await client.meili
      .index(uid)
      .delete()
      .waitTask({ timeout: 600_000 })
      .catch(() => undefined);
}

async function runPipeline(s: BenchServices, file: string, round: number, heapCap: boolean, log: (s: string) => void): Promise<PipelineRun> {
  const databaseUrl = await s.databaseUrlFor(`pipe_${round}`);
  const prefix = `pipe${round}_`;
  const env = {
    ...s.env(prefix),
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: "warn",
    // The default task timeout, as users get it: a task queued behind a dozen others is waited on (awaitTask).
    INGEST_CLI_INDEX_WAIT_MS: "600000",
    // The heap cap the launcher gives the worker process (apps/worker/src/heap.ts), unless --no-heap-cap.
    NODE_OPTIONS: heapCap ? WORKER_NODE_OPTIONS : "",
  };
  const progress = await sampleProgress(databaseUrl);
  const child = await runTsChild<ChildReport>("lib/ingest-child.ts", [file], env).finally(() => progress.stop());
  const r = child.message;
  if (!r) throw new Error(`pipeline child exited with ${child.exitCode} and no report`);
  if (r.summary?.failures.length) log(`  pipeline failures (first): ${JSON.stringify(r.summary.failures.slice(0, 2))}`);
  if (r.index?.lastError) log(`  pipeline index error: ${r.index.lastError}`);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const { rows } = await db.query<{ ms: number }>(`SELECT EXTRACT(EPOCH FROM ("finishedAt" - "startedAt")) * 1000 AS ms FROM "IngestRun" WHERE id = $1`, [
    r.summary?.runId,
  ]);
  await db.end();
  const indexedDocs = await docCount(s, prefix);
  const shape = await batchShape(s.meiliHost, s.meiliKey, `${prefix}papers`).catch(() => null);
  await dropIndex(s, prefix);
  return {
    shape,
    ms: r.ms,
    persistMs: Number(rows[0]?.ms ?? NaN),
    papers: r.summary?.processed ?? 0,
    created: r.summary?.created ?? 0,
    failed: r.summary?.failed ?? 0,
    indexedDocs,
    peakRssMb: child.peakSampledRssKb / 1024,
    vmHwmMb: r.vmHwmKb === null ? null : r.vmHwmKb / 1024,
    exitCode: r.exitCode,
    timeline: child.timeline,
    progress: progress.series,
  };
}

async function runRaw(s: BenchServices, file: string, round: number): Promise<RawRun> {
  const databaseUrl = await s.databaseUrlFor(`raw_${round}`);
  const prefix = `raw${round}_`;
  const started = performance.now();
  const progress: [number, number][] = [];
  const onProgress = (n: number) => progress.push([performance.now() - started, n]);
  const r = await rawLoad({ file, databaseUrl, meiliHost: s.meiliHost, meiliKey: s.meiliKey, indexPrefix: prefix, onProgress });
  const indexedDocs = await docCount(s, prefix);
  const shape = await batchShape(s.meiliHost, s.meiliKey, `${prefix}papers`).catch(() => null);
  await dropIndex(s, prefix);
  return { ms: r.ms, pgMs: r.pgDoneMs, papers: r.papers, indexedDocs, progress, shape };
}

export async function benchIngest(options: {
  papers: number;
  repeat: number;
  pipelineOnly?: boolean;
  /** Run the pipeline child with the worker's heap cap (default true, like the launcher). */
  heapCap?: boolean;
  log?: (s: string) => void;
}): Promise<IngestBenchResult> {
  const log = options.log ?? console.log;
  const corpus = await ensureCorpus(options.papers, { log });
  log(`corpus: ${sizeLabel(corpus.papers)} papers, ${(corpus.bytes / 1048576).toFixed(0)} MB`);
  const loadStart = loadAverage();
  const s = await startServices("ingest");
  const release = stopOnSignal(s);
  const pipeline: PipelineRun[] = [];
  const raw: RawRun[] = [];
  try {
    for (let round = 0; round < options.repeat; round++) {
      const order = options.pipelineOnly ? ["pipeline"] : round % 2 === 0 ? ["raw", "pipeline"] : ["pipeline", "raw"];
      for (const which of order) {
        if (which === "raw") {
          const r = await runRaw(s, corpus.path, round);
          raw.push(r);
          log(
            `  round ${round + 1} raw:      ${fmt(r.ms / 1000)} s (PostgreSQL ${fmt(r.pgMs / 1000)} s), ${int(r.papers / (r.ms / 1000))} papers/s, ${int(r.indexedDocs)} docs indexed`,
          );
        } else {
          const p = await runPipeline(s, corpus.path, round, options.heapCap ?? true, log);
          pipeline.push(p);
          log(
            `  round ${round + 1} pipeline: ${fmt(p.ms / 1000)} s (persist ${fmt(p.persistMs / 1000)} s), ${int(p.papers / (p.ms / 1000))} papers/s, ` +
              `${int(p.indexedDocs)} docs indexed, peak RSS ${fmt(p.peakRssMb, 0)} MB (VmHWM ${fmt(p.vmHwmMb ?? NaN, 0)} MB), exit ${p.exitCode}`,
          );
        }
      }
    }
  } finally {
    release();
    await s.stop();
  }
  const papers = corpus.papers;
  const flatness = (name: string, t: { first: number; last: number }[]) => {
    const [first, last] = [median(t.map((x) => x.first)), median(t.map((x) => x.last))];
    return (
      `${name}: PostgreSQL phase ${int(first)} papers/s over the first tenth (papers 1–11 %), ${int(last)} over the last (90–100 %): ` +
      `**${fmt(last / first, 2)}×**${name === "pipeline" ? ` (target ≥ 0.5×: ${last / first >= 0.5 ? "met" : "NOT met"})` : ""}`
    );
  };
  const pRate = median(pipeline.map((p) => p.papers / (p.ms / 1000)));
  const rRate = median(raw.map((r) => r.papers / (r.ms / 1000)));
  const peakRss = Math.max(...pipeline.map((p) => Math.max(p.peakRssMb, p.vmHwmMb ?? 0)));
  const rows: (string | number)[][] = [
    [
      "pipeline (ingestPaths + drainAll)",
      fmt(median(pipeline.map((p) => p.ms)) / 1000),
      fmt(median(pipeline.map((p) => p.persistMs)) / 1000),
      fmt(median(pipeline.map((p) => p.ms - p.persistMs)) / 1000),
      int(pRate),
      fmt(peakRss, 0),
    ],
  ];
  if (raw.length)
    rows.push([
      "raw (INSERT … unnest + addDocuments)",
      fmt(median(raw.map((r) => r.ms)) / 1000),
      fmt(median(raw.map((r) => r.pgMs)) / 1000),
      fmt(median(raw.map((r) => r.ms - r.pgMs)) / 1000),
      int(rRate),
      "",
    ]);
  const markdown = [
    table(["path", "file → searchable s", "PostgreSQL phase s", "after PG: indexing s", "papers/s", "peak worker RSS MB"], rows),
    "",
    raw.length ? `pipeline ÷ raw throughput: **${fmt(pRate / rRate, 2)}×** (target ≥ 0.5×: ${pRate / rRate >= 0.5 ? "met" : "NOT met"})` : "",
    `peak worker RSS at ${sizeLabel(papers)} papers: **${fmt(peakRss, 0)} MB** (target for 1M: < 512 MB${papers >= 1_000_000 ? `: ${peakRss < 512 ? "met" : "NOT met"}` : "; this run is smaller"})`,
    `worker heap cap: ${(options.heapCap ?? true) ? `\`${WORKER_NODE_OPTIONS}\` (as the launcher starts the worker)` : "none (V8 default)"}.`,
    `worker RSS over the first pipeline run (s → MB): ${rssSeries(pipeline[0]?.timeline ?? [])}`,
    flatness(
      "pipeline",
      pipeline.map((p) => tenths(p.progress, papers)),
    ),
    raw.length
      ? flatness(
          "raw",
          raw.map((r) => tenths(r.progress, papers)),
        )
      : "",
    describeShape("pipeline (first run)", pipeline[0]?.shape ?? null),
    raw.length ? describeShape("raw (first run)", raw[0]?.shape ?? null) : "",
    `load average (1/5/15 min) at the start: ${loadStart}; at the end: ${loadAverage()}.`,
    `${options.repeat} round(s), medians; every run indexed ${[...pipeline, ...raw].every((r) => r.indexedDocs === papers) ? "all" : "NOT all"} ${int(papers)} documents.`,
  ].join("\n");
  return { papers, corpusMb: corpus.bytes / 1048576, repeat: options.repeat, pipeline, raw, markdown };
}

/** Items persisted so far (every IngestRun's counters in the pipeline's database), sampled once a second. */
async function sampleProgress(databaseUrl: string): Promise<{ series: [number, number][]; stop: () => Promise<void> }> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const started = performance.now();
  const series: [number, number][] = [];
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    db.query<{ n: number }>(`SELECT COALESCE(sum(created + updated + duplicate + failed), 0)::int AS n FROM "IngestRun"`)
      .then((r) => series.push([performance.now() - started, r.rows[0]?.n ?? 0]))
      .catch(() => undefined)
      .finally(() => (busy = false));
  }, 1000);
  return { series, stop: async () => (clearInterval(timer), await db.end().catch(() => undefined)) };
}

/** When the series first reached `n` items (linear between samples); NaN if it never did. */
function timeAt(series: [number, number][], n: number): number {
  for (let i = 0; i < series.length; i++) {
    const [t, k] = series[i]!;
    if (k < n) continue;
    const [t0, k0] = i > 0 ? series[i - 1]! : [0, 0];
    return k === k0 ? t : t0 + ((t - t0) * (n - k0)) / (k - k0);
  }
  return NaN;
}

/**
 * Papers/s over the first tenth (papers 1 % → 11 %: process start-up excluded) and the last tenth
 * (90 % → 100 %) of a run's PostgreSQL progress: is the ingest flat as the library grows?
 */
export function tenths(series: [number, number][], papers: number): { first: number; last: number } {
  const rate = (a: number, b: number) => (0.1 * papers) / ((timeAt(series, b * papers) - timeAt(series, a * papers)) / 1000);
  return { first: rate(0.01, 0.11), last: rate(0.9, 1) };
}

/** About 12 evenly spaced [s, MB] points of a once-a-second RSS series, and its peak. */
function rssSeries(timeline: [number, number][]): string {
  if (timeline.length === 0) return "n/a";
  const step = Math.max(1, Math.ceil(timeline.length / 12));
  const points = timeline.filter((_, i) => i % step === 0 || i === timeline.length - 1);
  return points.map(([t, mb]) => `${t} s → ${mb}`).join(", ");
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await benchIngest({
    papers: parseSize(arg("--size") ?? "10k"),
    repeat: Number(arg("--repeat") ?? 1),
    pipelineOnly: process.argv.includes("--pipeline-only"),
    heapCap: !process.argv.includes("--no-heap-cap"),
  });
  console.log(`\n${r.markdown}`);
}
