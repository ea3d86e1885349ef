// Deterministic synthetic arXiv-metadata-snapshot JSONL (one record per line), streamed to disk.
//
//   npx tsx bench/corpus/generate.ts [--size 10k|100k|1m|<n>] [--seed <n>] [--force]
//
// Output: bench/.corpus/arxiv-<size>-<seed>.jsonl (gitignored). A finished file is reused (a
// `.done` marker records its line count); records are a pure function of (seed, index), so the
// 10k corpus is the first 10k lines of the 100k one.
import { createWriteStream, existsSync } from "node:fs";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { once } from "node:events";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { DEFAULT_SEED, generatePaper } from "./paper.ts";

export const CORPUS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../.corpus");

export function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(s.trim());
  if (!m) throw new Error(`bad size ${JSON.stringify(s)} (use e.g. 10k, 100k, 1m, 2500)`);
  const mult = { "": 1, k: 1_000, m: 1_000_000 }[m[2]!.toLowerCase() as "" | "k" | "m"];
  return Math.round(Number(m[1]) * mult);
}

export function sizeLabel(n: number): string {
  if (n % 1_000_000 === 0) return `${n / 1_000_000}m`;
  if (n % 1_000 === 0) return `${n / 1_000}k`;
  return String(n);
}

export interface CorpusFile {
  path: string;
  papers: number;
  bytes: number;
  generatedMs: number | null;
}

/** Write (or reuse) the corpus of `papers` records; never holds more than one chunk in memory. */
export async function ensureCorpus(papers: number, options: { seed?: number; force?: boolean; log?: (s: string) => void } = {}): Promise<CorpusFile> {
  const seed = options.seed ?? DEFAULT_SEED;
  await mkdir(CORPUS_DIR, { recursive: true });
  const file = path.join(CORPUS_DIR, `arxiv-${sizeLabel(papers)}-${seed}.jsonl`);
  const marker = `${file}.done`;
  if (!options.force && existsSync(file) && existsSync(marker) && (await readFile(marker, "utf8")).trim() === String(papers)) {
    return { path: file, papers, bytes: (await stat(file)).size, generatedMs: null };
  }
  const started = performance.now();
  const tmp = `${file}.partial`;
  const out = createWriteStream(tmp);
  const CHUNK = 1000;
  for (let i = 0; i < papers; i += CHUNK) {
    let text = "";
    for (let j = i; j < Math.min(papers, i + CHUNK); j++) text += `${JSON.stringify(generatePaper(seed, j))}\n`;
    if (!out.write(text)) await once(out, "drain");
    if (options.log && i % 100_000 === 0 && i > 0) options.log(`  generated ${i.toLocaleString("en")} / ${papers.toLocaleString("en")}`);
  }
  out.end();
  await once(out, "finish");
  await rename(tmp, file);
  await writeFile(marker, String(papers));
  return { path: file, papers, bytes: (await stat(file)).size, generatedMs: performance.now() - started };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const papers = parseSize(arg("--size") ?? "10k");
  const c = await ensureCorpus(papers, { seed: arg("--seed") ? Number(arg("--seed")) : undefined, force: process.argv.includes("--force"), log: console.log });
  const rel = path.relative(process.cwd(), c.path);
  console.log(
    `${rel}: ${c.papers.toLocaleString("en")} papers, ${(c.bytes / 1048576).toFixed(1)} MB` +
      (c.generatedMs === null ? " (reused)" : ` in ${(c.generatedMs / 1000).toFixed(1)} s`),
  );
}
