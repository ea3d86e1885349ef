// Issue 16.6: time to answer a paper's related papers (papers.related / GET /papers/{id}/related, in-process: the
// same function both call) at 100k papers — cold (nothing cached: the long-query search over the paper's title
// and abstract, the version filter, the cache write, the cards) and cached (cache row + catalogue re-check +
// cards) — against baselines measured in the same run, interleaved paper by paper: a plain short search
// (searchPapers, 2–3 keywords) and the long search alone on the same title + abstract. Prints tables; asserts nothing.
//
//   npx tsx bench/related-papers.ts [--size 100k] [--papers <n>]
import { createDb } from "@commonplace/db";
import { createSearchClient, searchPapers } from "@commonplace/search";
import { relatedPapers } from "../packages/api/src/papers/related/related.ts";
import { relatedQuery } from "../packages/api/src/papers/related/candidates.ts";
import { ensureCorpus, parseSize, sizeLabel } from "./corpus/generate.ts";
import { QUERY_MIX } from "./corpus/queries.ts";
import { rawLoad } from "./lib/raw-load.ts";
import { fmt, loadAverage, machine, percentile, table } from "./lib/report.ts";
import { startServices, stopOnSignal } from "./lib/services.ts";

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const size = parseSize(arg("--size") ?? "100k");
const sampleSize = Number(arg("--papers") ?? 200);
const PREFIX = "rel_";
const LIMIT = 6;
const SHORT = QUERY_MIX.filter((q) => q.cls === "short").map((q) => q.q);

const corpus = await ensureCorpus(size, { log: console.log });
const services = await startServices("related");
const release = stopOnSignal(services);
const db = createDb(services.databaseUrl, { max: 4 });
try {
  console.log(`loading ${sizeLabel(corpus.papers)} papers (raw loader) …`);
  const load = await rawLoad({
    file: corpus.path,
    databaseUrl: services.databaseUrl,
    meiliHost: services.meiliHost,
    meiliKey: services.meiliKey,
    indexPrefix: PREFIX,
  });
  await db.$executeRawUnsafe(`ANALYZE "Paper"`); // what autovacuum does after a bulk load; the cache reads its estimate
  console.log(`  loaded in ${fmt(load.ms / 1000)} s`);
  const client = createSearchClient({ host: services.meiliHost, apiKey: services.meiliKey, indexPrefix: PREFIX });
  const sample = await db.$queryRaw<{ id: string; title: string; abstract: string | null }[]>`
    SELECT id, title, abstract FROM "Paper" ORDER BY md5(id) LIMIT ${sampleSize + 10}`;
  const warm = sample.splice(0, 10);
  for (const p of warm) await relatedPapers(db, client, p.id, LIMIT); // connections, JIT, term-statistics cache
  for (const q of SHORT) await searchPapers(client, { q, limit: LIMIT, facets: [] });

  const samples: Record<string, number[]> = { cold: [], cached: [], short: [], long: [] };
  let shown = 0;
  const time = async (key: string, run: () => Promise<unknown>) => {
    const t0 = performance.now();
    const out = await run();
    samples[key]!.push(performance.now() - t0);
    return out;
  };
  const loadBefore = loadAverage();
  const started = performance.now();
  for (const [i, p] of sample.entries()) {
    // Order rotates per paper so machine noise spreads evenly; "cold" always precedes "cached" for its paper.
    const steps: [string, () => Promise<unknown>][] = [
      ["short", () => searchPapers(client, { q: SHORT[i % SHORT.length]!, limit: LIMIT, facets: [] })],
      ["long", () => searchPapers(client, { q: relatedQuery(p), limit: 24, facets: [] }, { strategy: "long" })],
    ];
    if (i % 2) steps.reverse();
    await time(steps[0]![0], steps[0]![1]);
    const cold = (await time("cold", () => relatedPapers(db, client, p.id, LIMIT))) as Awaited<ReturnType<typeof relatedPapers>>;
    shown += cold.papers.length;
    await time(steps[1]![0], steps[1]![1]);
    await time("cached", () => relatedPapers(db, client, p.id, LIMIT));
  }
  const seconds = (performance.now() - started) / 1000;
  const loadAfter = loadAverage();
  const baseline = percentile(samples.short!, 50);
  const rows = (
    [
      ["related papers, cold (uncached)", "cold"],
      ["related papers, cached", "cached"],
      ["baseline: short search (2–3 keywords)", "short"],
      ["long search alone (same title + abstract)", "long"],
    ] as const
  ).map(([label, key]) => {
    const xs = samples[key]!;
    return [label, xs.length, fmt(percentile(xs, 50)), fmt(percentile(xs, 95)), fmt(percentile(xs, 99)), fmt(percentile(xs, 50) / baseline, 2)];
  });
  console.log(`\n${machine()}`);
  console.log(
    `${sizeLabel(corpus.papers)} papers (raw loader, ${fmt(load.ms / 1000, 0)} s), ${sample.length} papers asked for ${LIMIT} related each ` +
      `(${fmt(shown / sample.length, 1)} shown on average), ${fmt(seconds, 0)} s. Load average (1/5/15 min) before ${loadBefore}, after ${loadAfter}.\n`,
  );
  console.log(table(["ms per paper", "n", "p50", "p95", "p99", "p50 ÷ short search p50"], rows));
} finally {
  release();
  await db.$disconnect();
  await services.stop();
}
