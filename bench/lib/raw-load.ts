import { createReadStream } from "node:fs";
import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import pg from "pg";
import { createSearchClient, enqueueUpsert, ensureIndex, toPaperDocument, type PaperDocument } from "@commonplace/search";
import type { ArxivRecord } from "../corpus/paper.ts";

// The raw baseline: the same rows and documents the pipeline produces, written the fastest plain way —
// JSON.parse per line, multi-row INSERT … SELECT FROM unnest(arrays) per batch (one round trip per table),
// and Meilisearch addDocuments (both indexes, enqueueUpsert) in large batches enqueued without waiting, awaited once at the end.
// No dedupe, no per-item outcome, no outbox: what the pipeline adds is exactly what this leaves out.

export interface RawLoadOptions {
  file: string;
  databaseUrl: string;
  meiliHost: string;
  meiliKey: string;
  indexPrefix: string;
  /** Papers per PostgreSQL batch. */
  pgBatch?: number;
  /** Documents per addDocuments call. */
  meiliBatch?: number;
  /** Skip Meilisearch (e.g. loading a second copy just for PostgreSQL full-text). */
  skipMeili?: boolean;
  /** Called after each PostgreSQL batch commits, with the papers committed so far. */
  onProgress?: (papers: number) => void;
}

export interface RawLoadResult {
  papers: number;
  ms: number;
  /** When the last row was committed in PostgreSQL (Meilisearch may still be indexing). */
  pgDoneMs: number;
}

interface Row {
  id: string;
  arxivId: string;
  doi: string | null;
  title: string;
  abstract: string;
  publishedAt: Date | null;
  year: number | null;
  categories: string[];
  journalRef: string | null;
  latestVersion: number;
  authors: string[];
  versions: { version: number; publishedAt: Date | null }[];
}

