// Search latency over a fixed query mix (short, long sentence, typo, filtered, faceted):
// REST API over HTTP vs searchPapers in-process vs raw Meilisearch vs PostgreSQL full-text search,
// all on the same corpus.
//
//   npx tsx bench/search-latency.ts [--size 10k|100k] [--rounds <n>] [--seconds <n>] [--concurrency <n>]
//                                   [--memory-connections 16] [--memory-seconds 60] [--web-memory]
//
// The corpus is loaded with the raw loader (same rows/documents as the pipeline produces, much faster
// to load); the REST server is a separate process (lib/rest-server.ts). Latency: sequential requests,
// queries × systems interleaved so machine noise spreads evenly; percentiles over rounds × 10 queries
// per class. Throughput: `concurrency` keep-alive clients looping over the whole mix for N seconds.
import { pathToFileURL } from "node:url";
import pg from "pg";
import {
  buildFilter,
  createSearchClient,
  FACET_NAMES,
  PAPER_FIELDS,
  searchPapers,
  searchParamsSchema,
  shortQueryRequest,
  type FacetName,
  type SearchClient,
} from "@commonplace/search";
import { ensureCorpus, parseSize, sizeLabel } from "./corpus/generate.ts";
import { QUERY_CLASSES, QUERY_MIX, type BenchQuery, type QueryClass } from "./corpus/queries.ts";
import { keepAliveGetJson } from "./lib/keep-alive-get.ts";
import { startRestServer } from "./lib/rest.ts";
import { rawLoad } from "./lib/raw-load.ts";
import { processCpuMs, procStatusKb } from "./lib/proc.ts";
import { longQueryRecall, meilisearchPid, RECALL_CPU_ROUNDS } from "./lib/long-recall.ts";
import { buildWebApp, holdWebLock, startWebApp } from "./lib/web-app.ts";
import { fmt, int, loadAverage, percentile, table } from "./lib/report.ts";
import { startServices, stopOnSignal } from "./lib/services.ts";

interface System {
  name: string;
  /** Resolves to the number of hits returned. */
  search(q: BenchQuery): Promise<number>;
}

const LIMIT = 20;

/** Every system counts all four facets for the faceted class and none for the others (REST's default). */
function facetsFor(q: BenchQuery): FacetName[] {
  return q.facets ? [...FACET_NAMES] : [];
}
const PREFIX = "lat_";

/**
 * REST over a keep-alive node:http client (the verdict's row: the same HTTP stack as the keep-alive raw
 * baseline) or over fetch (undici, what most JavaScript callers use; printed for comparison).
 */
function restSystem(base: string, clientKind: "node:http" | "fetch"): System {
  const get = clientKind === "fetch" ? fetchGetJson : keepAliveGetJson();
  return {
    name: clientKind === "fetch" ? "REST API (HTTP), fetch client" : "REST API (HTTP)",
    async search(q) {
      const params = new URLSearchParams({ q: q.q, limit: String(LIMIT) });
      for (const f of facetsFor(q)) params.append("facet", f);
      for (const c of q.categories ?? []) params.append("category", c);
      if (q.yearFrom !== undefined) params.set("yearFrom", String(q.yearFrom));
      const { status, body } = await get(`${base}/api/v1/papers/search?${params}`);
      if (status !== 200) throw new Error(`REST ${status}: ${JSON.stringify(body)}`);
      return (body as { hits: unknown[] }).hits.length;
    },
  };
}

async function fetchGetJson(url: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url);
  return { status: response.status, body: await response.json() };
}

function libSystem(client: SearchClient): System {
  return {
    name: "searchPapers (in-process)",
    async search(q) {
      const r = await searchPapers(client, { q: q.q, limit: LIMIT, filters: { categories: q.categories, yearFrom: q.yearFrom }, facets: facetsFor(q) });
      return r.hits.length;
    },
  };
}

/** The plain request: no snippet fields, facets only for the faceted class. */
function rawRequest(q: BenchQuery) {
  return {
    q: q.q,
    limit: LIMIT,
    filter: buildFilter({ categories: q.categories, yearFrom: q.yearFrom }),
    facets: q.facets ? [...PAPER_FIELDS.facets] : undefined,
    attributesToRetrieve: ["id", "title", "authors", "year"],
  };
}

