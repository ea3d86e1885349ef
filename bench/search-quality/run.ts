// Search-quality bench on CISI: nDCG@10, P@10, MRR and latency for any number of pluggable
// search functions `(q) => Promise<ids>`. Default run: starts an ephemeral Meilisearch, indexes
// CISI through @commonplace/search, compares raw Meilisearch, searchPapers, and in-memory BM25.
//
//   npx tsx bench/search-quality/run.ts [--cisi <dir>] [--tune] [--repeat <n>]
//   npx tsx bench/search-quality/run.ts --pipeline [--cisi <dir>]   (real pipeline + REST: pipeline.ts)
//
// To bench another deployment (e.g. the REST API after real ingestion), import `evaluate` and
// pass your own SearchFn; ids must be the CISI ids (`.I`) of the returned documents.
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { freePort, startMeilisearch } from "@commonplace/embedded";
import {
  createSearchClient,
  ensureIndex,
  PAPER_FIELDS,
  searchPapers,
  toPaperDocument,
  upsertDocuments,
  MeiliTermStats,
  DEFAULT_LONG_QUERY,
  DEFAULT_FEEDBACK,
  isLongQuery,
  type SearchClient,
  type SearchOptions,
} from "@commonplace/search";
import { Bm25Index } from "./bm25.ts";
import { loadCisi, type CisiCollection } from "./cisi.ts";
import { mean, ndcgAtK, percentile, precisionAtK, reciprocalRank } from "./ndcg.ts";

export type SearchFn = (q: string) => Promise<string[]>;
export interface System {
  name: string;
  search: SearchFn;
}

export interface Row {
  name: string;
  ndcg10: number;
  p10: number;
  mrr: number;
  p50Ms: number;
  p95Ms: number;
}

/** Run every judged query through each system (sequentially, so latencies do not interfere). */
export async function evaluate(systems: readonly System[], cisi: CisiCollection, repeat = 1): Promise<Row[]> {
  const judged = cisi.queries.filter((q) => cisi.relevant.has(q.id));
  const rows: Row[] = [];
  for (const system of systems) {
    const ndcg: number[] = [];
    const p10: number[] = [];
    const rr: number[] = [];
    const times: number[] = [];
    for (let round = 0; round < repeat; round++) {
      for (const q of judged) {
        const started = performance.now();
        const ids = await system.search(q.text);
        times.push(performance.now() - started);
        if (round > 0) continue;
        const relevant = cisi.relevant.get(q.id)!;
        ndcg.push(ndcgAtK(ids, relevant, 10));
        p10.push(precisionAtK(ids, relevant, 10));
        rr.push(reciprocalRank(ids, relevant));
      }
    }
    rows.push({ name: system.name, ndcg10: mean(ndcg), p10: mean(p10), mrr: mean(rr), p50Ms: percentile(times, 50), p95Ms: percentile(times, 95) });
  }
  return rows;
}

