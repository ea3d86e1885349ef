import type { Db, ReadingStatus } from "@commonplace/db";
import { visibleListsWhere } from "../policy/can.ts";

// My library (issue 15.4): every paper I saved (an item in my lists, or one I added to a team list I can still
// read), annotated (my own annotations and replies), uploaded (my PDFs), imported (my import runs) or tagged
// (my own tags). Every query below is keyed by the caller's id and reads only what the caller wrote or may read,
// so another person's private note or annotation cannot reach this page: it is never loaded.

/** Entries kept per person, most recently touched first (bounds memory and the in-process text search). */
export const LIBRARY_MAX = 10_000;

export type LibraryKind = "saved" | "annotated" | "uploaded" | "imported" | "tagged";

export interface LibraryItem {
  listId: string;
  listTitle: string;
  itemId: string;
  status: ReadingStatus;
  note: string | null;
}

export interface LibraryEntry {
  paperId: string;
  kinds: Set<LibraryKind>;
  items: LibraryItem[];
  /** My annotations' text: body and the quoted passage. */
  annotations: string[];
  tags: string[];
  touchedAt: Date;
}

function touch(map: Map<string, LibraryEntry>, paperId: string, kind: LibraryKind, at: Date): LibraryEntry {
  let e = map.get(paperId);
  if (!e) {
    e = { paperId, kinds: new Set(), items: [], annotations: [], tags: [], touchedAt: at };
    map.set(paperId, e);
  }
  e.kinds.add(kind);
  if (at > e.touchedAt) e.touchedAt = at;
  return e;
}

/** The caller's library entries, most recently touched first. */
export async function collectLibrary(db: Db, userId: string): Promise<LibraryEntry[]> {
  const take = LIBRARY_MAX;
  const [items, annotations, pdfs, imported, tags] = await Promise.all([
    db.readingListItem.findMany({
      // My personal lists' items, and the items I added to team lists I can still read.
      where: { list: visibleListsWhere(userId), OR: [{ list: { teamId: null, ownerId: userId } }, { addedById: userId }] },
      select: { id: true, paperId: true, status: true, note: true, updatedAt: true, list: { select: { id: true, title: true } } },
      orderBy: { updatedAt: "desc" },
      take,
    }),
    db.annotation.findMany({
      where: { authorId: userId, deletedAt: null },
      select: { paperId: true, body: true, quote: true, updatedAt: true },
      orderBy: { updatedAt: "desc" },
      take,
    }),
    db.paperPdf.findMany({ where: { uploaderId: userId }, select: { paperId: true, createdAt: true }, orderBy: { createdAt: "desc" }, take }),
    db.ingestItem.findMany({
      where: { run: { createdById: userId }, outcome: { not: "FAILED" }, paperId: { not: null } },
      select: { paperId: true, createdAt: true },
      orderBy: { id: "desc" },
      take,
    }),
    db.paperTag.findMany({ where: { userId }, select: { paperId: true, tag: true, createdAt: true }, orderBy: { createdAt: "asc" } }),
  ]);
  const map = new Map<string, LibraryEntry>();
  for (const i of items) {
    touch(map, i.paperId, "saved", i.updatedAt).items.push({ listId: i.list.id, listTitle: i.list.title, itemId: i.id, status: i.status, note: i.note });
  }
  for (const a of annotations) touch(map, a.paperId, "annotated", a.updatedAt).annotations.push(a.quote ? `${a.body}\n${a.quote}` : a.body);
  for (const p of pdfs) touch(map, p.paperId, "uploaded", p.createdAt);
  for (const r of imported) touch(map, r.paperId!, "imported", r.createdAt);
  for (const t of tags) touch(map, t.paperId, "tagged", t.createdAt).tags.push(t.tag);
  return [...map.values()].sort((a, b) => b.touchedAt.getTime() - a.touchedAt.getTime()).slice(0, LIBRARY_MAX);
}
