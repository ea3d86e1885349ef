import { TRPCError } from "@trpc/server";
import type { Db, Prisma, Visibility } from "@commonplace/db";
import { normalizeTag } from "@commonplace/catalogue";
import { newSecret } from "../lib/tokens.ts";
import { visibleListsWhere } from "../policy/can.ts";
import type { ListScope } from "../policy/scope.ts";
import { recordActivity } from "../teams/activity.ts";
import { withListLock } from "./lock.ts";
import { comparePositions } from "./positions.ts";
import { countsFor, itemInclude, listInclude, toItemView, toSummary, type ItemView, type ListSummary } from "./views.ts";
import { CONFLICT_MESSAGE } from "./items.ts";

export const LIST_CONFLICT_MESSAGE = "Someone else changed this list; reload to see their change.";

export interface NewList {
  title: string;
  description?: string | null;
  visibility: Visibility;
}

function checkVisibility(teamId: string | null, visibility: Visibility) {
  if (!teamId && visibility === "TEAM") {
    throw new TRPCError({ code: "BAD_REQUEST", message: "A personal list cannot be TEAM-visible; choose PRIVATE, UNLISTED or PUBLIC." });
  }
}

/** A personal list (team null) or a team list; the caller checked list.create on the team. */
export async function createList(db: Db, actorId: string, team: { id: string } | null, input: NewList) {
  checkVisibility(team?.id ?? null, input.visibility);
  return db.$transaction(async (tx) => {
    const list = await tx.readingList.create({
      data: {
        title: input.title,
        description: input.description || null,
        visibility: input.visibility,
        ownerId: team ? null : actorId,
        teamId: team?.id ?? null,
        createdById: actorId,
        shareToken: input.visibility === "UNLISTED" ? newSecret(18) : null,
      },
      include: listInclude,
    });
    await recordActivity(tx, { actorId, verb: "list.created", list, data: { title: list.title } });
    return list;
  });
}

export interface ListPatch {
  title?: string;
  description?: string | null;
  visibility?: Visibility;
}

