import { beforeAll, describe, expect, it } from "vitest";
import { toPaperDocument, upsertDocuments } from "@commonplace/search";
import { db, search } from "../lib/services.ts";
import { listCitables } from "../lists/export.ts";
import { as, outcome, paper, person, team, unique, type TeamFixture } from "../../test/fixtures.ts";
import { rangeOf, textPaper } from "../../test/annotation-fixtures.ts";
import { searchableIndex } from "../../test/security/search-index.ts";

// Issue 15.3: personal tags (mine only), team tags on list items and annotations through the policy,
// filters by tag (lists, search), tags in exports.

let fx: TeamFixture;
beforeAll(async () => {
  fx = await team();
});

describe("personal tags on papers", () => {
  it("are created normalised, listed with counts, bulk-applied, renamed and removed — and only ever the caller's", async () => {
    const me = await person("tagger");
    const other = await person("other");
    const [a, b, c] = [await paper(), await paper(), await paper()];
    expect(await as(me).tags.setForPaper({ paperId: a.id, tags: ["Deep  Learning", "deep learning", "NLP"] })).toEqual({
      paperId: a.id,
      tags: ["deep learning", "nlp"],
    });
    await as(me).tags.bulk({ paperIds: [b.id, c.id], add: ["NLP", "Vision"] });
    await as(me).tags.bulk({ paperIds: [c.id], remove: ["vision"] });
    expect(await as(me).tags.mine()).toEqual([
      { tag: "nlp", count: 3 },
      { tag: "deep learning", count: 1 },
      { tag: "vision", count: 1 },
    ]);
    expect(await as(me).tags.rename({ from: "vision", to: "Deep Learning" })).toEqual({ papers: 1 });
    expect((await as(me).tags.forPapers({ paperIds: [a.id, b.id, c.id] })).map((p) => p.tags.sort())).toEqual([
      ["deep learning", "nlp"],
      ["deep learning", "nlp"],
      ["nlp"],
    ]);
    expect(await as(me).tags.remove({ tag: "nlp" })).toEqual({ papers: 3 });
    expect(await as(me).tags.mine()).toEqual([{ tag: "deep learning", count: 2 }]);
    // Someone else sees none of them, and their own tags do not touch mine.
    expect(await as(other).tags.forPapers({ paperIds: [a.id] })).toEqual([{ paperId: a.id, tags: [] }]);
    expect(await as(other).tags.mine()).toEqual([]);
    await as(other).tags.setForPaper({ paperId: a.id, tags: ["theirs"] });
    expect((await as(me).tags.forPapers({ paperIds: [a.id] }))[0]!.tags).toEqual(["deep learning"]);
    expect(await outcome(as(null).tags.mine())).toBe("UNAUTHORIZED");
  });

  it("refuses invalid names and more than 20 tags on a paper", async () => {
    const me = await person("strict");
    const p = await paper();
    for (const bad of ["a\u0000b", "right\u202Eleft", "   ", "x".repeat(41)])
      expect(await outcome(as(me).tags.setForPaper({ paperId: p.id, tags: [bad] }))).toBe("BAD_REQUEST");
    const twenty = Array.from({ length: 20 }, (_, i) => `t${i}`);
    await as(me).tags.setForPaper({ paperId: p.id, tags: twenty });
    expect(await outcome(as(me).tags.setForPaper({ paperId: p.id, tags: [...twenty, "one more"] }))).toBe("BAD_REQUEST");
    expect(await outcome(as(me).tags.bulk({ paperIds: [p.id], add: ["one more"] }))).toBe("BAD_REQUEST");
    expect((await as(me).tags.forPapers({ paperIds: [p.id] }))[0]!.tags).toHaveLength(20);
    expect(await outcome(as(me).tags.setForPaper({ paperId: "no-such-paper", tags: ["x"] }))).toBe("NOT_FOUND");
  });

  it("filter search to the caller's papers with a tag", async () => {
    await searchableIndex();
    const word = `zyx${unique()}`;
    const me = await person("searcher");
    const ps = [await paper(`${word} one`), await paper(`${word} two`), await paper(`${word} three`)];
    await upsertDocuments(
      search(),
      ps.map((p) =>
        toPaperDocument({
          id: p.id,
          title: p.title,
          abstract: null,
          authors: [],
          year: 2020,
          publishedAt: null,
          categories: [],
          source: "test",
          upvotes: 0,
          arxivId: null,
        }),
      ),
    );
    await as(me).tags.bulk({ paperIds: [ps[0]!.id, ps[2]!.id], add: ["Reading Group"] });
    expect((await as(me).papers.search({ q: word })).total).toBe(3);
    const tagged = await as(me).papers.search({ q: word, tag: "reading group" });
    expect(tagged.hits.map((h) => h.id).sort()).toEqual([ps[0]!.id, ps[2]!.id].sort());
    // Another person's filter by the same name finds nothing: the tags are mine.
    expect((await as(await person("nosy")).papers.search({ q: word, tag: "reading group" })).total).toBe(0);
    expect(await outcome(as(null).papers.search({ q: word, tag: "reading group" }))).toBe("UNAUTHORIZED");
  });
});

