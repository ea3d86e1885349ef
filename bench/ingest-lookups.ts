// What persist's per-batch statements cost against a large library: loads the synthetic corpus into
// PostgreSQL with the raw loader (no Meilisearch), then EXPLAIN ANALYZEs the candidate lookups and
// writes for batches of new papers drawn from across the corpus (its titles, new arXiv ids).
//
//   npx tsx bench/ingest-lookups.ts [--size 1m] [--batches 4] [--batch 250]
//
// "title lookup, before" is the statement persist ran until issue 17.1 (every paper sharing a title
// with the batch, with its first author), reproduced here for comparison; "after" is sameTitleSql.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import pg from "pg";
import { createDb, Prisma } from "@commonplace/db";
import { firstAuthorLastName, normalizeTitle } from "@commonplace/formats";
import { sameTitleSql } from "@commonplace/worker";
import type { ArxivRecord } from "./corpus/paper.ts";
import { ensureCorpus, parseSize, sizeLabel } from "./corpus/generate.ts";
import { rawLoad } from "./lib/raw-load.ts";
import { fmt, int, loadAverage, median, table } from "./lib/report.ts";
import { startServices, stopOnSignal } from "./lib/services.ts";

interface Item {
  normTitle: string;
  arxivId: string;
  doi: string | null;
  year: number | null;
  canonicalKey: string;
  firstAuthorLast: string;
  firstAuthorNorm: string;
}

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

async function sampleBatches(file: string, papers: number, batches: number, size: number): Promise<Item[][]> {
  const every = Math.max(1, Math.floor(papers / (batches * size)));
  const items: Item[] = [];
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (n++ % every !== 0 || !line.trim()) continue;
    const r = JSON.parse(line) as ArxivRecord;
    const created = r.versions[0]?.created;
    const arxivId = `new.${r.id}`;
    const authors = r.authors_parsed.map(([last, first]) => [first, last].filter(Boolean).join(" "));
    items.push({
      normTitle: normalizeTitle(r.title),
      arxivId,
      doi: null,
      year: created ? new Date(created).getUTCFullYear() : null,
      canonicalKey: `arxiv:${arxivId}`,
      firstAuthorLast: firstAuthorLastName(authors),
      firstAuthorNorm: normalizeTitle(authors[0] ?? ""),
    });
  }
  return Array.from({ length: batches }, (_, b) => items.slice(b * size, (b + 1) * size)).filter((b) => b.length);
}

/** The removed statement: every paper sharing a normalized title with the batch, with its first author. */
const beforeSql = (b: Item[]) => Prisma.sql`
  SELECT p.id, p."arxivId", p.doi, p.year, p."normTitle", a.name FROM "Paper" p
  LEFT JOIN "PaperAuthor" pa ON pa."paperId" = p.id AND pa.position = 0 LEFT JOIN "Author" a ON a.id = pa."authorId"
  WHERE p."normTitle" = ANY(${[...new Set(b.map((i) => i.normTitle))]}::text[])`;

/** Persist's id lookup (Prisma's findMany with OR over arXiv id, DOI, canonical key, id), as SQL. */
const idSql = (b: Item[]) => Prisma.sql`
  SELECT p.* FROM "Paper" p WHERE p."arxivId" = ANY(${b.map((i) => i.arxivId)}::text[]) OR p.doi = ANY(${b.flatMap((i) => (i.doi ? [i.doi] : []))}::text[])
    OR p."canonicalKey" = ANY(${b.map((i) => i.canonicalKey)}::text[]) OR p.id = ANY(${[] as string[]}::text[])`;

const upsertAuthorSql = (b: Item[]) => Prisma.sql`
  SELECT id, "normName" FROM "Author" WHERE "normName" = ANY(${b.map((i) => i.firstAuthorNorm)}::text[])`;

interface Plan {
  ms: number;
  rows: number;
  plan: string;
}

async function explain(db: ReturnType<typeof createDb>, sql: Prisma.Sql): Promise<Plan> {
  const out = await db.$queryRaw<{ "QUERY PLAN": unknown }[]>(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`);
  const json = out[0]!["QUERY PLAN"] as { Plan: { "Actual Rows": number }; "Execution Time": number }[];
  const text = await db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${sql}`);
  // Array literals make plan lines kilobytes long: keep the shape.
  const plan = text.map((r) => r["QUERY PLAN"].replace(/'\{[^}]*\}'/g, "'{…}'")).join("\n");
  return { ms: json[0]!["Execution Time"], rows: json[0]!.Plan["Actual Rows"], plan };
}

const size = parseSize(arg("--size") ?? "1m");
const corpus = await ensureCorpus(size, { log: console.log });
const s = await startServices("lookups");
const release = stopOnSignal(s);
try {
  const url = await s.databaseUrlFor("lookups");
  const t0 = performance.now();
  await rawLoad({ file: corpus.path, databaseUrl: url, meiliHost: s.meiliHost, meiliKey: s.meiliKey, indexPrefix: "lk_", skipMeili: true });
  console.log(`loaded ${sizeLabel(size)} papers (raw, PostgreSQL only) in ${fmt((performance.now() - t0) / 1000)} s`);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query("VACUUM ANALYZE");
  await admin.end();
  const batches = await sampleBatches(corpus.path, size, Number(arg("--batches") ?? 4), Number(arg("--batch") ?? 250));
  const db = createDb(url);
  const statements: [string, (b: Item[]) => Prisma.Sql][] = [
    ["title lookup, before (all same-title papers)", beforeSql],
    ["title lookup, after (sameTitleSql)", (b) => sameTitleSql(b)],
    ["id lookup (arXiv id / DOI / key)", idSql],
    ["author ids by normalized name", upsertAuthorSql],
  ];
  const rows: (string | number)[][] = [];
  for (const [name, sql] of statements) {
    const plans: Plan[] = [];
    for (const b of batches) plans.push(await explain(db, sql(b)));
    rows.push([name, fmt(median(plans.map((p) => p.ms)), 2), int(median(plans.map((p) => p.rows)))]);
    console.log(`\n${name} — plan:\n${plans[0]!.plan}`);
  }
  await db.$disconnect();
  console.log(`\n${sizeLabel(size)} papers in PostgreSQL; ${batches.length} batches of ${batches[0]?.length} new papers; load ${loadAverage()}\n`);
  console.log(table(["statement (per batch)", "EXPLAIN ANALYZE ms (median)", "rows"], rows));
} finally {
  release();
  await s.stop();
}
