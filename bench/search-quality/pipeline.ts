// Search quality end to end: CISI → arXiv-snapshot JSONL → the worker's real ingest pipeline (parse,
// normalize, dedupe, persist, outbox drain) into a fresh PostgreSQL + Meilisearch → every judged
// query through the REST API over HTTP → hits mapped back to CISI ids → nDCG@10 / P@10 / MRR beside
// BM25 computed in the same run.
//
//   npx tsx bench/search-quality/pipeline.ts [--cisi <dir>]     (or: run.ts --pipeline)
//
// CISI document N becomes arXiv id 0801.NNNN (old-enough new-style ids, unique, never a real clash);
// after ingestion, Paper.arxivId maps each paper id the API returns back to its CISI id.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import pg from "pg";
import { createSearchClient } from "@commonplace/search";
import { runTsChild } from "../lib/proc.ts";
import { loadAverage, table } from "../lib/report.ts";
import { startRestServer } from "../lib/rest.ts";
import { startServices, stopOnSignal } from "../lib/services.ts";
import { Bm25Index } from "./bm25.ts";
import { loadCisi, type CisiCollection, type CisiDocument } from "./cisi.ts";
import { evaluate, meiliRaw, type Row, type SearchFn } from "./run.ts";

const toArxivId = (cisiId: string) => `0801.${cisiId.padStart(4, "0")}`;

/** "Comaromi, J.P." → [last, first, suffix] as the snapshot's authors_parsed has it. */
function parsedAuthor(name: string): [string, string, string] {
  const [last, first] = name.split(",").map((s) => s.trim());
  return [last ?? name, first ?? "", ""];
}

export function cisiToArxivJsonl(docs: readonly CisiDocument[]): string {
  return docs
    .map((d) =>
      JSON.stringify({
        id: toArxivId(d.id),
        authors: d.authors.join(", "),
        authors_parsed: d.authors.map(parsedAuthor),
        title: d.title,
        abstract: d.abstract,
        categories: "cs.DL",
        doi: null,
        "journal-ref": d.source || null,
        versions: [],
        update_date: null,
      }),
    )
    .join("\n");
}

export interface PipelineQualityResult {
  rows: Row[];
  ingested: { created: number; failed: number; documents: number; ingestMs: number };
  markdown: string;
}

export async function benchPipelineQuality(cisi: CisiCollection, log: (s: string) => void = console.log): Promise<PipelineQualityResult> {
  const s = await startServices("quality");
  const release = stopOnSignal(s);
  const prefix = "cisi_";
  let rest: Awaited<ReturnType<typeof startRestServer>> | null = null;
  try {
    const file = path.join(s.dir, "cisi.jsonl");
    await writeFile(file, cisiToArxivJsonl(cisi.documents));
    const child = await runTsChild<{ ms: number; exitCode: number; summary?: { created: number; failed: number } }>("lib/ingest-child.ts", [file], {
      ...s.env(prefix),
      LOG_LEVEL: "warn",
    });
    const report = child.message;
    if (!report) throw new Error(`ingest child exited ${child.exitCode} without a report`);
    const client = createSearchClient({ host: s.meiliHost, apiKey: s.meiliKey, indexPrefix: prefix });
    const documents = (await client.meili.index(client.indexes.papers).getStats()).numberOfDocuments;
    log(
      `ingested CISI through the pipeline: ${report.summary?.created} created, ${report.summary?.failed} failed, ${documents} documents searchable, ${(report.ms / 1000).toFixed(1)} s`,
    );

    const db = new pg.Client({ connectionString: s.databaseUrl });
    await db.connect();
    const { rows: papers } = await db.query<{ id: string; arxivId: string }>(`SELECT id, "arxivId" FROM "Paper"`);
    await db.end();
    const cisiOf = new Map(papers.map((p) => [p.id, String(Number(p.arxivId.slice(5)))]));
    const mapIds = (ids: string[]) => ids.map((id) => cisiOf.get(id) ?? `unknown:${id}`);

    rest = await startRestServer(s.env(prefix));
    const base = rest.base;
    const viaRest: SearchFn = async (q) => {
      const response = await fetch(`${base}/api/v1/papers/search?${new URLSearchParams({ q, limit: "10" })}`);
      if (!response.ok) throw new Error(`REST ${response.status}: ${(await response.text()).slice(0, 300)}`);
      return mapIds(((await response.json()) as { hits: { id: string }[] }).hits.map((h) => h.id));
    };
    const raw = meiliRaw(client, "last");
    const texts = cisi.documents.map((d) => ({ id: d.id, text: `${d.title}\n${d.abstract}` }));
    const bm25 = new Bm25Index(texts, false);
    const bm25Stem = new Bm25Index(texts, true);
    const rows = await evaluate(
      [
        { name: "REST API (pipeline-ingested)", search: viaRest },
        { name: "Meilisearch raw (same index)", search: async (q) => mapIds(await raw(q)) },
        { name: "BM25", search: async (q) => bm25.search(q, 10) },
        { name: "BM25 + Porter", search: async (q) => bm25Stem.search(q, 10) },
      ],
      cisi,
    );
    const restRow = rows[0]!;
    const bm25Row = rows.find((r) => r.name === "BM25")!;
    const ratio = restRow.ndcg10 / bm25Row.ndcg10;
    const porterRow = rows.find((r) => r.name === "BM25 + Porter")!;
    const markdown = [
      `CISI: ${cisi.documents.length} documents ingested through the worker pipeline (${report.summary?.created} created, ` +
        `${report.summary?.failed} failed, ${documents} in the index); ${cisi.queries.filter((q) => cisi.relevant.has(q.id)).length} judged queries sent to ` +
        "`GET /api/v1/papers/search?limit=10` over HTTP; BM25 computed in the same run. Latency columns include HTTP for the REST row.",
      "",
      table(
        ["system", "nDCG@10", "P@10", "MRR", "÷ BM25 nDCG", "p50 ms", "p95 ms"],
        rows.map((r) => [
          r.name,
          r.ndcg10.toFixed(3),
          r.p10.toFixed(3),
          r.mrr.toFixed(3),
          (r.ndcg10 / bm25Row.ndcg10).toFixed(2),
          r.p50Ms.toFixed(1),
          r.p95Ms.toFixed(1),
        ]),
      ),
      "",
      `REST nDCG@10 ÷ BM25 nDCG@10 = **${ratio.toFixed(2)}** (issue 17.4 target ≥ 1.10: ${ratio >= 1.1 ? "met" : "NOT met"}); ` +
        `÷ BM25 + Porter = ${(restRow.ndcg10 / porterRow.ndcg10).toFixed(2)}. Load average at the end: ${loadAverage()}.`,
    ].join("\n");
    return { rows, ingested: { created: report.summary?.created ?? 0, failed: report.summary?.failed ?? 0, documents, ingestMs: report.ms }, markdown };
  } finally {
    await rest?.stop().catch(() => undefined);
    release();
    await s.stop();
  }
}

export function defaultCisiDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../shared/data/cisi");
}

export async function mainPipeline(argv: string[] = process.argv): Promise<void> {
  const i = argv.indexOf("--cisi");
  const cisi = await loadCisi(i >= 0 && argv[i + 1] ? argv[i + 1]! : defaultCisiDir());
  const r = await benchPipelineQuality(cisi);
  console.log(`\n${r.markdown}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await mainPipeline();
}
