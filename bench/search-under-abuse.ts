// Short-search latency while 20 anonymous clients hammer the long (natural-language) query path, with the
// request limits off (RATE_LIMIT_SCALE=0: how the API behaved before them) and on (defaults).
//
//   npx tsx bench/search-under-abuse.ts [--size 10k] [--seconds 20]
//
// The REST server (lib/rest-server.ts) runs in its own process and, like apps/web/server.mjs, takes the
// client address from the socket: the 20 abusers connect from 127.0.0.1, the measured short searches from
// 127.0.0.2 (another client). Short searches are sequential; the abusers loop without pause, ignoring 429s.
import http from "node:http";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { ensureCorpus, parseSize, sizeLabel } from "./corpus/generate.ts";
import { QUERY_MIX } from "./corpus/queries.ts";
import { startRestServer, type RestServer } from "./lib/rest.ts";
import { rawLoad } from "./lib/raw-load.ts";
import { fmt, loadAverage, percentile, table } from "./lib/report.ts";
import { startServices, stopOnSignal } from "./lib/services.ts";

const PREFIX = "abuse_";
const ABUSERS = 20;
const SHORT = QUERY_MIX.filter((q) => q.cls === "short").map((q) => q.q);
const LONG = QUERY_MIX.filter((q) => q.cls === "long").map((q) => q.q);

function getFrom(localAddress: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  return (url: string) =>
    new Promise<number>((resolve, reject) => {
      const request = http.get(url, { agent, localAddress }, (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
        response.on("error", reject);
      });
      request.on("error", reject);
    });
}

const searchUrl = (base: string, q: string) => `${base}/api/v1/papers/search?${new URLSearchParams({ q, limit: "20" })}`;

interface Row {
  scenario: string;
  p50: number;
  p95: number;
  shortErrors: number;
  longOk: number;
  longLimited: number;
}

async function measure(rest: RestServer, scenario: string, seconds: number, abuse: boolean): Promise<Row> {
  const victim = getFrom("127.0.0.2");
  const attacker = getFrom("127.0.0.1");
  let stop = false;
  let longOk = 0;
  let longLimited = 0;
  const abusers = abuse
    ? Array.from({ length: ABUSERS }, async (_, i) => {
        for (let n = i; !stop; n++) {
          const status = await attacker(searchUrl(rest.base, LONG[n % LONG.length]!));
          if (status === 200) longOk++;
          else if (status === 429) longLimited++;
        }
      })
    : [];
  const times: number[] = [];
  let shortErrors = 0;
  const until = performance.now() + seconds * 1000;
  for (let n = 0; performance.now() < until; n++) {
    const started = performance.now();
    const status = await victim(searchUrl(rest.base, SHORT[n % SHORT.length]!));
    if (status === 200) times.push(performance.now() - started);
    else shortErrors++;
    await new Promise((r) => setTimeout(r, 50));
  }
  stop = true;
  await Promise.all(abusers);
  return { scenario, p50: percentile(times, 50), p95: percentile(times, 95), shortErrors, longOk, longLimited };
}

export async function benchSearchUnderAbuse(options: { papers: number; seconds: number; log?: (s: string) => void }): Promise<string> {
  const log = options.log ?? console.log;
  const corpus = await ensureCorpus(options.papers, { log });
  const s = await startServices("abuse");
  const release = stopOnSignal(s);
  const rows: Row[] = [];
  try {
    log(`loading ${sizeLabel(corpus.papers)} papers …`);
    await rawLoad({ file: corpus.path, databaseUrl: s.databaseUrl, meiliHost: s.meiliHost, meiliKey: s.meiliKey, indexPrefix: PREFIX });
    for (const [label, scale] of [
      ["request limits off (before)", "0"],
      ["request limits on (after)", "1"],
    ] as const) {
      const rest = await startRestServer({ ...s.env(PREFIX), RATE_LIMIT_SCALE: scale, BENCH_SOCKET_ADDRESS: "1" });
      try {
        await measure(rest, "warm-up", 3, false);
        log(`${label}: alone …`);
        rows.push(await measure(rest, `${label}, alone`, options.seconds, false));
        log(`${label}: with ${ABUSERS} long anonymous queries running …`);
        rows.push(await measure(rest, `${label}, ${ABUSERS} long anonymous queries running`, options.seconds, true));
      } finally {
        await rest.stop();
      }
    }
  } finally {
    await s.stop();
    release();
  }
  return (
    table(
      ["scenario", "short p50 ms", "short p95 ms", "short not 200", "long answered", "long 429"],
      rows.map((r) => [r.scenario, fmt(r.p50), fmt(r.p95), r.shortErrors, r.longOk, r.longLimited]),
    ) + `\n\n${sizeLabel(options.papers)} papers, ${options.seconds} s per row; load average ${loadAverage()}`
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const { values } = parseArgs({ options: { size: { type: "string", default: "10k" }, seconds: { type: "string", default: "20" } } });
  console.log(await benchSearchUnderAbuse({ papers: parseSize(values.size!), seconds: Number(values.seconds) }));
}
