import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { FORMATS, HOSTILE, HOSTILE_SHOWN, shownText } from "../../test/feed-client.ts";
import { feedUpdated, renderFeed, xmlSafe, type FeedDescription } from "./render.ts";

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

  it("names entry authors in RSS <dc:creator> with its namespace declared (even without content), never in <author>", async () => {
    const bare: FeedDescription = { ...description, entries: [{ ...description.entries[0]!, html: undefined, author: "Ada Lovelace" }] };
    const xml = renderFeed(bare, "rss");
    expect(xml).toMatch(/<rss[^>]*\sxmlns:dc="http:\/\/purl\.org\/dc\/elements\/1\.1\/"/);
    expect(xml).not.toContain("<author>");
    expect((await new Parser().parseString(xml)).items[0]!.creator).toBe("Ada Lovelace");
    expect((await new Parser().parseString(renderFeed(description, "rss"))).items[0]!.creator).toBe(HOSTILE_SHOWN);
  });

  it("writes an edited entry's last change in Atom <updated> (publication in <published>) and dates the feed by it", () => {
    const edited = new Date("2026-05-06T07:08:09Z");
    const xml = renderFeed({ ...description, entries: [{ ...description.entries[0]!, updated: edited }] }, "atom");
    const [head, entry] = xml.split("<entry>");
    expect(entry).toContain("<updated>2026-05-06T07:08:09.000Z</updated>");
    expect(entry).toContain("<published>2026-03-04T05:06:07.000Z</published>");
    expect(head).toContain("<updated>2026-05-06T07:08:09.000Z</updated>");
    expect(feedUpdated({ ...description, entries: [{ ...description.entries[0]!, updated: edited }] })).toEqual(edited);
  });

  it("is deterministic for the same description (stable ETags)", () => {
    expect(renderFeed(description, "atom")).toBe(renderFeed(description, "atom"));
  });
});
