import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Db } from "@commonplace/db";
import { refreshTrending } from "@commonplace/catalogue";
import { OUTBOX_CHANNEL } from "@commonplace/jobs";

export const upvoteState = z.object({ paperId: z.string(), upvoted: z.boolean(), count: z.number().int() });
export type UpvoteState = z.infer<typeof upvoteState>;

/**
 * Upvotes (`upvoted: true`) or withdraws the upvote, idempotently: one Upvote row per person and paper.
 * The row and Paper.upvoteCount change in one transaction, and only when the row really changed; the
 * count moves by ±1 under the paper's row lock, so concurrent votes from many people all count, and two
 * concurrent identical requests from one person count once (the second hits the primary key and does
 * nothing). A change also queues the paper in the SearchOutbox (search sorts by upvotes), as the
 * ingestion pipeline does, so the index follows without calling Meilisearch here. After the change commits,
 * the paper's trending score is recomputed at once (the worker's rebuild every minute covers the rest).
 */
export async function setUpvote(db: Db, userId: string, paperId: string, upvoted: boolean): Promise<UpvoteState> {
  const { state, changed } = await db.$transaction(async (tx) => {
    const changed = upvoted
      ? await tx.$executeRaw`
          INSERT INTO "Upvote" ("userId", "paperId") SELECT ${userId}, id FROM "Paper" WHERE id = ${paperId}
          ON CONFLICT DO NOTHING`
      : await tx.$executeRaw`DELETE FROM "Upvote" WHERE "userId" = ${userId} AND "paperId" = ${paperId}`;
    const [paper] = changed
      ? await tx.$queryRaw<{ count: number }[]>`
          UPDATE "Paper" SET "upvoteCount" = greatest("upvoteCount" + ${upvoted ? 1 : -1}::int, 0)
          WHERE id = ${paperId} RETURNING "upvoteCount" AS count`
      : await tx.$queryRaw<{ count: number }[]>`SELECT "upvoteCount" AS count FROM "Paper" WHERE id = ${paperId}`;
    if (!paper) throw new TRPCError({ code: "NOT_FOUND", message: "No paper with this id." });
    if (changed) {
      await tx.searchOutbox.create({ data: { paperId, op: "upsert" } });
      await tx.$executeRaw`SELECT pg_notify(${OUTBOX_CHANNEL}, '')`;
    }
    return { state: { paperId, upvoted, count: paper.count }, changed: changed > 0 };
  });
  if (changed) await refreshTrending(db, new Date(), [paperId]);
  return state;
}

/** Which of these papers the person has upvoted. */
export async function upvotedAmong(db: Db, userId: string, paperIds: string[]): Promise<string[]> {
  if (paperIds.length === 0) return [];
  const rows = await db.upvote.findMany({ where: { userId, paperId: { in: paperIds } }, select: { paperId: true } });
  return rows.map((r) => r.paperId);
}
