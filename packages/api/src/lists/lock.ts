import { TRPCError } from "@trpc/server";
import type { Db, Prisma } from "@commonplace/db";

export type Tx = Prisma.TransactionClient;

// Writers that compute positions (add, move, import, fork) serialise on the list row: SELECT … FOR UPDATE
// inside the transaction, so two of them never read the same "last position" and all keys stay unique.
// Waits are generous: twenty people dropping papers into one list at once queue here for milliseconds.
const TX = { maxWait: 20_000, timeout: 30_000 } as const;

export async function withListLock<T>(db: Db, listId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ReadingList" WHERE id = ${listId} FOR UPDATE`;
    if (rows.length === 0) throw new TRPCError({ code: "NOT_FOUND", message: "This list was deleted." });
    return fn(tx);
  }, TX);
}

/** Last (or first) position of a list, in fractional-index order. */
export async function edgePosition(tx: Tx, listId: string, edge: "first" | "last"): Promise<string | null> {
  const rows =
    edge === "last"
      ? await tx.$queryRaw<{ position: string }[]>`SELECT position FROM "ReadingListItem" WHERE "listId" = ${listId} ORDER BY position COLLATE "C" DESC LIMIT 1`
      : await tx.$queryRaw<{ position: string }[]>`SELECT position FROM "ReadingListItem" WHERE "listId" = ${listId} ORDER BY position COLLATE "C" ASC LIMIT 1`;
  return rows[0]?.position ?? null;
}

/** Every item's id and position, sorted (moves need the neighbours of an anchor). */
export async function orderedPositions(tx: Tx, listId: string): Promise<{ id: string; position: string }[]> {
  return tx.$queryRaw<
    { id: string; position: string }[]
  >`SELECT id, position FROM "ReadingListItem" WHERE "listId" = ${listId} ORDER BY position COLLATE "C" ASC, id ASC`;
}
