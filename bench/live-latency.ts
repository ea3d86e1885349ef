// Live latency: write → other-client receipt, for annotations, with ONE API instance (writer and reader on
// the same process) and with TWO (writer on A, reader subscribed on B over SSE). Each instance is its own
// process with its own LiveBus (PostgreSQL LISTEN/NOTIFY), started from packages/api/test/live-server.ts.
//
//   npx tsx bench/live-latency.ts [--writes 100] [--no-write]   (writes the live-latency section of RESULTS.md)
//
// Latency = time from just before the writer's tRPC mutation is sent until the reader's httpSubscriptionLink
// delivers the event (both clients in this process, same clock). Writes are sequential, one in flight.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDb } from "@commonplace/db";
import { LiveBus, publish } from "@commonplace/db/live";
import { clientFor, startInstance, type Instance } from "../packages/api/test/live-client.ts";
import { fmt, loadAverage, machine, percentile, table } from "./lib/report.ts";
import { writeSection } from "./lib/results-section.ts";
import { startServices, stopOnSignal } from "./lib/services.ts";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const WRITES = Number(arg("--writes", "100"));
const TEXT = "The dominant sequence transduction models are based on complex recurrent or convolutional neural networks. ".repeat(20);

async function measure(writerOn: Instance, readerOn: Instance, ids: { writer: string; reader: string; paperId: string; teamSlug: string }) {
  const pending = new Map<string, (t: number) => void>();
  const early = new Map<string, number>();
  const sub = clientFor(readerOn, ids.reader).live.paper.subscribe(
    { paperId: ids.paperId },
    {
      onData: (d) => {
        const now = performance.now();
        const id = (d as { data: { id: string | null } }).data.id ?? "";
        const resolve = pending.get(id);
        if (resolve) resolve(now);
        else early.set(id, now); // the event beat the mutation's HTTP answer
      },
    },
  );
  const topic = `paper:${ids.paperId}`;
  while ((await readerOn.listeners(topic)) < 1) await new Promise((r) => setTimeout(r, 20));
  const writer = clientFor(writerOn, ids.writer);
  const latencies: number[] = [];
  const roundTrips: number[] = [];
  for (let i = 0; i < WRITES + 5; i++) {
    const started = performance.now();
    const start = (i * 7) % 1000;
    const created = await writer.annotations.create.mutate({
      paperId: ids.paperId,
      target: { start, end: start + 40 },
      body: `bench ${i}`,
      visibility: "TEAM",
      teamSlug: ids.teamSlug,
    });
    const answered = performance.now();
    const received = early.get(created.id) ?? (await new Promise<number>((resolve) => pending.set(created.id, resolve)));
    if (i >= 5) {
      // the first five warm up connections and caches
      latencies.push(received - started);
      roundTrips.push(answered - started);
    }
  }
  sub.unsubscribe();
  return { latencies, roundTrips };
}

/** The floor under the same load: a bare NOTIFY from one connection to a LiveBus on another (no API, no HTTP). */
async function notifyFloor(databaseUrl: string): Promise<number[]> {
  const bus = new LiveBus(databaseUrl);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await bus.ready();
  const topic = "bench:floor";
  const seen: number[] = [];
  let wake: (() => void) | undefined;
  const stop = new AbortController();
  const listening = (async () => {
    for await (const _ of bus.subscribe(topic, stop.signal)) {
      seen.push(performance.now());
      wake?.();
    }
  })();
  const out: number[] = [];
  try {
    for (let i = 0; i < WRITES + 5; i++) {
      const n = seen.length;
      const arrived = new Promise<void>((r) => (wake = r));
      const started = performance.now();
      await publish(client, { topic, kind: "bench" });
      if (seen.length === n) await arrived;
      if (i >= 5) out.push(seen[n]! - started);
    }
  } finally {
    stop.abort();
    await listening;
    await client.end();
    await bus.close();
  }
  return out;
}

export async function benchLiveLatency(): Promise<string> {
  const services = await startServices("live");
  const unhook = stopOnSignal(services);
  // The API instances are child processes configured through the environment they inherit.

  Object.assign(process.env, services.env(`live${randomBytes(3).toString("hex")}_`), { LOG_LEVEL: "silent" });
  const instances: Instance[] = [];
  try {
    const db = createDb(services.databaseUrl, { max: 2 });
    const mk = (h: string) => db.user.create({ data: { email: `${h}@bench.example`, handle: h, name: h } });
    const [writer, reader] = [await mk("bench-writer"), await mk("bench-reader")];
    const team = await db.team.create({
      data: {
        slug: "bench-team",
        name: "Bench",
        memberships: {
          create: [
            { userId: writer.id, role: "MEMBER" },
            { userId: reader.id, role: "VIEWER" },
          ],
        },
      },
    });
    const paper = await db.paper.create({
      data: { canonicalKey: "hash:bench-live", title: "Bench", normTitle: "bench", fullText: TEXT, categories: [], source: "bench" },
    });
    await db.$disconnect();
    instances.push(await startInstance(), await startInstance());
    const ids = { writer: writer.id, reader: reader.id, paperId: paper.id, teamSlug: team.slug };
    const rows: (string | number)[][] = [];
    for (const [label, w, r] of [
      ["1 instance (A → A)", instances[0]!, instances[0]!],
      ["2 instances (A → B)", instances[0]!, instances[1]!],
    ] as const) {
      const { latencies, roundTrips } = await measure(w, r, ids);
      rows.push([
        label,
        latencies.length,
        fmt(percentile(latencies, 50)),
        fmt(percentile(latencies, 95)),
        fmt(percentile(latencies, 99)),
        fmt(percentile(roundTrips, 50)),
      ]);
    }
    const floor = await notifyFloor(services.databaseUrl);
    rows.push(["floor: bare NOTIFY → LISTEN, no API", floor.length, fmt(percentile(floor, 50)), fmt(percentile(floor, 95)), fmt(percentile(floor, 99)), "—"]);
    return [
      `## Live events across instances — ${new Date().toISOString().slice(0, 10)}`,
      "",
      `Write → other client's SSE receipt, ${WRITES} sequential annotation writes per row; ${machine()}; load average ${loadAverage()}.`,
      "",
      table(["setup", "writes", "p50 ms", "p95 ms", "p99 ms", "mutation round trip p50 ms"], rows),
    ].join("\n");
  } finally {
    for (const i of instances) await i.stop();
    unhook();
    await services.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const body = await benchLiveLatency();
  console.log(body);
  if (!process.argv.includes("--no-write")) await writeSection("live-latency", body);
}
