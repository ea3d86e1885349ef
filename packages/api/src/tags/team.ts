import type { Db } from "@commonplace/db";
import { Access, requireAnnotation } from "../annotations/access.ts";
import type { TagCount } from "./schemas.ts";

// Team tags: on list items (ReadingListItem.tags, written by lists.updateItem under `item.tag`) and on
// annotations (Annotation.tags, under the policy's annotation "tag" decision). Whoever may read the item
// or annotation sees them; nobody else ever does (they are only read through the list or the annotation).

/** Replaces an annotation's tags: its author, or an editor of its team / list scope (`annotation.tag`). */
export async function setAnnotationTags(db: Db, userId: string, annotationId: string, tags: string[]): Promise<{ id: string; tags: string[] }> {
  const row = await requireAnnotation(db, new Access(db, userId), annotationId, "tag");
  const updated = await db.annotation.update({ where: { id: row.id }, data: { tags }, select: { id: true, tags: true } });
  return updated;
}

/** The tags used on a list's items, with counts (the list page's tag filter); the caller checked list.read. */
export async function tagsInList(db: Db, listId: string): Promise<TagCount[]> {
  const rows = await db.$queryRaw<{ tag: string; count: bigint }[]>`
    SELECT t.tag, count(*) AS count FROM "ReadingListItem" i, unnest(i.tags) AS t(tag)
    WHERE i."listId" = ${listId} GROUP BY t.tag ORDER BY count(*) DESC, t.tag ASC LIMIT 500`;
  return rows.map((r) => ({ tag: r.tag, count: Number(r.count) }));
}
