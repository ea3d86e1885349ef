import type { Annotation, Prisma } from "@commonplace/db";
import { renderMarkdown } from "@commonplace/formats/markdown";
import { pickQuote } from "./selectors.ts";
import { decideAnnotation } from "../policy/can.ts";
import type { Access } from "./access.ts";
import { ANNOTATION_COLORS, type AnnotationView, type ThreadView } from "./schemas.ts";

// Rows → views: markdown rendered sanitized, deleted ones masked, the caller's permissions attached,
// replies grouped under their thread. A deleted annotation that still has (visible) replies stays as
// "[deleted]" so the discussion under it remains readable; one without replies disappears.

export const annotationInclude = {
  author: { select: { id: true, handle: true, name: true } },
  team: { select: { id: true, slug: true, name: true } },
} as const satisfies Prisma.AnnotationInclude;
export type AnnotationRow = Annotation & Prisma.AnnotationGetPayload<{ include: typeof annotationInclude }>;

export const DELETED_BODY = "[deleted]";
const DELETED_HTML = "<p><em>[deleted]</em></p>";
const color = (c: string | null) => (c && (ANNOTATION_COLORS as readonly string[]).includes(c) ? (c as AnnotationView["color"]) : c ? "yellow" : null);

/** A page note is a thread's first annotation created without a target: it never had selectors. */
export const isPageNote = (row: { parentId: string | null; selectors: unknown }) => !row.parentId && row.selectors === null;

export async function toView(row: AnnotationRow, access: Access): Promise<AnnotationView> {
  const deleted = row.deletedAt !== null;
  const rights = await access.for(row);
  const may = (action: "edit" | "delete" | "reply" | "resolve" | "tag") => !deleted && decideAnnotation(action, row, access.userId, rights) === "allow";
  const quote = pickQuote(row.selectors);
  return {
    id: row.id,
    paperId: row.paperId,
    rootId: row.rootId,
    parentId: row.parentId,
    author: deleted ? null : row.author,
    visibility: row.visibility,
    team: row.team,
    listId: row.listId,
    color: row.parentId ? null : color(row.color),
    pageNote: isPageNote(row),
    quote: row.quote,
    prefix: quote?.prefix ?? null,
    suffix: quote?.suffix ?? null,
    start: row.start,
    end: row.end,
    body: deleted ? DELETED_BODY : row.body,
    bodyHtml: deleted ? DELETED_HTML : renderMarkdown(row.body),
    deleted,
    resolved: row.resolved,
    tags: deleted ? [] : row.tags,
    anchorStatus: row.anchorStatus,
    anchorConfidence: row.anchorConfidence,
    textVersion: row.textVersion,
    editedAt: row.editedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    can: { edit: may("edit"), delete: may("delete"), reply: may("reply"), resolve: !row.parentId && may("resolve"), tag: may("tag") },
  };
}

/** Hides deleted annotations nobody answered (transitively); keeps deleted ones with live descendants. */
export function pruneDeleted<T extends { id: string; parentId: string | null; deletedAt: Date | null }>(rows: T[]): T[] {
  const children = new Map<string, T[]>();
  for (const r of rows) if (r.parentId) children.set(r.parentId, [...(children.get(r.parentId) ?? []), r]);
  const memo = new Map<string, boolean>();
  const keep = (r: T, depth = 0): boolean => {
    const known = memo.get(r.id);
    if (known !== undefined) return known;
    const result = !r.deletedAt || (depth < 1000 && (children.get(r.id) ?? []).some((c) => keep(c, depth + 1)));
    memo.set(r.id, result);
    return result;
  };
  return rows.filter((r) => keep(r));
}

/** Threads from roots and their replies (replies oldest first, each with parentId for nesting). */
export async function toThreads(roots: AnnotationRow[], replies: AnnotationRow[], access: Access): Promise<ThreadView[]> {
  const byRoot = new Map<string, AnnotationRow[]>();
  for (const r of replies) if (r.rootId) byRoot.set(r.rootId, [...(byRoot.get(r.rootId) ?? []), r]);
  const threads: ThreadView[] = [];
  for (const root of roots) {
    const kept = pruneDeleted([root, ...(byRoot.get(root.id) ?? []).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())]);
    if (!kept.includes(root)) continue;
    const views = await Promise.all(kept.map((r) => toView(r, access)));
    const [head, ...rest] = views;
    threads.push({ ...head!, replies: rest, replyCount: rest.filter((r) => !r.deleted).length });
  }
  return threads;
}
