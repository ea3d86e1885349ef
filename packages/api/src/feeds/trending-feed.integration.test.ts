import { describe, expect, it } from "vitest";
import { refreshTrending } from "@commonplace/catalogue";
import { db } from "../lib/services.ts";
import { paper, person, unique } from "../../test/fixtures.ts";
import { CONTENT_TYPE, FORMATS, HOSTILE, HOSTILE_SHOWN, fetchFeed, shownText } from "../../test/feed-client.ts";
import { trendingFeedRoute } from "./index.ts";
import { feedResponse } from "./http.ts";
import { trendingFeed, trendingInstant } from "./trending-feed.ts";

// The trending feed through its route handler, on top of the stored trending scores, parsed by rss-parser.

const BASE = "http://localhost:3000";
const HOUR = 3600_000;

/** A paper published yesterday with `votes` upvotes cast an hour ago (before the feed's rounded instant). */
async function upvoted(title: string, votes: number) {
  const row = await paper(title);
  const at = new Date(Date.now() - HOUR);
  await db().paper.update({ where: { id: row.id }, data: { publishedAt: new Date(Date.now() - 24 * HOUR), upvoteCount: votes } });
  for (let i = 0; i < votes; i++) await db().upvote.create({ data: { paperId: row.id, userId: (await person("voter")).id, createdAt: at } });
  await refreshTrending(db(), new Date(), [row.id]); // votes written past setUpvote: rescore as it would
  return row;
}

describe("trending papers feed", () => {
  it("lists the most upvoted papers first, with absolute links and escaped hostile titles, in both formats", async () => {
    // Other test files vote in the same database at the same time: assert this file's papers by link and
    // relative order, with enough votes to stay in the feed's top 30.
    const top = await upvoted(`Most upvoted ${unique()}`, 16);
    const hostile = await upvoted(`${HOSTILE} ${unique()}`, 12);
    for (const format of FORMATS) {
      const res = await fetchFeed(trendingFeedRoute(format), {});
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(CONTENT_TYPE[format]);
      expect(res.headers.get("etag")).toBeTruthy();
      const feed = res.feed!;
      expect(feed.title).toBe("Trending papers on Commonplace");
      expect(feed.feedUrl).toBe(`${BASE}/feeds/trending.${format}`);
      const links = feed.items.map((i) => i.link);
      const [first, second] = [links.indexOf(`${BASE}/papers/${top.id}`), links.indexOf(`${BASE}/papers/${hostile.id}`)];
      expect(first).toBeGreaterThanOrEqual(0);
      expect(second).toBeGreaterThan(first);
      expect(shownText(feed.items[second]!.title)).toBe(hostile.title.replace(HOSTILE, HOSTILE_SHOWN));
      const content = String(feed.items[first]!.content ?? feed.items[first]!["content:encoded"] ?? "");
      expect(content).toContain("16 upvotes");
    }
  });

  it("serves the same document (and ETag) within one cache window, so polling readers get 304s", async () => {
    const windowStart = trendingInstant(new Date());
    const render = async (offsetMs: number, headers: Record<string, string> = {}) =>
      feedResponse(new Request(`${BASE}/feeds/trending.rss`, { headers }), await trendingFeed(db(), BASE, new Date(windowStart.getTime() + offsetMs)), "rss");
    const first = await render(10_000);
    const etag = first.headers.get("etag")!;
    expect((await render(200_000, { "if-none-match": etag })).status).toBe(304);
    expect(first.headers.get("last-modified")).toBe(windowStart.toUTCString());
    expect(trendingInstant(new Date("2026-01-01T10:07:31Z")).toISOString()).toBe("2026-01-01T10:05:00.000Z");
  });

  it("counts papers and votes from earlier in the current window (a fresh instance's feed is not empty)", async () => {
    const fresh = await paper(`Freshly ingested ${unique()}`);
    for (let i = 0; i < 20; i++) await db().upvote.create({ data: { paperId: fresh.id, userId: (await person("voter")).id } });
    await refreshTrending(db(), new Date(), [fresh.id]);
    const now = new Date(Date.now() + 1);
    const feed = await trendingFeed(db(), BASE, now);
    expect(feed.entries.map((e) => e.title)).toContain(fresh.title);
  });
});
