import type { Db, Prisma } from "@commonplace/db";
import { DERIVED_PAPER_TABLES } from "@commonplace/catalogue";
import { AppError } from "../errors/index.ts";

// The rows a merge moves from the duplicate to the survivor (merge.ts), inside its transaction. Where the
// survivor already has the row (the same list, the same person's upvote or tag) the two become one.

type Tx = Prisma.TransactionClient;

/** Rows owned by the paper itself, deleted with it: the duplicate's authors and versions. */
const OWNED = new Set(["PaperAuthor", "PaperVersion"]);
/** Derived rows (the worker's discovery store): deleted for the duplicate, never moved. */
const DERIVED: ReadonlySet<string> = new Set(DERIVED_PAPER_TABLES);

export async function moveRows(tx: Tx, survivorId: string, mergedId: string) {
  // Lists holding both: one item, with both notes and all tags; the other lists' items simply move.
  await tx.$executeRaw`
    UPDATE "ReadingListItem" s SET
      note = CASE WHEN coalesce(s.note, '') = '' THEN m.note WHEN coalesce(m.note, '') = '' OR m.note = s.note THEN s.note ELSE s.note || E'\n\n' || m.note END,
      tags = ARRAY(SELECT DISTINCT t FROM unnest(s.tags || m.tags) AS t ORDER BY t),
      version = s.version + 1, "updatedAt" = now()
    FROM "ReadingListItem" m
    WHERE s."paperId" = ${survivorId} AND m."paperId" = ${mergedId} AND s."listId" = m."listId"`;
  const folded = await tx.$executeRaw`
    DELETE FROM "ReadingListItem" m WHERE m."paperId" = ${mergedId}
      AND EXISTS (SELECT 1 FROM "ReadingListItem" s WHERE s."listId" = m."listId" AND s."paperId" = ${survivorId})`;
  const items =
    await tx.$executeRaw`UPDATE "ReadingListItem" SET "paperId" = ${survivorId}, version = version + 1, "updatedAt" = now() WHERE "paperId" = ${mergedId}`;

  // One vote per person: whoever voted for both keeps one.
  await tx.$executeRaw`
    DELETE FROM "Upvote" m WHERE m."paperId" = ${mergedId}
      AND EXISTS (SELECT 1 FROM "Upvote" s WHERE s."userId" = m."userId" AND s."paperId" = ${survivorId})`;
  const upvotes = await tx.$executeRaw`UPDATE "Upvote" SET "paperId" = ${survivorId} WHERE "paperId" = ${mergedId}`;
  await tx.$executeRaw`UPDATE "Paper" SET "upvoteCount" = (SELECT count(*) FROM "Upvote" WHERE "paperId" = ${survivorId})::int WHERE id = ${survivorId}`;

  // A person's tags on either paper: the union.
  await tx.$executeRaw`
    DELETE FROM "PaperTag" m WHERE m."paperId" = ${mergedId}
      AND EXISTS (SELECT 1 FROM "PaperTag" s WHERE s."userId" = m."userId" AND s.tag = m.tag AND s."paperId" = ${survivorId})`;
  await tx.$executeRaw`UPDATE "PaperTag" SET "paperId" = ${survivorId} WHERE "paperId" = ${mergedId}`;

  // Threads move whole (replies carry the paper id too).
  const annotations = await tx.$executeRaw`UPDATE "Annotation" SET "paperId" = ${survivorId} WHERE "paperId" = ${mergedId}`;
  const pdfs = await tx.$executeRaw`UPDATE "PaperPdf" SET "paperId" = ${survivorId} WHERE "paperId" = ${mergedId}`;
  // Provenance: the duplicate's history and proposals become part of the survivor's.
  await tx.$executeRaw`UPDATE "PaperChange" SET "paperId" = ${survivorId} WHERE "paperId" = ${mergedId}`;
  await tx.$executeRaw`UPDATE "PaperProposal" SET "paperId" = ${survivorId} WHERE "paperId" = ${mergedId}`;
  // Rows that name the paper without a foreign key: feeds, notifications and import results keep pointing somewhere.
  await tx.$executeRaw`UPDATE "Activity" SET "paperId" = ${survivorId} WHERE "paperId" = ${mergedId}`;
  await tx.$executeRaw`UPDATE "Notification" SET "paperId" = ${survivorId} WHERE "paperId" = ${mergedId}`;
  await tx.$executeRaw`UPDATE "IngestItem" SET "paperId" = ${survivorId} WHERE "paperId" = ${mergedId}`;
  // Derived: the duplicate's rows go; the survivor, now holding its votes, is rescored by the worker's next
  // rebuild (within a minute). Names come from DERIVED_PAPER_TABLES, not from input; quoted as identifiers.
  for (const table of DERIVED) await tx.$executeRawUnsafe(`DELETE FROM "${table}" WHERE "paperId" = $1`, mergedId);
  return { listItems: items + folded, annotations, upvotes, pdfs };
}

/**
 * Deleting the duplicate cascades to every row that still references it. So that a table added later
 * (one this file does not move yet) never loses rows silently, the merge fails — and changes nothing —
 * while any row outside OWNED still points at the duplicate.
 */
export async function assertNothingLeft(tx: Tx, mergedId: string): Promise<void> {
  const refs = await tx.$queryRaw<{ table: string; column: string }[]>`
    SELECT c.conrelid::regclass::text AS table, a.attname AS column
    FROM pg_constraint c
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
    WHERE c.contype = 'f' AND c.confrelid = '"Paper"'::regclass AND cardinality(c.conkey) = 1`;
  for (const ref of refs) {
    const table = ref.table.replace(/^.*\./, "").replace(/"/g, "");
    if (OWNED.has(table) || DERIVED.has(table) || table === "PaperRedirect") continue;
    // Names come from the catalogue, not from input; quoted as identifiers.
    const [row] = await tx.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM ${ref.table} WHERE "${ref.column.replace(/"/g, '""')}" = $1`,
      mergedId,
    );
    if (row && row.n > 0) {
      throw new AppError("precondition_failed", `Merging would lose ${row.n} row(s) of ${table} that the merge does not move yet; nothing was changed.`, {
        code: "merge_incomplete",
      });
    }
  }
}

/** What a merge would move: for the confirmation an administrator reads first. */
export async function rowCounts(tx: Tx | Db, paperId: string) {
  const [listItems, annotations, upvotes, pdfs] = await Promise.all([
    tx.readingListItem.count({ where: { paperId } }),
    tx.annotation.count({ where: { paperId, deletedAt: null } }),
    tx.upvote.count({ where: { paperId } }),
    tx.paperPdf.count({ where: { paperId } }),
  ]);
  return { listItems, annotations, upvotes, pdfs };
}