function toRow(r: ArxivRecord): Row {
  const versions = r.versions.map((v) => ({ version: Number(v.version.slice(1)), publishedAt: v.created ? new Date(v.created) : null }));
  const publishedAt = versions[0]?.publishedAt ?? null;
  return {
    id: randomUUID().replaceAll("-", ""),
    arxivId: r.id,
    doi: r.doi ? r.doi.toLowerCase() : null,
    title: r.title,
    abstract: r.abstract.trim(),
    publishedAt,
    year: publishedAt ? publishedAt.getUTCFullYear() : null,
    categories: r.categories.split(/\s+/).filter(Boolean),
    journalRef: r["journal-ref"],
    latestVersion: versions[versions.length - 1]?.version ?? 1,
    authors: r.authors_parsed.map(([last, first]) => [first, last].filter(Boolean).join(" ")),
    versions,
  };
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

export async function rawLoad(o: RawLoadOptions): Promise<RawLoadResult> {
  const started = performance.now();
  const pgBatch = o.pgBatch ?? 2000;
  const meiliBatch = o.meiliBatch ?? 10_000;
  const client = new pg.Client({ connectionString: o.databaseUrl });
  await client.connect();
  const search = createSearchClient({ host: o.meiliHost, apiKey: o.meiliKey, indexPrefix: o.indexPrefix, taskTimeoutMs: 3_600_000 });
  if (!o.skipMeili) await ensureIndex(search);
  const authorIds = new Map<string, string>();
  const tasks: number[] = [];
  let rows: Row[] = [];
  let docs: PaperDocument[] = [];
  let papers = 0;
  let committed = 0;

  const flushMeili = async () => {
    if (docs.length === 0 || o.skipMeili) return;
    tasks.push(...(await enqueueUpsert(search, docs)));
    docs = [];
  };
  const flushPg = async () => {
    if (rows.length === 0) return;
    const batch = rows;
    rows = [];
    const newAuthors: [string, string, string][] = [];
    for (const r of batch)
      for (const name of r.authors) {
        const key = norm(name);
        if (key && !authorIds.has(key)) {
          const id = randomUUID().replaceAll("-", "");
          authorIds.set(key, id);
          newAuthors.push([id, name, key]);
        }
      }
    const col = <T>(f: (r: Row) => T) => batch.map(f);
    await client.query("BEGIN");
    if (newAuthors.length)
      await client.query(`INSERT INTO "Author" (id, name, "normName") SELECT * FROM unnest($1::text[], $2::text[], $3::text[])`, [
        newAuthors.map((a) => a[0]),
        newAuthors.map((a) => a[1]),
        newAuthors.map((a) => a[2]),
      ]);
    await client.query(
      `INSERT INTO "Paper" (id, "canonicalKey", "arxivId", doi, title, "normTitle", abstract, "publishedAt", year, categories,
         "journalRef", links, source, "latestVersion", "updatedAt")
       SELECT id, key, arxiv, doi, title, ntitle, abstract, pub, year, string_to_array(cats, ' '), jref, links::jsonb, 'arxiv-jsonl', lv, now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamp[], $9::int[],
                   $10::text[], $11::text[], $12::text[], $13::int[]) AS t(id, key, arxiv, doi, title, ntitle, abstract, pub, year, cats, jref, links, lv)`,
      [
        col((r) => r.id),
        col((r) => r.arxivId),
        col((r) => r.arxivId),
        col((r) => r.doi),
        col((r) => r.title),
        col((r) => norm(r.title)),
        col((r) => r.abstract),
        col((r) => r.publishedAt),
        col((r) => r.year),
        col((r) => r.categories.join(" ")),
        col((r) => r.journalRef),
        col((r) =>
          JSON.stringify([
            { kind: "abs", url: `https://arxiv.org/abs/${r.arxivId}` },
            { kind: "pdf", url: `https://arxiv.org/pdf/${r.arxivId}v${r.latestVersion}` },
          ]),
        ),
        col((r) => r.latestVersion),
      ],
    );
    const pa = batch.flatMap((r) => r.authors.map((name, position) => [r.id, authorIds.get(norm(name)), position] as const).filter((x) => x[1]));
    await client.query(`INSERT INTO "PaperAuthor" ("paperId", "authorId", position) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])`, [
      pa.map((x) => x[0]),
      pa.map((x) => x[1]),
      pa.map((x) => x[2]),
    ]);
    // The pipeline keeps one PaperVersion row per paper (its current version); so does the baseline.
    await client.query(
      `INSERT INTO "PaperVersion" (id, "paperId", version, title, abstract, "publishedAt")
       SELECT gen_random_uuid()::text, * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::timestamp[])`,
      [
        col((r) => r.id),
        col((r) => r.latestVersion),
        col((r) => r.title),
        col((r) => r.abstract),
        col((r) => r.versions[r.versions.length - 1]?.publishedAt ?? null),
      ],
    );
    await client.query("COMMIT");
    committed += batch.length;
    o.onProgress?.(committed);
  };

  const lines = createInterface({ input: createReadStream(o.file), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const row = toRow(JSON.parse(line) as ArxivRecord);
    rows.push(row);
    papers++;
    if (!o.skipMeili)
      docs.push(
        toPaperDocument({
          id: row.id,
          title: row.title,
          abstract: row.abstract,
          authors: row.authors,
          year: row.year,
          publishedAt: row.publishedAt,
          categories: row.categories,
          source: "arxiv-jsonl",
          upvotes: 0,
          arxivId: row.arxivId,
          doi: row.doi,
        }),
      );
    if (rows.length >= pgBatch) await flushPg();
    if (docs.length >= meiliBatch) await flushMeili();
  }
  await flushPg();
  const pgDoneMs = performance.now() - started;
  await flushMeili();
  await client.end();
  for (const uid of tasks) {
    const task = await search.meili.tasks.waitForTask(uid, { timeout: 3_600_000, interval: 100 });
    if (task.status !== "succeeded") throw new Error(`raw addDocuments task ${uid} ${task.status}: ${task.error?.message ?? ""}`);
  }
  return { papers, ms: performance.now() - started, pgDoneMs };
}
