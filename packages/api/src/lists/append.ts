import { edgePosition, type Tx } from "./lock.ts";
import { positionBetween } from "./positions.ts";

/**
 * Appends the papers the list does not hold yet at its end, in the given order; returns how many it added.
 * Runs inside the caller's withListLock (positions are computed from the last one). Finished imports and the
 * library's bulk "add to list" share it.
 */
export async function appendPapersLocked(tx: Tx, listId: string, addedById: string, paperIds: string[]): Promise<number> {
  const present = new Set((await tx.readingListItem.findMany({ where: { listId }, select: { paperId: true } })).map((r) => r.paperId));
  const fresh = [...new Set(paperIds)].filter((id) => !present.has(id));
  let last = await edgePosition(tx, listId, "last");
  const data = fresh.map((paperId) => {
    last = positionBetween(last, null);
    return { listId, paperId, position: last, addedById };
  });
  if (data.length) await tx.readingListItem.createMany({ data });
  return data.length;
}
