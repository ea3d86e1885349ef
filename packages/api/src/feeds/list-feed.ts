import type { Db } from "@commonplace/db";
import { markdownToText, renderMarkdown } from "@commonplace/formats/markdown";
import { visibleListsWhere } from "../policy/can.ts";
import { listFeedPath } from "./paths.ts";
import { paperAuthorsSelect, paperLineHtml } from "./paper-summary.ts";
import type { FeedDescription } from "./render.ts";
import { absolute, absolutizeHtml, feedUrls, paperUrl, type BaseUrl } from "./urls.ts";

// The feed of a PUBLIC reading list: its most recently added papers with their notes. Only PUBLIC lists
// have one — an UNLISTED list's secret link, a TEAM or PRIVATE list answer exactly like a list that does
// not exist (null → 404), so a feed URL never confirms that a list exists.

export const FEED_ITEM_LIMIT = 50;

export async function listFeed(db: Db, listId: string, base: BaseUrl): Promise<FeedDescription | null> {
  const list = await db.readingList.findFirst({
    // Anonymous visibility from the one policy, and PUBLIC named outright: a feed has no viewer to widen it.
    where: { AND: [{ id: listId, visibility: "PUBLIC" }, visibleListsWhere(null)] },
    select: {
      id: true,
      title: true,
      description: true,
      updatedAt: true,
      owner: { select: { name: true } },
      team: { select: { name: true } },
      items: {
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        take: FEED_ITEM_LIMIT,
        select: {
          id: true,
          note: true,
          createdAt: true,
          addedBy: { select: { name: true } },
          paper: { select: { id: true, title: true, year: true, categories: true, ...paperAuthorsSelect } },
        },
      },
    },
  });
  if (!list) return null;
  const page = absolute(base, `/lists/${encodeURIComponent(list.id)}`);
  const author = list.team?.name ?? list.owner?.name ?? "Commonplace";
  const entries = list.items.map((item) => ({
    id: `${page}#item-${encodeURIComponent(item.id)}`,
    title: item.paper.title,
    link: paperUrl(base, item.paper.id),
    date: item.createdAt,
    html: paperLineHtml(item.paper) + (item.note ? absolutizeHtml(base, renderMarkdown(item.note)) : ""),
    author: item.addedBy.name,
    categories: item.paper.categories,
  }));
  const newest = entries[0]?.date;
  return {
    title: list.title,
    // A channel description is plain text in every reader: the list's markdown without its markup.
    description: (list.description ? markdownToText(list.description) : "") || `Papers on the reading list “${list.title}” by ${author}.`,
    link: page,
    self: feedUrls(base, listFeedPath(list.id)),
    author,
    entries,
    updated: newest && newest > list.updatedAt ? newest : list.updatedAt,
  };
}
