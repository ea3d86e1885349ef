import { TRPCError } from "@trpc/server";
import type { Db, ReadingStatus } from "@commonplace/db";
import { normalizeTagSet } from "@commonplace/catalogue";
import { recordActivity, type ActivityList } from "../teams/activity.ts";
import { edgePosition, orderedPositions, withListLock, type Tx } from "./lock.ts";
import { positionBetween, positionFor, type MoveTarget } from "./positions.ts";
import { itemInclude, toItemView, type ItemView } from "./views.ts";

// Item mutations. Adds and moves serialise on the list row (positions); edits use optimistic concurrency
// on the item's version, so two people editing one note never silently overwrite each other.

export const CONFLICT_MESSAGE = "Someone else changed this item; reload to see their change.";
const conflict = () => new TRPCError({ code: "CONFLICT", message: CONFLICT_MESSAGE });
const itemNotFound = () => new TRPCError({ code: "NOT_FOUND", message: "No such item in this list (it may have been removed)." });

export interface AddItemInput {
  paperId: string;
  note?: string | null;
  status?: ReadingStatus;
  tags?: string[];
  /** Where a new item goes; default the end. */
  at?: "top" | "bottom";
}

/** Adds never conflict: a paper already in the list is a no-op that returns the existing item. */
export async function addItem(db: Db, list: ActivityList, actorId: string, input: AddItemInput): Promise<{ item: ItemView; created: boolean }> {
  const paper = await db.paper.findUnique({ where: { id: input.paperId }, select: { id: true, title: true } });
  if (!paper) throw new TRPCError({ code: "NOT_FOUND", message: "No paper with this id." });
  return withListLock(db, list.id, async (tx) => {
    const existing = await tx.readingListItem.findUnique({ where: { listId_paperId: { listId: list.id, paperId: paper.id } }, include: itemInclude });
    if (existing) return { item: toItemView(existing), created: false };
    const position = await nextPosition(tx, list.id, input.at ?? "bottom");
    const row = await tx.readingListItem.create({
      data: {
        listId: list.id,
        paperId: paper.id,
        position,
        note: input.note || null,
        status: input.status ?? "TO_READ",
        tags: normalizeTags(input.tags ?? []),
        addedById: actorId,
      },
      include: itemInclude,
    });
    await touchList(tx, list.id);
    await recordActivity(tx, {
      actorId,
      verb: "item.added",
      list,
      paperId: paper.id,
      data: { itemId: row.id, title: paper.title, ...(row.note ? { note: row.note.slice(0, 280) } : {}) },
    });
    return { item: toItemView(row), created: true };
  });
}

export async function nextPosition(tx: Tx, listId: string, at: "top" | "bottom"): Promise<string> {
  return at === "bottom" ? positionBetween(await edgePosition(tx, listId, "last"), null) : positionBetween(null, await edgePosition(tx, listId, "first"));
}

export interface ItemPatch {
  note?: string | null;
  status?: ReadingStatus;
  assigneeId?: string | null;
  tags?: string[];
}

