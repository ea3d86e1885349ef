// `npm run bench`: the quick version of every benchmark, then bench/RESULTS.md updated with the tables.
//
//   npm run bench -- [--only ingest,latency,quality,formats] [--ingest-size 10k] [--pipeline-only] [--latency-size 10k] [--web-memory]
//                    [--formats-size 10k]
//                    [--repeat 1] [--rounds 5] [--seconds 5] [--throughput-rounds 3] [--concurrency 4] [--memory-connections 16] [--memory-seconds 60]
//   npm run bench -- --only pages [--pages-size 100k] [--no-build]      (not in the default set: it
//                    builds and serves the web app under /tmp/web.lock; also writes the first-load JS section)
//   npm run bench -- --only first-load [--no-build]                       (first-load JS only, 1k papers)
//
// RESULTS.md is made of sections between `<!-- bench:<id> -->` and `<!-- /bench:<id> -->` markers; a run
// replaces the sections it produced (ids include the corpus size, so a 100k run does not erase the 10k
// one) and leaves everything else in the file, hand-written notes included, as it was.
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { benchFirstLoad } from "./first-load-js.ts";
import { benchFormats } from "./formats.ts";
import { benchIngest } from "./ingest.ts";
import { benchPages } from "./pages.ts";
import { benchSearchLatency } from "./search-latency.ts";
import { benchPipelineQuality, defaultCisiDir } from "./search-quality/pipeline.ts";
import { loadCisi } from "./search-quality/cisi.ts";
import { parseSize, sizeLabel } from "./corpus/generate.ts";
import { BENCH_DIR } from "./lib/proc.ts";
import { loadAverage, machine } from "./lib/report.ts";
import { upsertSection } from "./lib/results-section.ts";

const RESULTS = path.join(BENCH_DIR, "RESULTS.md");

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const HEADER = `# Benchmark results

Produced by \`npm run bench\` (bench/run-all.ts); each section below is rewritten by the run that
produced it and dated. Benchmarks print tables; they are not tests and assert nothing.
`;

async function main(): Promise<void> {
  const only = new Set(arg("--only", "ingest,latency,quality,formats").split(","));
  const stamp = new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC";
  const sections: [string, string][] = [];
  const started = performance.now();
  console.log(`machine: ${machine()}; load average ${loadAverage()}`);

  if (only.has("quality")) {
    console.log("\n== search quality (CISI through the pipeline and REST) ==");
    const cisi = await loadCisi(defaultCisiDir());
    const r = await benchPipelineQuality(cisi);
    console.log(`\n${r.markdown}`);
    sections.push(["quality-cisi", `## Search quality: CISI through the real pipeline and the REST API\n\n_${stamp}_\n\n${r.markdown}`]);
  }
  if (only.has("ingest")) {
    const papers = parseSize(arg("--ingest-size", "10k"));
    console.log(`\n== ingest (${sizeLabel(papers)}) ==`);
    const r = await benchIngest({ papers, repeat: Number(arg("--repeat", "1")), pipelineOnly: process.argv.includes("--pipeline-only") });
    console.log(`\n${r.markdown}`);
    sections.push([`ingest-${sizeLabel(papers)}`, `## Ingest, file → searchable: ${sizeLabel(papers)} papers\n\n_${stamp}_\n\n${r.markdown}`]);
  }
  if (only.has("latency")) {
    const papers = parseSize(arg("--latency-size", "10k"));
    console.log(`\n== search latency (${sizeLabel(papers)}) ==`);
    const r = await benchSearchLatency({
      papers,
      rounds: Number(arg("--rounds", "5")),
      seconds: Number(arg("--seconds", "5")),
      throughputRounds: Number(arg("--throughput-rounds", "3")),
      concurrency: Number(arg("--concurrency", "4")),
      memoryConnections: Number(arg("--memory-connections", "16")),
      memorySeconds: Number(arg("--memory-seconds", "60")),
      webMemory: process.argv.includes("--web-memory"),
    });
    console.log(`\n${r.markdown}`);
    sections.push([`latency-${sizeLabel(papers)}`, `## Search latency: ${sizeLabel(papers)} papers\n\n_${stamp}_\n\n${r.markdown}`]);
  }
  if (only.has("formats")) {
    const references = parseSize(arg("--formats-size", "10k"));
    console.log(`\n== import/export formats (${sizeLabel(references)} references) ==`);
    const r = await benchFormats({ references, repeat: Number(arg("--repeat", "3")) });
    console.log(`\n${r.markdown}`);
    sections.push([`formats-${sizeLabel(references)}`, `## Import and export: ${sizeLabel(references)} references per format\n\n_${stamp}_\n\n${r.markdown}`]);
  }

  if (only.has("pages")) {
    const papers = parseSize(arg("--pages-size", "100k"));
    console.log(`\n== pages under load (${sizeLabel(papers)}) ==`);
    const r = await benchPages({
      papers,
      seconds: Number(arg("--seconds", "8")),
      rounds: Number(arg("--rounds", "2")),
      connections: Number(arg("--concurrency", "8")),
      sample: 1000,
      build: !process.argv.includes("--no-build"),
    });
    console.log(`\n${r.markdown}\n\n${r.firstLoadMarkdown ?? "first-load JS: not measured"}`);
    sections.push([`pages-${sizeLabel(papers)}`, `## Paper and profile pages under load: ${sizeLabel(papers)} papers\n\n_${stamp}_\n\n${r.markdown}`]);
    if (r.firstLoadMarkdown) sections.push(["first-load-js", `## First-load JavaScript of the paper page\n\n_${stamp}_\n\n${r.firstLoadMarkdown}`]);
  } else if (only.has("first-load")) {
    console.log("\n== first-load JS of the paper page ==");
    const markdown = await benchFirstLoad({ papers: 1000, build: !process.argv.includes("--no-build") });
    console.log(`\n${markdown}`);
    sections.push(["first-load-js", `## First-load JavaScript of the paper page\n\n_${stamp}_\n\n${markdown}`]);
  }

  let doc = existsSync(RESULTS) ? await readFile(RESULTS, "utf8") : HEADER;
  doc = upsertSection(
    doc,
    "machine",
    `## Machine (last run)\n\n${machine()}. Load average at the end of the run (1/5/15 min): ${loadAverage()} — the machine is shared; see the noise notes.`,
  );
  for (const [id, body] of sections) doc = upsertSection(doc, id, body);
  await writeFile(RESULTS, doc);
  console.log(`\nupdated ${path.relative(process.cwd(), RESULTS)} in ${((performance.now() - started) / 60000).toFixed(1)} min`);
}

await main();
