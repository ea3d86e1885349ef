import { TRPCError } from "@trpc/server";
import type { Db } from "@commonplace/db";
import { TAGS_PER_TARGET } from "@commonplace/catalogue";
import type { TagCount } from "./schemas.ts";

// A person's own tags on papers (PaperTag). Every query here is keyed by the caller's user id: nobody reads,
// counts or changes anyone else's tags, and no other module reads PaperTag without a userId.

const tooMany = () => new TRPCError({ code: "BAD_REQUEST", message: `A paper takes at most ${TAGS_PER_TARGET} of your tags.` });

async function requirePapers(db: Db, paperIds: string[]): Promise<void> {
  const found = await db.paper.count({ where: { id: { in: paperIds } } });
  if (found !== paperIds.length) throw new TRPCError({ code: "NOT_FOUND", message: "No paper with this id." });
}

/** The caller's tags on each of these papers (papers without tags answer an empty list). */
export async function tagsOfPapers(db: Db, userId: string, paperIds: string[]): Promise<{ paperId: string; tags: string[] }[]> {
  const ids = [...new Set(paperIds)];
  const rows = await db.paperTag.findMany({ where: { userId, paperId: { in: ids } }, orderBy: [{ createdAt: "asc" }, { tag: "asc" }] });
  return ids.map((paperId) => ({ paperId, tags: rows.filter((r) => r.paperId === paperId).map((r) => r.tag) }));
}

/** Replaces the caller's tags on one paper. */
export async function setPaperTags(db: Db, userId: string, paperId: string, tags: string[]): Promise<{ paperId: string; tags: string[] }> {
  if (tags.length > TAGS_PER_TARGET) throw tooMany();
  await requirePapers(db, [paperId]);
  await db.$transaction([
    db.paperTag.deleteMany({ where: { userId, paperId, tag: { notIn: tags } } }),
    db.paperTag.createMany({ data: tags.map((tag) => ({ userId, paperId, tag })), skipDuplicates: true }),
  ]);
  return (await tagsOfPapers(db, userId, [paperId]))[0]!;
}

/** Bulk: adds `add` and removes `remove` on every paper; refuses (changing nothing) if a paper would pass the limit. */
export async function applyTags(db: Db, userId: string, paperIds: string[], add: string[], remove: string[]): Promise<{ papers: number }> {
  const ids = [...new Set(paperIds)];
  await requirePapers(db, ids);
  return db.$transaction(async (tx) => {
    if (remove.length) await tx.paperTag.deleteMany({ where: { userId, paperId: { in: ids }, tag: { in: remove } } });
    if (add.length) await tx.paperTag.createMany({ data: ids.flatMap((paperId) => add.map((tag) => ({ userId, paperId, tag }))), skipDuplicates: true });
    const over = await tx.paperTag.groupBy({
      by: ["paperId"],
      where: { userId, paperId: { in: ids } },
      _count: { _all: true },
      having: { paperId: { _count: { gt: TAGS_PER_TARGET } } },
    });
    if (over.length) throw tooMany();
    return { papers: ids.length };
  });
}

/** Every tag the caller uses, with how many papers carry it (most used first). */
export async function myTags(db: Db, userId: string): Promise<TagCount[]> {
  const rows = await db.paperTag.groupBy({ by: ["tag"], where: { userId }, _count: { _all: true }, orderBy: [{ _count: { tag: "desc" } }, { tag: "asc" }] });
  return rows.map((r) => ({ tag: r.tag, count: r._count._all }));
}

/** Renames one of the caller's tags everywhere (merging into `to` where a paper has both). */
export async function renameTag(db: Db, userId: string, from: string, to: string): Promise<{ papers: number }> {
  if (from === to) return { papers: await db.paperTag.count({ where: { userId, tag: from } }) };
  return db.$transaction(async (tx) => {
    const rows = await tx.paperTag.findMany({ where: { userId, tag: from }, select: { paperId: true } });
    await tx.paperTag.createMany({ data: rows.map((r) => ({ userId, paperId: r.paperId, tag: to })), skipDuplicates: true });
    await tx.paperTag.deleteMany({ where: { userId, tag: from } });
    return { papers: rows.length };
  });
}

/** Removes one of the caller's tags from every paper. */
export async function deleteTag(db: Db, userId: string, tag: string): Promise<{ papers: number }> {
  const { count } = await db.paperTag.deleteMany({ where: { userId, tag } });
  return { papers: count };
}

/** Ids of the caller's papers carrying `tag` (search and library filters). */
export async function paperIdsTagged(db: Db, userId: string, tag: string, take = 10_000): Promise<string[]> {
  const rows = await db.paperTag.findMany({ where: { userId, tag }, select: { paperId: true }, orderBy: { createdAt: "desc" }, take });
  return rows.map((r) => r.paperId);
}