export async function updateItem(db: Db, list: ActivityList, actorId: string, itemId: string, expectedVersion: number, patch: ItemPatch): Promise<ItemView> {
  if (patch.assigneeId) {
    if (!list.teamId) {
      if (patch.assigneeId !== actorId) throw new TRPCError({ code: "BAD_REQUEST", message: "Only team lists have assignees." });
    } else {
      const member = await db.membership.findUnique({ where: { teamId_userId: { teamId: list.teamId, userId: patch.assigneeId } } });
      if (!member) throw new TRPCError({ code: "BAD_REQUEST", message: "The assignee must be a member of the team." });
    }
  }
  // Lock order is always list row, then item rows (as in add/move): no deadlocks between writers.
  return withListLock(db, list.id, async (tx) => {
    const before = await tx.readingListItem.findFirst({ where: { id: itemId, listId: list.id }, include: { paper: { select: { title: true } } } });
    if (!before) throw itemNotFound();
    const data = {
      ...(patch.note !== undefined ? { note: patch.note || null } : {}),
      ...(patch.status !== undefined ? { status: patch.status } : {}),
      ...(patch.assigneeId !== undefined ? { assigneeId: patch.assigneeId } : {}),
      ...(patch.tags !== undefined ? { tags: normalizeTags(patch.tags) } : {}),
    };
    // The compare-and-set: only the version the editor saw may be replaced.
    const { count } = await tx.readingListItem.updateMany({
      where: { id: itemId, listId: list.id, version: expectedVersion },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    const after = await tx.readingListItem.findUniqueOrThrow({ where: { id: itemId }, include: itemInclude });
    const base = { actorId, list, paperId: after.paperId } as const;
    const title = before.paper.title;
    if (patch.note !== undefined && (before.note ?? null) !== after.note)
      await recordActivity(tx, { ...base, verb: "item.noted", data: { itemId, title, note: (after.note ?? "").slice(0, 280) } });
    if (patch.status !== undefined && before.status !== after.status)
      await recordActivity(tx, { ...base, verb: "item.status", data: { itemId, title, from: before.status, to: after.status } });
    if (patch.assigneeId !== undefined && before.assigneeId !== after.assigneeId)
      await recordActivity(tx, { ...base, verb: "item.assigned", data: { itemId, title, assigneeId: after.assigneeId } });
    if (patch.tags !== undefined && before.tags.join("\u0000") !== after.tags.join("\u0000"))
      await recordActivity(tx, { ...base, verb: "item.tagged", data: { itemId, title, tags: after.tags } });
    await touchList(tx, list.id);
    return toItemView(after);
  });
}

/** Reorders are intention-preserving (placed next to a neighbour as it is now), so they never conflict. */
export async function moveItem(db: Db, listId: string, itemId: string, target: MoveTarget): Promise<ItemView> {
  return withListLock(db, listId, async (tx) => {
    const all = await orderedPositions(tx, listId);
    if (!all.some((r) => r.id === itemId)) throw itemNotFound();
    const anchor = "afterId" in target ? target.afterId : target.beforeId;
    if (anchor === itemId) throw new TRPCError({ code: "BAD_REQUEST", message: "An item cannot be placed next to itself." });
    const position = positionFor(
      all.filter((r) => r.id !== itemId),
      target,
    );
    if (!position) throw new TRPCError({ code: "CONFLICT", message: "The item you placed it next to was just removed; reload the list." });
    const row = await tx.readingListItem.update({ where: { id: itemId }, data: { position }, include: itemInclude });
    await touchList(tx, listId);
    return toItemView(row);
  });
}

export async function removeItem(db: Db, list: ActivityList, actorId: string, itemId: string, expectedVersion?: number): Promise<void> {
  await withListLock(db, list.id, async (tx) => {
    const item = await tx.readingListItem.findFirst({ where: { id: itemId, listId: list.id }, include: { paper: { select: { title: true } } } });
    if (!item) throw itemNotFound();
    const { count } = await tx.readingListItem.deleteMany({
      where: { id: itemId, listId: list.id, ...(expectedVersion !== undefined ? { version: expectedVersion } : {}) },
    });
    if (count === 0) throw conflict();
    await touchList(tx, list.id);
    await recordActivity(tx, { actorId, verb: "item.removed", list, paperId: item.paperId, data: { title: item.paper.title } });
  });
}

/** updatedAt only: list.version is the version of the list's own fields (title, description, visibility). */
export async function touchList(tx: Tx, listId: string): Promise<void> {
  await tx.readingList.update({ where: { id: listId }, data: { updatedAt: new Date() } });
}

/** Tag names by the one rule (packages/catalogue tags.ts); the boundary already refused invalid ones. */
export function normalizeTags(tags: string[]): string[] {
  return normalizeTagSet(tags);
}
