import type { Db } from "@commonplace/db";
import type { CitablePaper } from "@commonplace/formats";
import { appendPapersLocked } from "../lists/append.ts";
import { citablePaperSelect, serializeCitables, toCitable, type ExportFormat, type ExportView } from "../lists/export.ts";
import { withListLock } from "../lists/lock.ts";
import { recordActivity, type ActivityList } from "../teams/activity.ts";
import { tagsOfPapers } from "../tags/personal.ts";

// Bulk actions on a library selection. The papers themselves are public records; what is personal — my tags —
// goes into an export only for me (keywords), and adding to a list needs item.add there (the procedure's rung).

/** Adds the papers at the end of the list (those it already holds are skipped); one feed line for the batch. */
export async function addPapersToList(db: Db, list: ActivityList, actorId: string, paperIds: string[]): Promise<{ added: number }> {
  const existing = (await db.paper.findMany({ where: { id: { in: paperIds } }, select: { id: true } })).map((p) => p.id);
  const order = paperIds.filter((id) => existing.includes(id));
  const added = await withListLock(db, list.id, async (tx) => {
    const count = await appendPapersLocked(tx, list.id, actorId, order);
    if (count) {
      await recordActivity(tx, { actorId, verb: "items.imported", list, data: { count, from: "library" } });
      await tx.readingList.update({ where: { id: list.id }, data: { updatedAt: new Date() } });
    }
    return count;
  });
  return { added };
}

/** The papers as citable records, in the given order, with my own tags as keywords (exports and Cite). */
export async function libraryCitables(db: Db, userId: string, paperIds: string[]): Promise<CitablePaper[]> {
  const [papers, tags] = await Promise.all([
    db.paper.findMany({ where: { id: { in: paperIds } }, select: citablePaperSelect }),
    tagsOfPapers(db, userId, paperIds),
  ]);
  const byId = new Map(papers.map((p) => [p.id, p]));
  const tagsById = new Map(tags.map((t) => [t.paperId, t.tags]));
  return paperIds.flatMap((id) => {
    const p = byId.get(id);
    return p ? [toCitable(p, { keywords: tagsById.get(id) ?? [] })] : [];
  });
}

/** The papers in a citation format, in the given order, with my own tags as keywords. */
export async function exportPapers(db: Db, userId: string, paperIds: string[], format: ExportFormat): Promise<ExportView> {
  return serializeCitables(await libraryCitables(db, userId, paperIds), format, "My library");
}
