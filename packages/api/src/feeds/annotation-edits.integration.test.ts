import { describe, expect, it } from "vitest";
import { db } from "../lib/services.ts";
import { as, person } from "../../test/fixtures.ts";
import { rangeOf, textPaper } from "../../test/annotation-fixtures.ts";
import { fetchFeed } from "../../test/feed-client.ts";
import { annotationsFeedRoute } from "./index.ts";

// Issue 16.5: a person's annotation feed changes its validators when an annotation is edited or deleted
// (a reader sending only If-Modified-Since gets 200 with the new content, not 304), Atom entries carry
// the edit in <updated> (first publication in <published>), and RSS names authors in <dc:creator>.
// Times are set explicitly (fixed past instants), so nothing depends on how fast the test runs.

const T0 = new Date("2026-01-01T00:00:00Z");
const T1 = new Date("2026-02-01T00:00:00Z");

async function backdate(authorId: string, at: Date) {
  await db().annotation.updateMany({ where: { authorId }, data: { createdAt: at, updatedAt: at } });
}
const since = (d: Date) => ({ headers: { "if-modified-since": d.toUTCString() } });

describe("a person's annotation feed after an edit", () => {
  it("moves Last-Modified, the ETag and the Atom entry's <updated> on an edit and on a deletion", async () => {
    const author = await person("feeder");
    const paperId = (await textPaper()).id;
    const kept = await as(author).annotations.create({ paperId, target: rangeOf("the Transformer"), body: "First thought", visibility: "PUBLIC" });
    const gone = await as(author).annotations.create({ paperId, target: rangeOf("attention mechanisms"), body: "Second thought", visibility: "PUBLIC" });
    await backdate(author.id, T0);

    const before = await fetchFeed(annotationsFeedRoute("atom"), { handle: author.handle });
    expect(before.headers.get("last-modified")).toBe(T0.toUTCString());
    expect((await fetchFeed(annotationsFeedRoute("atom"), { handle: author.handle }, since(T0))).status).toBe(304);

    await as(author).annotations.edit({ id: kept.id, body: "Second thoughts, edited" });
    const edited = await db().annotation.findUniqueOrThrow({ where: { id: kept.id } });
    for (const format of ["atom", "rss"] as const) {
      const after = await fetchFeed(annotationsFeedRoute(format), { handle: author.handle }, since(T0));
      expect(after.status).toBe(200);
      expect(after.body).toContain("Second thoughts, edited");
      expect(Date.parse(after.headers.get("last-modified")!)).toBeGreaterThan(T0.getTime());
      if (format === "atom") expect(after.headers.get("etag")).not.toBe(before.headers.get("etag"));
    }
    const atom = (await fetchFeed(annotationsFeedRoute("atom"), { handle: author.handle })).body;
    const entry = atom.split("<entry>").find((e) => e.includes(kept.id))!;
    expect(entry).toContain(`<updated>${edited.updatedAt.toISOString()}</updated>`);
    expect(entry).toContain(`<published>${T0.toISOString()}</published>`);
    expect(atom.split("<entry>")[0]).toContain(`<updated>${edited.updatedAt.toISOString()}</updated>`);

    // A deletion removes an entry: the feed changed although no remaining entry did.
    await backdate(author.id, T1);
    expect((await fetchFeed(annotationsFeedRoute("rss"), { handle: author.handle }, since(T1))).status).toBe(304);
    await as(author).annotations.delete({ id: gone.id });
    const afterDelete = await fetchFeed(annotationsFeedRoute("rss"), { handle: author.handle }, since(T1));
    expect(afterDelete.status).toBe(200);
    expect(afterDelete.body).not.toContain("Second thought<");
    expect(afterDelete.feed!.items).toHaveLength(1);
  });

  it("names the author in RSS <dc:creator> (namespace declared), never in <author>, which RSS 2.0 keeps for an email", async () => {
    const author = await person("creator");
    const paperId = (await textPaper()).id;
    await as(author).annotations.create({ paperId, target: rangeOf("the Transformer"), body: "", visibility: "PUBLIC" });
    const rss = await fetchFeed(annotationsFeedRoute("rss"), { handle: author.handle });
    expect(rss.body).toMatch(/<rss[^>]*\sxmlns:dc="http:\/\/purl\.org\/dc\/elements\/1\.1\/"/);
    expect(rss.body).toContain(`<dc:creator>${author.name}</dc:creator>`);
    expect(rss.body).not.toMatch(/<author>/);
    expect(rss.feed!.items[0]!.creator).toBe(author.name);
  });
});
