// Recovery times of the parts that heal themselves (issue 12), each on this bench's own services:
//   1. ingest: a real worker process SIGKILLed mid-run of a 20k-paper .jsonl file; a second worker process
//      takes its chunks over once their leases run out → time to resumed, time to DONE, every paper once;
//   2. live events: a LiveBus cut off from PostgreSQL for 10 s → time from PostgreSQL back to RESYNC;
//   3. outbox: Meilisearch down while papers are written, then back → time from back to outbox empty.
//
//   npx tsx bench/recovery.ts [--papers 20000] [--only ingest,live,outbox]
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createDb } from "@commonplace/db";
import { LiveBus, RESYNC } from "@commonplace/db/live";
import { freePort, startMeilisearch } from "@commonplace/embedded";
import { createBoss, createIngestRun, startBoss, stopBoss } from "@commonplace/jobs";
import { createLogger, loadEnv } from "@commonplace/worker";
import { withHeapCap, WORKER_NODE_OPTIONS } from "@commonplace/worker/heap";
import { createSearch, drainDeps, pipelineDeps } from "../apps/worker/src/context.ts";
import { OutboxDrainer } from "../apps/worker/src/outbox/drainer.ts";
import { classifyArgument } from "../apps/worker/src/pipeline/fetch.ts";
import { runIngest } from "../apps/worker/src/pipeline/run.ts";
import { startTcpProxy } from "../test/tcp-proxy.ts";
import { ensureCorpus } from "./corpus/generate.ts";
import { BENCH_DIR } from "./lib/proc.ts";
import { machine, table } from "./lib/report.ts";
import { startServices, stopOnSignal } from "./lib/services.ts";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const PAPERS = Number(arg("--papers", "20000"));
const ONLY = new Set(arg("--only", "ingest,live,outbox").split(","));
const root = path.resolve(BENCH_DIR, "..");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function until<T>(probe: () => Promise<T | false | null | undefined>, timeoutMs: number, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error("timed out");
    await sleep(everyMs);
  }
}

const services = await startServices("recovery");
const unhook = stopOnSignal(services);
const rows: (string | number)[][] = [];
try {
  const vars = { ...services.env("recovery_"), LOG_LEVEL: "warn" };
  const db = createDb(services.databaseUrl);

  // 1. A worker process killed mid-ingest.
  if (ONLY.has("ingest")) await measureIngest(db, vars);
  if (ONLY.has("live")) await measureLive();
  if (ONLY.has("outbox")) await measureOutbox(vars);
  await db.$disconnect();
} finally {
  unhook();
  await services.stop();
}
console.log(`\nRecovery (${machine()})\n`);
console.log(table(["fault", "setup", "recovery", "note"], rows));
process.exit(0);

async function measureIngest(db: ReturnType<typeof createDb>, vars: Record<string, string>) {
  const corpus = await ensureCorpus(PAPERS, { log: (s) => process.stderr.write(`${s}\n`) });
  const workerProcess = (): ChildProcess =>
    // node --import tsx (no tsx wrapper process): the pid is the worker's own, so SIGKILL reaches it.
    spawn(process.execPath, ["--import", "tsx", "apps/worker/src/main.ts"], {
      cwd: root,
      env: { ...process.env, ...vars, NODE_OPTIONS: withHeapCap(WORKER_NODE_OPTIONS, process.env.NODE_OPTIONS) },
      stdio: ["ignore", "ignore", "inherit"],
    });
  const boss = createBoss(services.databaseUrl, { role: "producer" });
  boss.on("error", (error) => process.stderr.write(`pg-boss: ${String(error)}\n`));
  await startBoss(boss);
  const first = workerProcess();
  const started = Date.now();
  const { runId } = await createIngestRun(db, boss, { paths: [corpus.path] }, { source: "bench" });
  const processed = async () => {
    const r = await db.ingestRun.findUniqueOrThrow({ where: { id: runId } });
    return { ...r, processed: r.created + r.updated + r.duplicate + r.failed };
  };
  await until(async () => (await processed()).processed >= PAPERS * 0.3, 600_000, 200);
  first.kill("SIGKILL");
  const killedAt = Date.now();
  const atKill = (await processed()).processed;
  const second = workerProcess();
  const resumedAt = await until(async () => ((await processed()).resumed > 0 ? Date.now() : null), 300_000, 200);
  const doneAt = await until(async () => ((await processed()).status === "DONE" ? Date.now() : null), 900_000, 200);
  const run = await processed();
  const papers = await db.paper.count();
  const items = await db.ingestItem.count({ where: { runId } });
  const chunks = await db.ingestChunk.count({ where: { runId } });
  second.kill("SIGTERM");
  await stopBoss(boss);
  rows.push(
    [
      "ingest: worker SIGKILLed",
      `${PAPERS} papers, ${chunks} chunks, killed at ${atKill}`,
      `resumed ${secs(resumedAt - killedAt)} after the kill`,
      `DONE ${secs(doneAt - killedAt)} after the kill (run ${secs(doneAt - started)})`,
    ],
    [
      "",
      `created ${run.created}, duplicate ${run.duplicate}, failed ${run.failed}`,
      `papers in PostgreSQL ${papers}`,
      `item rows ${items}, resumed ${run.resumed}×`,
    ],
  );
}