describe("team tags", () => {
  it("on list items: editors tag (item.tag), viewers cannot, outsiders see nothing; filter and export by tag with keywords", async () => {
    const list = await as(fx.people.OWNER).lists.create({ title: "Team tags", visibility: "TEAM", teamSlug: fx.slug });
    const [p1, p2] = [await paper("Tagged one"), await paper("Tagged two")];
    const { item } = await as(fx.people.MEMBER).lists.addItem({ listId: list.id, paperId: p1.id, tags: ["Core"] });
    await as(fx.people.MEMBER).lists.addItem({ listId: list.id, paperId: p2.id });
    expect(item.tags).toEqual(["core"]);
    const tagAs = (who: Parameters<typeof as>[0], tags: string[]) => as(who).lists.updateItem({ listId: list.id, itemId: item.id, expectedVersion: 0, tags });
    expect(await outcome(tagAs(fx.people.VIEWER, ["sneaky"]))).toBe("FORBIDDEN");
    expect(await outcome(tagAs(fx.outsider, ["sneaky"]))).toBe("NOT_FOUND");
    expect(await outcome(as(fx.people.VIEWER).lists.addItem({ listId: list.id, paperId: (await paper()).id, tags: ["x"] }))).toBe("FORBIDDEN");
    await tagAs(fx.people.ADMIN, ["Core", "Survey"]);
    expect(await as(fx.people.VIEWER).tags.inList({ listId: list.id })).toEqual([
      { tag: "core", count: 1 },
      { tag: "survey", count: 1 },
    ]);
    expect(await outcome(as(fx.outsider).tags.inList({ listId: list.id }))).toBe("NOT_FOUND");
    expect((await as(fx.people.VIEWER).lists.items({ listId: list.id, tag: "SURVEY" })).map((i) => i.paper.title)).toEqual(["Tagged one"]);
    const exported = await as(fx.people.VIEWER).lists.export({ listId: list.id, format: "csl-json", tag: "survey" });
    expect(exported.count).toBe(1);
    expect(JSON.parse(exported.body)).toHaveLength(1);
    expect((await as(fx.people.VIEWER).lists.export({ listId: list.id, format: "bibtex" })).count).toBe(2);
    // The item's team tags are the keywords the exporters receive; nobody's personal tags are.
    await as(fx.people.MEMBER).tags.setForPaper({ paperId: p1.id, tags: ["private thought"] });
    const citables = await listCitables(db(), list.id);
    expect(citables.map((c) => c.keywords ?? [])).toEqual([["core", "survey"], []]);
  });

  it("on annotations: the author and editors of its team tag it; viewers and strangers cannot; readers see the tags", async () => {
    const p = await textPaper();
    const { start, end } = rangeOf("the Transformer");
    const note = await as(fx.people.MEMBER).annotations.create({
      paperId: p.id,
      target: { start, end, exact: "the Transformer" },
      body: "team note",
      visibility: "TEAM",
      teamSlug: fx.slug,
    });
    const mine = await as(fx.outsider).annotations.create({
      paperId: p.id,
      target: { start, end, exact: "the Transformer" },
      body: "public note",
      visibility: "PUBLIC",
    });
    const setAs = (who: Parameters<typeof as>[0], id: string, tags: string[]) => as(who).tags.setForAnnotation({ annotationId: id, tags });
    expect(await setAs(fx.people.MEMBER, note.id, ["Method"])).toEqual({ id: note.id, tags: ["method"] });
    expect(await setAs(fx.people.ADMIN, note.id, ["method", "To Discuss"])).toEqual({ id: note.id, tags: ["method", "to discuss"] });
    expect(await outcome(setAs(fx.people.VIEWER, note.id, ["x"]))).toBe("FORBIDDEN");
    expect(await outcome(setAs(fx.outsider, note.id, ["x"]))).toBe("NOT_FOUND");
    // A public note outside any team is its author's alone to tag.
    expect(await outcome(setAs(fx.people.OWNER, mine.id, ["x"]))).toBe("FORBIDDEN");
    expect((await setAs(fx.outsider, mine.id, ["mine"])).tags).toEqual(["mine"]);
    const thread = await as(fx.people.VIEWER).annotations.thread({ id: note.id });
    expect(thread).toMatchObject({ tags: ["method", "to discuss"], can: { tag: false } });
    expect((await as(fx.people.MEMBER).annotations.thread({ id: note.id })).can.tag).toBe(true);
  });
});
