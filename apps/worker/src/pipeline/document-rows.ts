import { Prisma } from "@commonplace/db";
import type { PaperInput } from "@commonplace/search";

// The columns a search document is built from (packages/search toPaperDocument), read in one statement
// with the authors aggregated in order. The outbox drain reads 5,000 papers per claim during a bulk ingest
// and a reindex reads every paper: Prisma's findMany + include read every column (citation, links,
// pages…) and hydrated each paper and author row in JavaScript, which is worker CPU that Meilisearch
// and PostgreSQL need during a large ingest (issue 17.1).

type Query = Pick<Prisma.TransactionClient, "$queryRaw">;

interface DocumentRow extends Omit<PaperInput, "publishedAt"> {
  /** Milliseconds since the epoch (any year PostgreSQL stores: to_char would drop a BC year's sign). */
  publishedMs: number | null;
}

const columns = Prisma.sql`
  SELECT p.id, p.title, p.abstract, p.year, p.categories, p.source, p."upvoteCount" AS upvotes, p."fullText", p."arxivId", p.doi,
    (extract(epoch FROM p."publishedAt") * 1000)::float8 AS "publishedMs",
    ARRAY(SELECT a.name FROM "PaperAuthor" pa JOIN "Author" a ON a.id = pa."authorId" WHERE pa."paperId" = p.id ORDER BY pa.position) AS authors
  FROM "Paper" p`;

/** The column is a UTC `timestamp(3)` without a zone, as Prisma reads it. */
const toInput = ({ publishedMs, ...row }: DocumentRow): PaperInput => ({ ...row, publishedAt: publishedMs === null ? null : new Date(publishedMs) });

/** The papers among `ids` that exist, as document inputs (any order). */
export async function documentInputsByIds(db: Query, ids: readonly string[]): Promise<PaperInput[]> {
  if (ids.length === 0) return [];
  return (await db.$queryRaw<DocumentRow[]>`${columns} WHERE p.id = ANY(${[...ids]}::text[])`).map(toInput);
}

/** Up to `limit` papers with ids after `after` (null: from the first), in id order: keyset pages for a reindex. */
export async function documentInputsAfter(db: Query, after: string | null, limit: number): Promise<PaperInput[]> {
  const rows = await db.$queryRaw<
    DocumentRow[]
  >`${columns} WHERE ${after === null ? Prisma.sql`TRUE` : Prisma.sql`p.id > ${after}`} ORDER BY p.id LIMIT ${limit}`;
  return rows.map(toInput);
}