export function formatTable(rows: readonly Row[], reference?: string): string {
  const ref = rows.find((r) => r.name === reference);
  const head = ["system", "nDCG@10", "P@10", "MRR", ...(ref ? [`÷ ${ref.name}`] : []), "p50 ms", "p95 ms"];
  const body = rows.map((r) => [
    r.name,
    r.ndcg10.toFixed(3),
    r.p10.toFixed(3),
    r.mrr.toFixed(3),
    ...(ref ? [(r.ndcg10 / ref.ndcg10).toFixed(2)] : []),
    r.p50Ms.toFixed(1),
    r.p95Ms.toFixed(1),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

/** Index CISI through the package, exactly as the worker would (ensureIndex + upsertDocuments). */
export async function indexCisi(client: SearchClient, cisi: CisiCollection): Promise<void> {
  await ensureIndex(client);
  const docs = cisi.documents.map((d) =>
    toPaperDocument({ id: d.id, title: d.title, abstract: d.abstract, authors: d.authors, categories: [], source: "cisi", upvotes: 0 }),
  );
  for (let i = 0; i < docs.length; i += 500) await upsertDocuments(client, docs.slice(i, i + 500));
}

export function meiliRaw(client: SearchClient, matchingStrategy: "last" | "frequency"): SearchFn {
  return async (q) => {
    const r = await client.meili.index(client.indexes.papers).search<{ id: string }>(q, {
      limit: 10,
      matchingStrategy,
      attributesToSearchOn: [...PAPER_FIELDS.searchable],
      attributesToRetrieve: ["id"],
    });
    return r.hits.map((h) => h.id);
  };
}

export function ours(client: SearchClient, options: SearchOptions & { dfCache?: boolean } = {}): SearchFn {
  const { dfCache, ...searchOptions } = options;
  const termStats = new MeiliTermStats(client, { ttlMs: dfCache === false ? 0 : 60_000 });
  return async (q) => (await searchPapers(client, { q, limit: 10 }, { termStats, ...searchOptions })).hits.map((h) => h.id);
}

const NO_FEEDBACK = { ...DEFAULT_FEEDBACK, docs: 0 };

function bm25System(name: string, index: Bm25Index): System {
  return { name, search: async (q) => index.search(q, 10) };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const cisiDir = arg("--cisi") ?? path.resolve(here, "../../../shared/data/cisi");
  const repeat = Number(arg("--repeat") ?? 1);
  const cisi = await loadCisi(cisiDir);
  const judged = cisi.queries.filter((q) => cisi.relevant.has(q.id)).length;
  console.log(`CISI: ${cisi.documents.length} documents, ${judged} judged queries (of ${cisi.queries.length})`);

  const meili = await startMeilisearch({
    dataDir: path.join(tmpdir(), `commonplace-bench-meili-${process.pid}`),
    port: await freePort(),
    masterKey: `bench-${process.pid}-0123456789abcdefghijklmnopqrstuv`,
    ephemeral: true,
  });
  try {
    const client = createSearchClient({ host: meili.host, apiKey: meili.masterKey, indexPrefix: "bench_" });
    const started = performance.now();
    await indexCisi(client, cisi);
    console.log(`indexed in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    const texts = cisi.documents.map((d) => ({ id: d.id, text: `${d.title}\n${d.abstract}` }));
    const bm25 = new Bm25Index(texts, false);
    const bm25Stem = new Bm25Index(texts, true);

    if (process.argv.includes("--tune")) {
      await tune(client, cisi);
      return;
    }
    const rows = await evaluate(
      [
        { name: "meili raw (last)", search: meiliRaw(client, "last") },
        { name: "meili raw (frequency)", search: meiliRaw(client, "frequency") },
        { name: "searchPapers (df cache off)", search: ours(client, { dfCache: false }) },
        { name: "searchPapers", search: ours(client) },
        { name: "searchPapers (long path forced)", search: ours(client, { strategy: "long" }) },
        { name: "searchPapers, no feedback", search: ours(client, { longQuery: { feedback: NO_FEEDBACK } }) },
        bm25System("BM25", bm25),
        bm25System("BM25 + Porter", bm25Stem),
      ],
      cisi,
      repeat,
    );
    console.log(formatTable(rows, "BM25"));
    const judgedQueries = cisi.queries.filter((q) => cisi.relevant.has(q.id));
    const long = judgedQueries.filter((q) => isLongQuery(q.text)).length;
    console.log(`\nrouting: ${long} judged queries took the long path, ${judgedQueries.length - long} the short (Meilisearch) path`);
  } finally {
    await meili.stop();
  }
}

/** Grid over the long-query knobs (one knob at a time from the defaults). */
async function tune(client: SearchClient, cisi: CisiCollection): Promise<void> {
  const d = DEFAULT_LONG_QUERY;
  const variants: [string, SearchOptions][] = [
    ["defaults", {}],
    ["all long", { strategy: "long" }],
    ["10-word anchored x8 (session 7)", { longQuery: { chunkSize: 10, maxChunks: 8, coverWords: 0, anchorMaxDfPerLimit: Infinity, coverLimit: 100 } }],
    ["1-word x8 + cover 100 (session 8)", { longQuery: { anchorMaxDfPerLimit: Infinity, coverLimit: 100 } }],
    ["1-word x8, no cover", { longQuery: { anchorMaxDfPerLimit: Infinity, coverWords: 0 } }],
    ["anchors df <= 5x limit", { longQuery: { anchorMaxDfPerLimit: 5 } }],
    ["anchors df <= 20x limit", { longQuery: { anchorMaxDfPerLimit: 20 } }],
    ["cover 150", { longQuery: { coverLimit: 150 } }],
    ["cover only", { longQuery: { maxChunks: 0 } }],
    ["no feedback", { longQuery: { feedback: NO_FEEDBACK } }],
    ["feedback 10 docs", { longQuery: { feedback: { ...d.feedback, docs: 10 } } }],
    ["feedback weight 1", { longQuery: { feedback: { ...d.feedback, weight: 1 } } }],
  ];
  const rows = await evaluate(
    variants.map(([name, options]) => ({ name, search: ours(client, options) })),
    cisi,
  );
  console.log(formatTable(rows, "defaults"));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes("--pipeline")) {
    // Not awaited at top level: pipeline.ts imports this module, which must finish evaluating first.
    void import("./pipeline.ts")
      .then((m) => m.mainPipeline())
      .catch((error: unknown) => {
        console.error(error);
        process.exitCode = 1;
      });
  } else {
    await main();
  }
}