/** 2. The live bus cut off from PostgreSQL for 10 s. */
async function measureLive() {
  const target = new URL(services.databaseUrl);
  const proxy = await startTcpProxy(target.hostname, Number(target.port));
  const bus = new LiveBus(proxy.via(services.databaseUrl));
  const controller = new AbortController();
  let resyncAt = 0;
  void (async () => {
    for await (const e of bus.subscribe("paper:bench", controller.signal)) if (e.kind === RESYNC) resyncAt = Date.now();
  })();
  await bus.ready();
  await proxy.cut();
  await sleep(10_000);
  await proxy.restore();
  const restoredAt = Date.now();
  await until(async () => resyncAt > 0, 60_000, 20);
  controller.abort();
  await bus.close();
  await proxy.close();
  rows.push([
    "live events: PostgreSQL gone 10 s",
    "LiveBus behind a TCP proxy, cut then restored",
    `RESYNC ${secs(resyncAt - restoredAt)} after it was back`,
    "(backoff capped at 5 s, jittered)",
  ]);
}

/** 3. Meilisearch down while papers are written. */
async function measureOutbox(vars: Record<string, string>) {
  const meiliPort = await freePort();
  const meiliDir = path.join(services.dir, "meili-outage");
  let meili = await startMeilisearch({ dataDir: meiliDir, port: meiliPort, masterKey: services.meiliKey });
  const env = loadEnv({ ...vars, MEILI_HOST: meili.host, MEILI_INDEX_PREFIX: "outage_", DATABASE_URL: await services.databaseUrlFor("outage") });
  const odb = createDb(env.DATABASE_URL);
  const logger = createLogger("silent");
  const drainer = new OutboxDrainer(drainDeps(env, odb, createSearch(env), logger), {
    databaseUrl: env.DATABASE_URL,
    pollMs: env.OUTBOX_POLL_MS,
    maxBackoffMs: env.OUTBOX_MAX_BACKOFF_MS,
  });
  await drainer.start();
  await meili.kill();
  const small = await ensureCorpus(2000);
  const outageRun = await odb.ingestRun.create({ data: { source: "bench", label: "outage" } });
  await runIngest(pipelineDeps(env, odb, logger), outageRun.id, [classifyArgument(small.path)]);
  await sleep(20_000); // long enough for the old backoff to have grown to tens of seconds
  meili = await startMeilisearch({ dataDir: meiliDir, port: meiliPort, masterKey: services.meiliKey });
  const backAt = Date.now();
  const pending = () => odb.searchOutbox.count({ where: { processedAt: null } });
  const firstAt = await until(async () => ((await pending()) < 2000 ? Date.now() : null), 300_000, 100);
  const drainedAt = await until(async () => ((await pending()) === 0 ? Date.now() : null), 300_000, 100);
  await drainer.stop();
  await meili.stop();
  await odb.$disconnect();
  rows.push([
    "outbox: Meilisearch down 20 s+",
    "2000 papers written while it was down",
    `first batch indexed ${secs(firstAt - backAt)}, outbox empty ${secs(drainedAt - backAt)} after it was back`,
    "(health probed every 1 s; the rest is Meilisearch indexing)",
  ]);
}
