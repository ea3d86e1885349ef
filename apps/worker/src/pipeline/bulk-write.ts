import type { Prisma } from "@commonplace/db";
import type { ExistingPaper, ItemResult } from "./types.ts";

// Multi-row writes for persist, one statement each: `INSERT … SELECT FROM unnest($1::text[], …)`.
// Same rows as Prisma's createMany, but Prisma's query compiler spent ~45 of 100 s of a 10k-paper
// ingest building and serializing those calls (CPU profile); a raw statement with one array per
// column costs next to nothing. Column lists mirror packages/db/prisma/schema.prisma.

type Tx = Prisma.TransactionClient;

/** Prisma stores DateTime as UTC in `timestamp(3)`: send the UTC wall-clock time without a zone. */
const utc = (d: Date | null) => (d ? d.toISOString().slice(0, -1) : null);
const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

export async function insertPapers(tx: Tx, papers: ExistingPaper[]): Promise<void> {
  if (papers.length === 0) return;
  const col = <T>(f: (p: ExistingPaper) => T) => papers.map(f);
  await tx.$executeRaw`
    INSERT INTO "Paper" (id, "canonicalKey", "arxivId", doi, title, "normTitle", abstract, "publishedAt", year, categories,
      "journalRef", venue, citation, links, "fullText", pages, source, "latestVersion", "updatedAt")
    SELECT id, key, arxiv, doi, title, ntitle, abstract, pub, year, ARRAY(SELECT jsonb_array_elements_text(cats::jsonb)),
      jref, venue, citation::jsonb, links::jsonb, ftext, pages::jsonb, source, lv, now()
    FROM unnest(${col((p) => p.id)}::text[], ${col((p) => p.canonicalKey)}::text[], ${col((p) => p.arxivId)}::text[],
      ${col((p) => p.doi)}::text[], ${col((p) => p.title)}::text[], ${col((p) => p.normTitle)}::text[], ${col((p) => p.abstract)}::text[],
      ${col((p) => utc(p.publishedAt))}::timestamp(3)[], ${col((p) => p.year)}::int[], ${col((p) => json(p.categories))}::text[],
      ${col((p) => p.journalRef)}::text[], ${col((p) => p.venue)}::text[], ${col((p) => json(p.citation))}::text[], ${col((p) => json(p.links))}::text[],
      ${col((p) => p.fullText)}::text[], ${col((p) => json(p.pages))}::text[], ${col((p) => p.source)}::text[], ${col((p) => p.latestVersion)}::int[])
      AS t(id, key, arxiv, doi, title, ntitle, abstract, pub, year, cats, jref, venue, citation, links, ftext, pages, source, lv)`;
}

export interface VersionInsert {
  id: string;
  paperId: string;
  version: number;
  title: string;
  abstract: string | null;
  fullText: string | null;
  publishedAt: Date | null;
}

/** New PaperVersion rows; a (paper, version) that already exists is left as it is. */
export async function insertVersions(tx: Tx, rows: VersionInsert[]): Promise<void> {
  if (rows.length === 0) return;
  const col = <T>(f: (v: VersionInsert) => T) => rows.map(f);
  await tx.$executeRaw`
    INSERT INTO "PaperVersion" (id, "paperId", version, title, abstract, "fullText", "publishedAt")
    SELECT * FROM unnest(${col((v) => v.id)}::text[], ${col((v) => v.paperId)}::text[], ${col((v) => v.version)}::int[],
      ${col((v) => v.title)}::text[], ${col((v) => v.abstract)}::text[], ${col((v) => v.fullText)}::text[],
      ${col((v) => utc(v.publishedAt))}::timestamp(3)[])
    ON CONFLICT ("paperId", version) DO NOTHING`;
}

/** Author rows by normalized name (existing ones kept), then the id of every name asked for. */
export async function upsertAuthorRows(tx: Tx, rows: { id: string; name: string; normName: string }[]): Promise<Map<string, string>> {
  if (rows.length === 0) return new Map();
  const norms = rows.map((r) => r.normName);
  await tx.$executeRaw`
    INSERT INTO "Author" (id, name, "normName")
    SELECT * FROM unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.name)}::text[], ${norms}::text[])
    ON CONFLICT ("normName") DO NOTHING`;
  // A second statement (new snapshot) also sees authors another ingest committed meanwhile.
  const found = await tx.$queryRaw<{ id: string; normName: string }[]>`
    SELECT id, "normName" FROM "Author" WHERE "normName" = ANY(${norms}::text[])`;
  return new Map(found.map((r) => [r.normName, r.id]));
}

export async function insertPaperAuthors(tx: Tx, rows: { paperId: string; authorId: string; position: number }[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "PaperAuthor" ("paperId", "authorId", position)
    SELECT * FROM unnest(${rows.map((r) => r.paperId)}::text[], ${rows.map((r) => r.authorId)}::text[], ${rows.map((r) => r.position)}::int[])`;
}

export async function insertOutboxUpserts(tx: Tx, paperIds: string[]): Promise<void> {
  if (paperIds.length === 0) return;
  await tx.$executeRaw`INSERT INTO "SearchOutbox" ("paperId", op) SELECT p, 'upsert' FROM unnest(${paperIds}::text[]) AS t(p)`;
}

export interface ChangeInsert {
  id: string;
  paperId: string;
  kind: string;
  before: unknown;
  after: unknown;
  runId: string | null;
  ref: string | null;
  format: string | null;
  actorId: string | null;
  trusted: boolean;
}

/** PaperChange rows (provenance); null before/after store the column default (nothing touched: a creation). */
export async function insertPaperChanges(tx: Tx, rows: ChangeInsert[]): Promise<void> {
  if (rows.length === 0) return;
  const col = <T>(f: (r: ChangeInsert) => T) => rows.map(f);
  await tx.$executeRaw`
    INSERT INTO "PaperChange" (id, "paperId", kind, before, after, "runId", ref, format, "actorId", trusted)
    SELECT id, pid, kind, COALESCE(b::jsonb, '{}'), COALESCE(a::jsonb, '{}'), run, ref, fmt, actor, trusted
    FROM unnest(${col((r) => r.id)}::text[], ${col((r) => r.paperId)}::text[], ${col((r) => r.kind)}::text[], ${col((r) => json(r.before))}::text[],
      ${col((r) => json(r.after))}::text[], ${col((r) => r.runId)}::text[], ${col((r) => r.ref)}::text[], ${col((r) => r.format)}::text[],
      ${col((r) => r.actorId)}::text[], ${col((r) => r.trusted)}::boolean[]) AS t(id, pid, kind, b, a, run, ref, fmt, actor, trusted)`;
}

export interface ItemInsert {
  ref: string;
  outcome: ItemResult["outcome"];
  paperId: string | null;
  title: string | null;
  reason: string | null;
}

export async function insertIngestItems(tx: Tx, runId: string, rows: ItemInsert[]): Promise<void> {
  if (rows.length === 0) return;
  const col = <T>(f: (r: ItemInsert) => T) => rows.map(f);
  await tx.$executeRaw`
    INSERT INTO "IngestItem" ("runId", ref, outcome, "paperId", title, reason)
    SELECT ${runId}, ref, outcome::"IngestOutcome", pid, title, reason
    FROM unnest(${col((r) => r.ref)}::text[], ${col((r) => r.outcome)}::text[], ${col((r) => r.paperId)}::text[],
      ${col((r) => r.title)}::text[], ${col((r) => r.reason)}::text[]) AS t(ref, outcome, pid, title, reason)`;
}