/** The plain request through meilisearch-js, Meilisearch's official client (its fetch transport). */
function meiliSystem(client: SearchClient): System {
  const index = client.meili.index(client.indexes.papers);
  return {
    name: "Meilisearch raw",
    async search(q) {
      const { q: text, ...options } = rawRequest(q);
      return (await index.search(text, options)).hits.length;
    },
  };
}

/** The plain request over the product's own transport (keep-alive node:http, search-transport.ts): the strictest baseline. */
function meiliKeepAliveSystem(client: SearchClient): System {
  return {
    name: "Meilisearch raw, keep-alive http",
    async search(q) {
      return (await client.search(client.indexes.papers, rawRequest(q))).hits.length;
    },
  };
}

/**
 * The request the short path (packages/search short-query.ts) sends, verbatim and over the same transport: isolates
 * Meilisearch's share of REST time. (The short path asks again with `last` only after an empty answer to a query of
 * two words or more; every query of the mix has hits.)
 */
function meiliAsProductSystem(client: SearchClient): System {
  return {
    name: "Meilisearch, product params",
    async search(q) {
      const params = searchParamsSchema.parse({ q: q.q, limit: LIMIT, facets: facetsFor(q) });
      const r = await client.search(client.indexes.papers, shortQueryRequest(params, buildFilter({ categories: q.categories, yearFrom: q.yearFrom })));
      return r.hits.length;
    },
  };
}

const FTS_HITS = `
  SELECT id, title, ts_rank(fts, q) AS rank
  FROM "Paper", websearch_to_tsquery('english', $1) q
  WHERE fts @@ q AND ($2::text[] IS NULL OR categories && $2::text[]) AND ($3::int IS NULL OR year >= $3)
  ORDER BY rank DESC LIMIT ${LIMIT}`;
const FTS_FACETED = `
  WITH m AS MATERIALIZED (
    SELECT id, title, categories, year, ts_rank(fts, q) AS rank
    FROM "Paper", websearch_to_tsquery('english', $1) q WHERE fts @@ q)
  SELECT (SELECT json_agg(t) FROM (SELECT id, title FROM m ORDER BY rank DESC LIMIT ${LIMIT}) t) AS hits,
         (SELECT json_object_agg(c, n) FROM (SELECT unnest(categories) c, count(*) n FROM m GROUP BY 1 ORDER BY 2 DESC LIMIT 100) f) AS categories,
         (SELECT json_object_agg(year, n) FROM (SELECT year, count(*) n FROM m GROUP BY 1) y) AS years,
         (SELECT count(*) FROM m) AS total`;

function pgSystem(pool: pg.Pool): System {
  return {
    name: "PostgreSQL FTS (GIN)",
    async search(q) {
      if (q.facets) {
        const { rows } = await pool.query<{ hits: unknown[] | null }>(FTS_FACETED, [q.q]);
        return rows[0]?.hits?.length ?? 0;
      }
      const { rows } = await pool.query(FTS_HITS, [q.q, q.categories ?? null, q.yearFrom ?? null]);
      return rows.length;
    },
  };
}

/** tsvector over title (weight A) + abstract (B), stored, with a GIN index — the usual PostgreSQL FTS setup. */
async function addFullText(databaseUrl: string): Promise<number> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`ALTER TABLE "Paper" ADD COLUMN fts tsvector GENERATED ALWAYS AS
    (setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', coalesce(abstract, '')), 'B')) STORED`);
  await client.query(`CREATE INDEX paper_fts_gin ON "Paper" USING GIN (fts)`);
  await client.query(`ANALYZE "Paper"`);
  await client.end();
  return performance.now() - started;
}

interface Sample {
  ms: number;
  hits: number;
}

async function measureLatency(systems: System[], rounds: number): Promise<Map<string, Map<QueryClass, Sample[]>>> {
  const out = new Map(systems.map((s) => [s.name, new Map(QUERY_CLASSES.map((c) => [c, [] as Sample[]]))]));
  for (const s of systems) for (const q of QUERY_MIX) await s.search(q); // warm-up: caches, connections, JIT
  let turn = 0;
  for (let round = 0; round < rounds; round++) {
    for (const q of QUERY_MIX) {
      turn++;
      for (let i = 0; i < systems.length; i++) {
        const s = systems[(i + turn) % systems.length]!;
        const started = performance.now();
        const hits = await s.search(q);
        out
          .get(s.name)!
          .get(q.cls)!
          .push({ ms: performance.now() - started, hits });
      }
    }
  }
  return out;
}

