import type { Db } from "@commonplace/db";
import { ensureDiscoveryFresh, trendingPapers } from "../discovery/trending.ts";
import type { PaperCard } from "../discovery/cards.ts";
import { FEED_MAX_AGE_SECONDS } from "./http.ts";
import { TRENDING_FEED_PATH } from "./paths.ts";
import { escapeHtml } from "@commonplace/formats/markdown";
import type { FeedDescription, FeedEntry } from "./render.ts";
import { absolute, feedUrls, paperUrl, type BaseUrl } from "./urls.ts";

// Trending papers (@commonplace/catalogue trending.ts's documented score), as a feed. Within one cache window (the feed's
// cache lifetime) every request ranks at the same instant — the window's end, so papers and votes of the
// window so far count (ranking at its start would leave out papers ingested minutes ago, and a fresh
// instance's feed empty) — and is dated at the window's start: the document and its ETag stay the same, and
// readers polling with If-None-Match get 304s until the ranking can have changed.

export const TRENDING_FEED_SIZE = 30;

export function trendingInstant(now: Date): Date {
  const window = FEED_MAX_AGE_SECONDS * 1000;
  return new Date(Math.floor(now.getTime() / window) * window);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function cardHtml(card: PaperCard): string {
  const more = card.authorCount > card.authors.length ? ", et al." : "";
  const byline = [card.authors.join(", ") + more, card.year ? String(card.year) : ""].filter(Boolean).join(" · ");
  const counts = [
    plural(card.upvotes, "upvote", "upvotes"),
    plural(card.publicAnnotations, "public annotation", "public annotations"),
    `on ${plural(card.publicLists, "public list", "public lists")}`,
  ];
  return [byline && `<p>${escapeHtml(byline)}</p>`, card.summary && `<p>${escapeHtml(card.summary)}</p>`, `<p>${escapeHtml(counts.join(" · "))}</p>`]
    .filter(Boolean)
    .join("");
}

function entry(base: BaseUrl, card: PaperCard): FeedEntry {
  const link = paperUrl(base, card.id);
  return { id: link, title: card.title, link, date: new Date(card.publishedAt ?? card.addedAt), html: cardHtml(card), categories: card.categories };
}

export async function trendingFeed(db: Db, base: BaseUrl, now = new Date()): Promise<FeedDescription> {
  const instant = trendingInstant(now);
  await ensureDiscoveryFresh(db);
  const cards = await trendingPapers(db, { limit: TRENDING_FEED_SIZE, now: new Date(instant.getTime() + FEED_MAX_AGE_SECONDS * 1000) });
  return {
    title: "Trending papers on Commonplace",
    description: "Papers people are upvoting, annotating and adding to public reading lists now (time-decayed).",
    link: absolute(base, "/"),
    self: feedUrls(base, TRENDING_FEED_PATH),
    author: "Commonplace",
    entries: cards.map((card) => entry(base, card)),
    updated: instant,
  };
}
