import type { Db } from "@commonplace/db";
import { markdownToText } from "@commonplace/formats/markdown";
import { visibleAnnotationsWhere } from "../policy/can.ts";
import { Access } from "./access.ts";

// Annotation links (issue 16.2): /papers/<paperId>?annotation=<id>. No redirect and no lookup by the id
// alone, so a link never tells anyone which paper a private annotation is on. Resolving answers the same
// "unavailable" for an id that does not exist, was deleted, is on another paper, or that the viewer may
// not read: nothing about it (its existence, paper, author, text) can be learnt from the answer.

export type LinkResolution =
  { status: "found"; threadId: string; replyId: string | null; anchorStatus: "ANCHORED" | "LOW_CONFIDENCE" | "ORPHANED" } | { status: "unavailable" };

const UNAVAILABLE: LinkResolution = { status: "unavailable" };

/** A live annotation on `paperId` that `access` may read (the query filter and the policy both), or null. */
async function readable(db: Db, access: Access, paperId: string, id: string) {
  const row = await db.annotation.findFirst({
    where: { AND: [{ id, paperId, deletedAt: null }, visibleAnnotationsWhere(access.userId)] },
    include: { author: { select: { name: true, handle: true } } },
  });
  return row && (await access.decide("read", row)) === "allow" ? row : null;
}

/** What a link to annotation `id` on paper `paperId` opens for this viewer. */
export async function resolveLink(db: Db, access: Access, paperId: string, id: string): Promise<LinkResolution> {
  const row = await readable(db, access, paperId, id);
  if (!row) return UNAVAILABLE;
  const rootId = row.rootId ?? row.parentId ?? row.id;
  const root = rootId === row.id ? row : await db.annotation.findUnique({ where: { id: rootId } });
  // A reply's thread must be readable too (a deleted root with replies still is: it shows "[deleted]").
  if (!root || root.paperId !== paperId || (await access.decide("read", root)) !== "allow") return UNAVAILABLE;
  return { status: "found", threadId: root.id, replyId: root.id === row.id ? null : row.id, anchorStatus: root.anchorStatus };
}

export type LinkPreview = { paperTitle: string; quote: string | null; author: string; excerpt: string | null; isReply: boolean };

/** Cut at a word boundary, with an ellipsis. */
function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(" ", max - 1);
  return `${flat.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}

/**
 * What a link unfurls to (OpenGraph): decided as an anonymous viewer whoever asks, so only annotations
 * anyone may read (PUBLIC, or in a PUBLIC list) give a preview; every other link gives null. Plain text:
 * the page's metadata escapes it.
 */
export async function linkPreview(db: Db, paperId: string, id: string): Promise<LinkPreview | null> {
  const anonymous = new Access(db, null);
  const link = await resolveLink(db, anonymous, paperId, id);
  if (link.status !== "found") return null;
  const row = await readable(db, anonymous, paperId, id);
  const root = link.replyId ? await readable(db, anonymous, paperId, link.threadId) : row;
  const paper = await db.paper.findUnique({ where: { id: paperId }, select: { title: true } });
  if (!row || !paper) return null;
  const body = markdownToText(row.body);
  return {
    paperTitle: paper.title,
    quote: root?.quote ? excerpt(root.quote, 200) : null,
    author: row.author.name || `@${row.author.handle}`,
    excerpt: body ? excerpt(body, 240) : null,
    isReply: Boolean(link.replyId),
  };
}
