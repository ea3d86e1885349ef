import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { FORMATS, HOSTILE, HOSTILE_SHOWN, shownText } from "../../test/feed-client.ts";
import { renderFeed, xmlSafe, type FeedDescription } from "./render.ts";

// The renderer alone: hostile text in every field it writes must come out as well-formed XML that a real
// parser reads back as the same text.

const base = "https://papers.example.org";
const description: FeedDescription = {
  title: HOSTILE,
  description: HOSTILE,
  link: `${base}/lists/l1`,
  self: { rss: `${base}/lists/l1/feed.rss`, atom: `${base}/lists/l1/feed.atom` },
  author: HOSTILE,
  entries: [
    {
      id: `${base}/lists/l1#item-1`,
      title: HOSTILE,
      link: `${base}/papers/p1`,
      date: new Date("2026-03-04T05:06:07Z"),
      html: "<p>a ]]> b ]]> c</p>",
      author: HOSTILE,
      categories: [HOSTILE, "cs.LG"],
    },
  ],
};

describe("renderFeed", () => {
  for (const format of FORMATS) {
    it(`writes hostile strings as well-formed ${format} that parses back to the same text`, async () => {
      const xml = renderFeed(description, format);
      const feed = await new Parser().parseString(xml);
      expect(feed.title).toBe(HOSTILE_SHOWN);
      const [item] = feed.items;
      expect(shownText(item!.title)).toBe(HOSTILE_SHOWN);
      expect(item!.link).toBe(`${base}/papers/p1`);
      expect(item!.isoDate).toBe("2026-03-04T05:06:07.000Z");
      expect(shownText(String(item!.content ?? item!["content:encoded"]))).toBe("<p>a ]]> b ]]> c</p>");
      expect(xml).not.toContain("<script");
    });
  }

  it("drops only the characters XML 1.0 cannot carry", () => {
    expect(xmlSafe("a\u0000b\u0008c\td\ne\rf\u000bg\ufffeh\ud800i😀j")).toBe("abc\td\ne\rfghi😀j");
  });

  it("is deterministic for the same description (stable ETags)", () => {
    expect(renderFeed(description, "atom")).toBe(renderFeed(description, "atom"));
  });
});