export async function updateList(db: Db, scope: ListScope, actorId: string, expectedVersion: number, patch: ListPatch) {
  const { list } = scope;
  if (patch.visibility) checkVisibility(list.teamId, patch.visibility);
  return db.$transaction(async (tx) => {
    const needsShareToken = patch.visibility === "UNLISTED" && !list.shareToken;
    const { count } = await tx.readingList.updateMany({
      where: { id: list.id, version: expectedVersion },
      data: {
        ...(patch.title !== undefined ? { title: patch.title } : {}),
        ...(patch.description !== undefined ? { description: patch.description || null } : {}),
        ...(patch.visibility !== undefined ? { visibility: patch.visibility } : {}),
        ...(needsShareToken ? { shareToken: newSecret(18) } : {}),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new TRPCError({ code: "CONFLICT", message: LIST_CONFLICT_MESSAGE });
    const after = await tx.readingList.findUniqueOrThrow({ where: { id: list.id }, include: listInclude });
    if (patch.visibility && patch.visibility !== list.visibility) {
      // Past feed rows follow the list: public only while the list is.
      await tx.activity.updateMany({ where: { listId: list.id }, data: { isPublic: after.visibility === "PUBLIC" } });
    }
    // What changed, so the feed can say it ("made … public", "renamed … to …"), not only "changed".
    const fields = (["title", "description", "visibility"] as const).filter((k) => patch[k] !== undefined && (patch[k] || null) !== (list[k] || null));
    await recordActivity(tx, {
      actorId,
      verb: "list.updated",
      list: after,
      data: {
        title: after.title,
        fields,
        ...(fields.includes("title") ? { fromTitle: list.title } : {}),
        ...(fields.includes("visibility") ? { from: list.visibility, to: after.visibility } : {}),
      },
    });
    return after;
  });
}

export async function deleteList(db: Db, scope: ListScope, actorId: string): Promise<void> {
  const { list } = scope;
  await db.$transaction(async (tx) => {
    await tx.readingList.delete({ where: { id: list.id } });
    // Feed rows of a deleted list go with it; a non-private team list leaves one "deleted" line.
    await tx.activity.deleteMany({ where: { listId: list.id } });
    if (list.teamId && list.visibility !== "PRIVATE") {
      await recordActivity(tx, { actorId, verb: "list.deleted", teamId: list.teamId, data: { title: list.title } });
    }
  });
}

/** Copies a readable list (items, order, notes, tags; status reset) into a new PRIVATE personal list. */
export async function forkList(db: Db, scope: ListScope, actorId: string, title?: string) {
  const source = scope.list;
  const items = await db.readingListItem.findMany({ where: { listId: source.id }, select: { paperId: true, position: true, note: true, tags: true } });
  const fork = await db.$transaction(async (tx) => {
    const list = await tx.readingList.create({
      data: {
        title: title ?? source.title,
        description: source.description,
        visibility: "PRIVATE",
        ownerId: actorId,
        createdById: actorId,
        forkedFromId: source.id,
      },
      include: listInclude,
    });
    await tx.readingListItem.createMany({
      data: items.map((i) => ({ listId: list.id, paperId: i.paperId, position: i.position, note: i.note, tags: i.tags, addedById: actorId })),
    });
    await recordActivity(tx, { actorId, verb: "list.forked", list, data: { title: list.title, from: source.visibility === "PUBLIC" ? source.id : null } });
    return list;
  });
  return fork;
}

export async function regenerateShareToken(db: Db, listId: string): Promise<string> {
  const token = newSecret(18);
  await db.readingList.update({ where: { id: listId }, data: { shareToken: token } });
  return token;
}

/**
 * The live .bib secret: created on first ask, replaced on regenerate, null after revoke. It belongs to the
 * person who made it (`userId`): the URL works only while they may still read the list (rest/lists.ts).
 */
export async function liveBibToken(db: Db, listId: string, mode: "get" | "regenerate" | "revoke", userId?: string): Promise<string | null> {
  return withListLock(db, listId, async (tx) => {
    const row = await tx.readingList.findUniqueOrThrow({ where: { id: listId }, select: { bibToken: true } });
    if (mode === "get" && row.bibToken) return row.bibToken;
    const token = mode === "revoke" ? null : newSecret(24);
    await tx.readingList.update({ where: { id: listId }, data: { bibToken: token, bibTokenUserId: token ? (userId ?? null) : null } });
    return token;
  });
}

export type ItemSort = "position" | "added" | "title" | "year" | "status";
const STATUS_ORDER = { READING: 0, TO_READ: 1, READ: 2 } as const;

export async function listItems(
  db: Db,
  listId: string,
  opts: { sort?: ItemSort; status?: ItemView["status"]; tag?: string; assigneeId?: string } = {},
): Promise<ItemView[]> {
  const where: Prisma.ReadingListItemWhereInput = {
    listId,
    ...(opts.status ? { status: opts.status } : {}),
    ...(opts.tag ? { tags: { has: normalizeTag(opts.tag) ?? opts.tag } } : {}),
    ...(opts.assigneeId ? { assigneeId: opts.assigneeId } : {}),
  };
  const rows = (await db.readingListItem.findMany({ where, include: itemInclude, take: 5000 })).map(toItemView);
  const byPosition = (a: ItemView, b: ItemView) => comparePositions(a.position, b.position) || comparePositions(a.id, b.id);
  const sorters: Record<ItemSort, (a: ItemView, b: ItemView) => number> = {
    position: byPosition,
    added: (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || byPosition(a, b),
    title: (a, b) => a.paper.title.localeCompare(b.paper.title, "en", { sensitivity: "base" }) || byPosition(a, b),
    year: (a, b) => (b.paper.year ?? -Infinity) - (a.paper.year ?? -Infinity) || byPosition(a, b),
    status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byPosition(a, b),
  };
  return rows.sort(sorters[opts.sort ?? "position"]);
}

/** Lists matching `where`, always intersected with what the caller may see. */
export async function findLists(db: Db, userId: string | null, where: Prisma.ReadingListWhereInput, take = 200): Promise<ListSummary[]> {
  const rows = await db.readingList.findMany({
    where: { AND: [where, visibleListsWhere(userId)] },
    include: listInclude,
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take,
  });
  const counts = await countsFor(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toSummary(r, counts.get(r.id)));
}

export { CONFLICT_MESSAGE };