interface Throughput {
  /** Median over the rounds. */
  rps: number;
  /** Each round's requests per second, in the order run. */
  rounds: number[];
  errors: number;
  /** CPU milliseconds per request over all rounds, per process (null: not measured for this system). */
  cpu: { host: number | null; meili: number | null; client: number };
}

/** Closed loop: `concurrency` clients each send the next query of the mix as soon as the last answered. */
async function throughputSlice(system: System, concurrency: number, seconds: number): Promise<{ done: number; errors: number; secs: number }> {
  const deadline = performance.now() + seconds * 1000;
  let done = 0;
  let errors = 0;
  const worker = async (offset: number) => {
    for (let i = offset; performance.now() < deadline; i++) {
      try {
        await system.search(QUERY_MIX[i % QUERY_MIX.length]!);
        done++;
      } catch {
        errors++;
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, (_, k) => worker(Math.floor((k * QUERY_MIX.length) / concurrency))));
  return { done, errors, secs: (performance.now() - started) / 1000 };
}

/**
 * Every system's throughput in `rounds` rounds of `seconds` each, the systems taking turns (round r starts
 * with system r, so none always runs first or right after the slowest), after one discarded warm-up slice
 * each (twice a round): a shared machine's load drifts over minutes, and a ratio between systems measured minutes apart
 * carries that drift. The CPU each process spends per request (from /proc and process.cpuUsage) says where
 * the time goes: on two cores, throughput is about 2 cores ÷ the CPU a request costs all processes together.
 */
async function measureThroughput(
  systems: System[],
  options: { concurrency: number; seconds: number; rounds: number; hostPid: (s: System) => number | null; meiliPid: number | null },
): Promise<Map<string, Throughput>> {
  const cpuMs = (pid: number | null) => (pid === null ? 0 : processCpuMs(pid));
  const acc = new Map(systems.map((s) => [s.name, { rounds: [] as number[], errors: 0, done: 0, host: 0, meili: 0, client: 0 }]));
  // A web process serves for hours: its JIT and heap are warm. Three runs with a 2 s warm-up showed REST's last
  // round 15-20 % faster than its first while raw Meilisearch stayed flat, so each system is warmed for twice a round.
  for (const s of systems) await throughputSlice(s, options.concurrency, 2 * options.seconds);
  for (let r = 0; r < options.rounds; r++) {
    for (let k = 0; k < systems.length; k++) {
      const s = systems[(r + k) % systems.length]!;
      const a = acc.get(s.name)!;
      const hostPid = options.hostPid(s);
      const before = { host: cpuMs(hostPid), meili: cpuMs(options.meiliPid), client: process.cpuUsage() };
      const slice = await throughputSlice(s, options.concurrency, options.seconds);
      const client = process.cpuUsage(before.client);
      a.rounds.push(slice.done / slice.secs);
      a.errors += slice.errors;
      a.done += slice.done;
      a.host += cpuMs(hostPid) - before.host;
      a.meili += cpuMs(options.meiliPid) - before.meili;
      a.client += (client.user + client.system) / 1000;
    }
  }
  return new Map(
    systems.map((s) => {
      const a = acc.get(s.name)!;
      const per = (ms: number) => ms / Math.max(1, a.done);
      return [
        s.name,
        {
          rps: percentile(a.rounds, 50),
          rounds: a.rounds,
          errors: a.errors,
          cpu: { host: options.hostPid(s) === null ? null : per(a.host), meili: options.meiliPid === null ? null : per(a.meili), client: per(a.client) },
        },
      ];
    }),
  );
}

/** The REST host's resident memory while `connections` clients loop over the whole mix (sampled every 250 ms). */
async function measureMemory(
  system: System,
  memory: { rssKb(): number; hwmKb(): number },
  connections: number,
  seconds: number,
): Promise<{ rps: number; errors: number; peakMb: number; hwmMb: number; startMb: number }> {
  const startMb = memory.rssKb() / 1024;
  let peakMb = startMb;
  const timer = setInterval(() => (peakMb = Math.max(peakMb, memory.rssKb() / 1024)), 250);
  try {
    const load = await throughputSlice(system, connections, seconds);
    return { rps: load.done / load.secs, errors: load.errors, peakMb: Math.max(peakMb, memory.rssKb() / 1024), hwmMb: memory.hwmKb() / 1024, startMb };
  } finally {
    clearInterval(timer);
  }
}

const LONG_QUERIES = QUERY_MIX.filter((q) => q.cls === "long").map((q) => q.q);
/** The default plan and the one it replaced (eight one-word queries whatever their terms' frequency, a 100-hit cover query). */
const CANDIDATE_PLANS = [
  { name: "default: cover 200 + one-word queries for terms in ≤ 10× 50 papers", options: {} },
  { name: "before: cover 100 + one-word queries for the 8 strongest terms", options: { anchorMaxDfPerLimit: Infinity, coverLimit: 100 } },
];

/** The same memory load on the production web app (built and started like the page benches do). */
async function measureWebMemory(env: Record<string, string>, connections: number, seconds: number, log: (s: string) => void) {
  const lock = await holdWebLock(log);
  try {
    log("building the web app (turbo; cached when unchanged) …");
    await buildWebApp(log);
    const web = await startWebApp({ ...env, RATE_LIMIT_SCALE: "0" });
    try {
      log(`memory: ${connections} connections × ${seconds} s against the web app …`);
      return await measureMemory(restSystem(web.base, "node:http"), { rssKb: () => web.rssKb(), hwmKb: () => NaN }, connections, seconds);
    } finally {
      await web.stop();
    }
  } finally {
    await lock.release();
  }
}

export interface LatencyBenchResult {
  papers: number;
  markdown: string;
  targets: {
    shortRestP95: number;
    shortMeiliP95: number;
    shortMet: boolean;
    restFasterThanPg: boolean;
    longRatio: number;
    throughputRatio: number;
    peakRssMb: number;
  };
}

export async function benchSearchLatency(options: {
  papers: number;
  rounds: number;
  seconds: number;
  /** Rounds of the throughput measurement (systems take turns; the median round counts). */
  throughputRounds?: number;
  concurrency: number;
  /** The memory load: connections and seconds (issue 17.3: 16 × 60 s); 0 seconds skips it. */
  memoryConnections?: number;
  memorySeconds?: number;
  /** Also put the memory load on the production web app (apps/web/server.mjs; builds it first). */
  webMemory?: boolean;
  log?: (s: string) => void;
}): Promise<LatencyBenchResult> {
  const log = options.log ?? console.log;
  const corpus = await ensureCorpus(options.papers, { log });
  const s = await startServices("latency");
  const release = stopOnSignal(s);
  let rest: Awaited<ReturnType<typeof startRestServer>> | null = null;
  const pool = new pg.Pool({ connectionString: s.databaseUrl, max: Math.max(4, options.concurrency) });
  try {
    log(`loading ${sizeLabel(corpus.papers)} papers (raw loader) …`);
    const load = await rawLoad({ file: corpus.path, databaseUrl: s.databaseUrl, meiliHost: s.meiliHost, meiliKey: s.meiliKey, indexPrefix: PREFIX });
    const ftsMs = await addFullText(s.databaseUrl);
    log(`  loaded in ${fmt(load.ms / 1000)} s; tsvector + GIN built in ${fmt(ftsMs / 1000)} s`);
    rest = await startRestServer(s.env(PREFIX));
    const client = createSearchClient({ host: s.meiliHost, apiKey: s.meiliKey, indexPrefix: PREFIX });
    const [restHttp, lib, rawKeepAlive, rawOfficial, fts] = [
      restSystem(rest.base, "node:http"),
      libSystem(client),
      meiliKeepAliveSystem(client),
      meiliSystem(client),
      pgSystem(pool),
    ];
    // REST over fetch is printed for comparison only (last row of each class).
    const restFetch = restSystem(rest.base, "fetch");
    const systems = [restHttp, lib, meiliAsProductSystem(client), rawKeepAlive, rawOfficial, fts, restFetch];
    const loadBefore = loadAverage();
    log(`latency: ${options.rounds} rounds × ${QUERY_MIX.length} queries × ${systems.length} systems …`);
    const lat = await measureLatency(systems, options.rounds);
    const throughputRounds = Math.max(1, Math.floor(options.throughputRounds ?? 3) || 1);
    log(`throughput: ${options.concurrency} concurrent clients, ${throughputRounds} rounds × ${options.seconds} s per system, taking turns …`);
    const restSystems = new Set([restHttp, restFetch]);
    const tput = await measureThroughput(systems, {
      concurrency: options.concurrency,
      seconds: options.seconds,
      rounds: throughputRounds,
      hostPid: (sys) => (restSystems.has(sys) ? rest!.pid : null),
      meiliPid: meilisearchPid(s.dir),
    });
    const memoryConnections = options.memoryConnections ?? 16;
    const memorySeconds = options.memorySeconds ?? 60;
    const loadBeforeMemory = loadAverage();
    log(`memory: ${memoryConnections} connections × ${memorySeconds} s against REST …`);
    const restPid = rest.pid;
    const restMemory = { rssKb: () => procStatusKb(restPid, "VmRSS") ?? NaN, hwmKb: () => procStatusKb(restPid, "VmHWM") ?? NaN };
    const memory = memorySeconds > 0 ? await measureMemory(restHttp, restMemory, memoryConnections, memorySeconds) : null;
    const webMemory = memorySeconds > 0 && options.webMemory ? await measureWebMemory(s.env(PREFIX), memoryConnections, memorySeconds, log) : null;
    const loadAfter = loadAverage();
    log("long-query recall against exhaustive BM25, and CPU per long query …");
    const recall = await longQueryRecall(client, LONG_QUERIES, CANDIDATE_PLANS, meilisearchPid(s.dir));

    const rows: (string | number)[][] = [];
    const p = (sys: string, cls: QueryClass | "all", pct: number) => {
      const samples = cls === "all" ? [...lat.get(sys)!.values()].flat() : lat.get(sys)!.get(cls)!;
      return percentile(
        samples.map((x) => x.ms),
        pct,
      );
    };
    const meanHits = (sys: string, cls: QueryClass) => {
      const xs = lat.get(sys)!.get(cls)!;
      return xs.reduce((a, x) => a + x.hits, 0) / xs.length;
    };
    for (const cls of [...QUERY_CLASSES, "all" as const]) {
      for (const sys of systems) {
        rows.push([
          `${cls} · ${sys.name}`,
          fmt(p(sys.name, cls, 50)),
          fmt(p(sys.name, cls, 95)),
          fmt(p(sys.name, cls, 99)),
          cls === "all" ? "" : fmt(meanHits(sys.name, cls), 1),
        ]);
      }
    }
    const [REST, LIB, RAW_KEEPALIVE, MEILI, PG] = [restHttp, lib, rawKeepAlive, rawOfficial, fts].map((x) => x.name) as [
      string,
      string,
      string,
      string,
      string,
    ];
    const shortRest = p(REST, "short", 95);
    // The verdict uses the faster raw baseline: the same keep-alive transport the product uses, so a
    // better HTTP client cannot pass for a thinner API layer. The official client's row is shown too.
    const shortMeili = Math.min(p(RAW_KEEPALIVE, "short", 95), p(MEILI, "short", 95));
    const shortMet = shortRest <= 1.5 * shortMeili + 5;
    const shortOfficial = p(MEILI, "short", 95);
    const vsPg = QUERY_CLASSES.map((c) => ({ c, rest: p(REST, c, 95), pg: p(PG, c, 95) }));
    const restFasterThanPg = p(REST, "all", 95) < p(PG, "all", 95) && p(REST, "all", 50) < p(PG, "all", 50);
    const ratioRows = QUERY_CLASSES.map((c) => [
      c,
      fmt(p(REST, c, 95) / p(RAW_KEEPALIVE, c, 95), 2),
      fmt(p(REST, c, 95) / p(MEILI, c, 95), 2),
      fmt(p(REST, c, 95) - p(LIB, c, 95)),
      fmt(p(REST, c, 95) / p(PG, c, 95), 2),
    ]);
    // Issue 17.3: long queries and whole-mix throughput against the faster raw baseline (strict, as for short queries).
    const longRaw = Math.min(p(RAW_KEEPALIVE, "long", 95), p(MEILI, "long", 95));
    const longRatio = p(REST, "long", 95) / longRaw;
    // Per round: REST against the faster raw system of the same round; the verdict is the median round.
    const roundRatios = tput.get(REST)!.rounds.map((rps, r) => rps / Math.max(tput.get(RAW_KEEPALIVE)!.rounds[r]!, tput.get(MEILI)!.rounds[r]!));
    const throughputRatio = percentile(roundRatios, 50);
    const rawRps = Math.max(tput.get(RAW_KEEPALIVE)!.rps, tput.get(MEILI)!.rps);
    const markdown = [
      `Corpus: ${int(corpus.papers)} synthetic papers, ${LIMIT} hits per query. Latency: ${options.rounds} rounds after one warm-up pass, ` +
        `${options.rounds * 10} samples per class and system (sequential, one request in flight). Load average (1/5/15 min) before ${loadBefore}, after ${loadAfter}.`,
      "",
      "Systems: **REST API (HTTP)** = `GET /api/v1/papers/search` on a node:http host of the production handler, requested over a keep-alive node:http client (the same HTTP stack as the keep-alive raw row, `lib/keep-alive-get.ts`); " +
        "**REST API (HTTP), fetch client** = the same requests over Node's fetch (undici), shown for comparison only; " +
        "**searchPapers (in-process)** = the library call the handler makes (same routing: sentence-like queries take the long BM25 path); " +
        "**Meilisearch, product params** = the exact request the short path sends (`shortQueryRequest`: the abstract is retrieved and the snippet cut in the web process; facets only for the faceted class, as REST asks for them there), over the product's keep-alive transport; " +
        "**Meilisearch raw, keep-alive http** = plain `{q, limit, filter}` over that same transport (`search-transport.ts`); " +
        "**Meilisearch raw** = the same plain request through meilisearch-js, the official client; facets only for the faceted class in all three; " +
        "**PostgreSQL FTS** = stored `tsvector` (title A, abstract B) + GIN, `websearch_to_tsquery('english')` + `ts_rank`, top 20 (faceted: + category/year counts).",
      "",
      table(["class · system", "p50 ms", "p95 ms", "p99 ms", "hits/query"], rows),
      "",
      table(["class", "REST p95 ÷ raw keep-alive p95", "REST p95 ÷ raw meilisearch-js p95", "REST − in-process p95 ms", "REST p95 ÷ PG FTS p95"], ratioRows),
      "",
      table(
        [
          "system",
          `throughput req/s (${options.concurrency} clients, whole mix; median of ${throughputRounds} rounds × ${options.seconds} s after ${2 * options.seconds} s of warm-up)`,
          "each round",
          "errors",
          "CPU ms/request: web host",
          "Meilisearch",
          "load generator",
        ],
        systems.map((x) => {
          const t = tput.get(x.name)!;
          const cpu = (v: number | null) => (v === null ? "" : fmt(v, 2));
          return [x.name, fmt(t.rps, 0), t.rounds.map((v) => fmt(v, 0)).join(" / "), t.errors, cpu(t.cpu.host), cpu(t.cpu.meili), cpu(t.cpu.client)];
        }),
      ),
      "",
      `- Short queries: REST p95 ${fmt(shortRest)} ms vs the faster raw Meilisearch p95 ${fmt(shortMeili)} ms → ` +
        `${fmt(shortRest / shortMeili, 2)}× (target ≤ 1.5× + 5 ms = ${fmt(1.5 * shortMeili + 5)} ms): **${shortMet ? "met" : "NOT met"}**` +
        ` (against meilisearch-js's ${fmt(shortOfficial)} ms: limit ${fmt(1.5 * shortOfficial + 5)} ms, ${shortRest <= 1.5 * shortOfficial + 5 ? "met" : "NOT met"}).`,
      `- Long queries (issue 17.3): REST p95 ${fmt(p(REST, "long", 95))} ms vs the faster raw Meilisearch long-query p95 ${fmt(longRaw)} ms → ` +
        `**${fmt(longRatio, 2)}×** (target ≤ 2×: ${longRatio <= 2 ? "met" : "NOT met"}); in-process ${fmt(p(LIB, "long", 95) / longRaw, 2)}×.`,
      `- Whole-mix throughput, ${options.concurrency} clients: REST ${fmt(tput.get(REST)!.rps, 0)} req/s vs the faster raw Meilisearch ${fmt(rawRps, 0)} req/s (medians); ` +
        `REST ÷ the faster raw system of the same round: ${roundRatios.map((v) => fmt(v, 2)).join(", ")} → median **${fmt(throughputRatio, 2)}×** (target ≥ 0.5×: ${throughputRatio >= 0.5 ? "met" : "NOT met"}).`,
      memory
        ? `- Memory (issue 17.3): the REST host process (the production handler behind node:http, \`lib/rest-server.ts\`) under ${memoryConnections} keep-alive connections looping over the whole mix for ${memorySeconds} s ` +
          `(${fmt(memory.rps, 0)} req/s, ${memory.errors} errors; load average ${loadBeforeMemory} before): resident ${fmt(memory.startMb, 0)} MB at the start, ` +
          `peak **${fmt(memory.peakMb, 0)} MB** sampled every 250 ms, kernel high-water mark (VmHWM, whole life of the process) ${fmt(memory.hwmMb, 0)} MB ` +
          `(target < 600 MB: ${Math.max(memory.peakMb, memory.hwmMb) < 600 ? "met" : "NOT met"}).`
        : "- Memory load skipped (--memory-seconds 0).",
      webMemory
        ? `- Memory (issue 17.3), the production web app (\`apps/web/server.mjs\`, as npm start runs it; request limits off): the same ${memoryConnections} connections × ${memorySeconds} s on its \`/api/v1/papers/search\` ` +
          `(${fmt(webMemory.rps, 0)} req/s, ${webMemory.errors} errors): resident ${fmt(webMemory.startMb, 0)} MB at the start, peak **${fmt(webMemory.peakMb, 0)} MB** ` +
          `(server and its child processes, sampled every 250 ms; target < 600 MB: ${webMemory.peakMb < 600 ? "met" : "NOT met"}).`
        : "- The production web app's memory under this load: not measured in this run (--web-memory).",
      `- REST vs PostgreSQL FTS (all classes, p50 and p95): **${restFasterThanPg ? "REST faster — met" : "NOT met"}**; ` +
        `per class p95 REST/PG: ${vsPg.map((v) => `${v.c} ${fmt(v.rest)}/${fmt(v.pg)}`).join(", ")} ms.`,
      "",
      `Long path, candidate plans (\`bench/lib/long-recall.ts\`): for the ${LONG_QUERIES.length} long queries, the share of the top 10 that BM25 (with the same feedback) ` +
        `would return over every document of the index, and the CPU each plan costs (Meilisearch process and the calling process, ${RECALL_CPU_ROUNDS} rounds).`,
      "",
      recall,
    ].join("\n");
    return {
      papers: corpus.papers,
      markdown,
      targets: {
        shortRestP95: shortRest,
        shortMeiliP95: shortMeili,
        shortMet,
        restFasterThanPg,
        longRatio,
        throughputRatio,
        peakRssMb: memory?.peakMb ?? Number.NaN,
      },
    };
  } finally {
    await pool.end().catch(() => undefined);
    await rest?.stop().catch(() => undefined);
    release();
    await s.stop();
  }
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await benchSearchLatency({
    papers: parseSize(arg("--size") ?? "10k"),
    rounds: Number(arg("--rounds") ?? 5),
    seconds: Number(arg("--seconds") ?? 5),
    throughputRounds: Number(arg("--throughput-rounds") ?? 3),
    concurrency: Number(arg("--concurrency") ?? 4),
    memoryConnections: Number(arg("--memory-connections") ?? 16),
    memorySeconds: Number(arg("--memory-seconds") ?? 60),
    webMemory: process.argv.includes("--web-memory"),
  });
  console.log(`\n${r.markdown}`);
}
