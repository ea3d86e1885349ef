import type { Db } from "@commonplace/db";
import { escapeHtml, renderMarkdown } from "@commonplace/formats/markdown";
import { visibleAnnotationsWhere } from "../policy/can.ts";
import { FEED_ITEM_LIMIT } from "./list-feed.ts";
import { annotationsFeedPath } from "./paths.ts";
import type { FeedDescription } from "./render.ts";
import { absolute, absolutizeHtml, feedUrls, paperUrl, type BaseUrl } from "./urls.ts";

// A person's PUBLIC annotations, newest first. Only visibility PUBLIC, and for list-scoped ones only on
// lists anyone may read (the policy's anonymous where clause): nothing PRIVATE, TEAM, or written on an
// UNLISTED/TEAM/PRIVATE list ever reaches a feed. An unknown handle → null (404).

const QUOTE_LIMIT = 600;

function quoteHtml(quote: string | null): string {
  const text = quote?.replace(/\s+/g, " ").trim();
  if (!text) return "";
  const shown = text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT - 1)}…` : text;
  return `<blockquote><p>${escapeHtml(shown)}</p></blockquote>`;
}

export async function annotationsFeed(db: Db, handle: string, base: BaseUrl): Promise<FeedDescription | null> {
  const user = await db.user.findUnique({ where: { handle: handle.toLowerCase() }, select: { id: true, handle: true, name: true, createdAt: true } });
  if (!user) return null;
  const annotations = await db.annotation.findMany({
    where: { AND: [{ authorId: user.id, deletedAt: null, visibility: "PUBLIC" }, visibleAnnotationsWhere(null)] },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: FEED_ITEM_LIMIT,
    select: { id: true, quote: true, body: true, parentId: true, createdAt: true, updatedAt: true, paper: { select: { id: true, title: true } } },
  });
  // The feed changes when any public annotation of theirs does — an edit, and a deletion (its row is gone
  // from the entries, so only this aggregate, deleted rows included, sees it): Last-Modified moves with it.
  const changed = await db.annotation.aggregate({ where: { authorId: user.id, visibility: "PUBLIC" }, _max: { updatedAt: true } });
  const profile = absolute(base, `/u/${encodeURIComponent(user.handle)}`);
  const entries = annotations.map((a) => {
    const link = `${paperUrl(base, a.paper.id)}?annotation=${encodeURIComponent(a.id)}`;
    return {
      id: link,
      title: `${a.parentId ? "Reply on" : "On"} “${a.paper.title}”`,
      link,
      date: a.createdAt,
      updated: a.updatedAt,
      html: quoteHtml(a.quote) + absolutizeHtml(base, renderMarkdown(a.body)),
      author: user.name,
    };
  });
  return {
    title: `${user.name}’s annotations`,
    description: `Public annotations by ${user.name} (@${user.handle}) on Commonplace.`,
    link: profile,
    self: feedUrls(base, annotationsFeedPath(user.handle)),
    author: user.name,
    entries,
    updated: changed._max.updatedAt ?? user.createdAt,
  };
}
