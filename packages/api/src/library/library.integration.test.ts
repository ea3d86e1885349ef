import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../lib/services.ts";
import { as, paper, person, team, unique, type Person, type TeamFixture } from "../../test/fixtures.ts";
import { rangeOf, textPaper } from "../../test/annotation-fixtures.ts";

// Issue 15.4: my library — what I saved, annotated, uploaded, imported or tagged; typo-tolerant search over
// title, abstract, my notes and my annotations; facets; bulk actions. And the privacy promise: a private note or
// annotation never reaches anyone else's library, search, feed or profile.

let fx: TeamFixture;
let ada: Person;
const secret = `zorblax${unique()}`; // a word only Ada's private texts contain
const ids = {} as Record<"saved" | "annotated" | "uploaded" | "imported" | "tagged" | "teamPrivate", string>;

async function importedBy(userId: string, paperId: string) {
  const run = await db().ingestRun.create({ data: { source: "upload", label: "refs.bib", status: "DONE", createdById: userId } });
  await db().ingestItem.create({ data: { runId: run.id, ref: "entry 1", outcome: "CREATED", paperId } });
}

async function uploadedBy(userId: string, paperId: string) {
  const bytes = Buffer.from("%PDF-1.4 test");
  await db().paperPdf.create({
    data: { paperId, uploaderId: userId, fileName: "x.pdf", size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex"), bytes },
  });
}

beforeAll(async () => {
  fx = await team();
  ada = fx.people.MEMBER;
  const mine = await as(ada).lists.create({ title: "Ada's reading", visibility: "PRIVATE" });
  const saved = await paper("Entanglement heuristics for sparse transformers", { year: 2021 });
  ids.saved = saved.id;
  await as(ada).lists.addItem({ listId: mine.id, paperId: saved.id, note: `Compare with the ${secret} appendix`, status: "READING" });
  const annotated = await textPaper();
  ids.annotated = annotated.id;
  const { start, end } = rangeOf("the Transformer");
  await as(ada).annotations.create({
    paperId: annotated.id,
    target: { start, end, exact: "the Transformer" },
    body: `Private marginalia: ${secret} gradients`,
    visibility: "PRIVATE",
  });
  ids.uploaded = (await paper("Uploaded scan of convolution tricks", { year: 2019 })).id;
  await uploadedBy(ada.id, ids.uploaded);
  ids.imported = (await paper("Imported survey of retrieval", { year: 2019 })).id;
  await importedBy(ada.id, ids.imported);
  ids.tagged = (await paper("Tagged paper on optimisation", { year: 2023 })).id;
  await as(ada).tags.setForPaper({ paperId: ids.tagged, tags: ["Reading Group"] });
  // A PRIVATE list in the team: its creator (Ada) and the team's managers read it, other members do not.
  const teamPrivate = await as(ada).lists.create({ title: "Ada's team draft", visibility: "PRIVATE", teamSlug: fx.slug });
  ids.teamPrivate = (await paper("Team private pick")).id;
  await as(ada).lists.addItem({ listId: teamPrivate.id, paperId: ids.teamPrivate, note: `team draft ${secret}` });
});

describe("my library", () => {
  it("holds everything I saved, annotated, uploaded, imported or tagged, with facets", async () => {
    const lib = await as(ada).library.entries({});
    expect(lib.size).toBe(6);
    const kinds = Object.fromEntries(lib.entries.map((e) => [e.paper.id, e.kinds.sort()]));
    expect(kinds).toMatchObject({
      [ids.saved]: ["saved"],
      [ids.annotated]: ["annotated"],
      [ids.uploaded]: ["uploaded"],
      [ids.imported]: ["imported"],
      [ids.tagged]: ["tagged"],
      [ids.teamPrivate]: ["saved"],
    });
    expect(lib.facets.kind).toEqual(expect.arrayContaining([{ value: "saved", label: "saved", count: 2 }]));
    expect(lib.facets.tag).toEqual([{ value: "reading group", label: "reading group", count: 1 }]);
    expect(lib.facets.status).toEqual(expect.arrayContaining([{ value: "READING", label: "READING", count: 1 }]));
    expect(lib.facets.year.map((y) => y.value)).toEqual(expect.arrayContaining(["2023", "2021", "2019"]));
    // Filters, and each facet counted with the other filters applied.
    const y2019 = await as(ada).library.entries({ year: 2019 });
    expect(y2019.entries.map((e) => e.paper.id).sort()).toEqual([ids.uploaded, ids.imported].sort());
    expect(y2019.facets.year.length).toBeGreaterThan(1);
    expect((await as(ada).library.entries({ tag: "READING group" })).matchingIds).toEqual([ids.tagged]);
    expect((await as(ada).library.entries({ kind: "uploaded" })).matchingIds).toEqual([ids.uploaded]);
    expect(await as(await person("empty")).library.entries({})).toMatchObject({ size: 0, total: 0, entries: [] });
  });

  it("searches title, abstract, my notes and my annotations with the index's typo rules", async () => {
    const found = async (q: string) => (await as(ada).library.entries({ q })).entries.map((e) => e.paper.id);
    expect(await found("entanglment")).toEqual([ids.saved]); // one typo, title
    expect(await found("heuristics sparse transfo")).toEqual([ids.saved]); // last word as a prefix
    expect(await found("margnalia")).toEqual([ids.annotated]); // my annotation, one typo
    expect(await found("appendix")).toEqual([ids.saved]); // my note
    expect(await found("dominant sequence")).toEqual([]); // the annotated paper has no abstract here: full text is not searched
    expect(await found("entanglement marginalia")).toEqual([]); // every word must match in one entry
    const hit = (await as(ada).library.entries({ q: "margnalia" })).entries[0]!;
    expect(hit.matchedIn).toEqual(["annotation"]);
    expect(hit.snippet).toContain("<mark>marginalia</mark>");
  });

  it("bulk: adds a selection to a list (item.add), tags it, exports it with my tags as keywords", async () => {
    const target = await as(ada).lists.create({ title: "Bulk target", visibility: "PRIVATE" });
    const selection = [ids.uploaded, ids.imported, ids.tagged];
    expect(await as(ada).library.addToList({ listId: target.id, paperIds: selection })).toEqual({ added: 3 });
    expect(await as(ada).library.addToList({ listId: target.id, paperIds: [ids.uploaded, ids.saved] })).toEqual({ added: 1 });
    expect((await as(ada).lists.items({ listId: target.id })).map((i) => i.paper.id)).toEqual([...selection, ids.saved]);
    expect(
      await as(fx.people.VIEWER)
        .library.addToList({ listId: target.id, paperIds: selection })
        .catch((e: { code: string }) => e.code),
    ).toBe("NOT_FOUND");
    await as(ada).tags.bulk({ paperIds: selection, add: ["Exam prep"] });
    const exported = await as(ada).library.export({ tag: "exam prep", format: "csl-json" });
    expect(exported.count).toBe(3);
    const items = JSON.parse(exported.body) as { title: string; keyword?: string }[];
    expect(items.map((i) => i.title).sort()).toEqual(["Imported survey of retrieval", "Tagged paper on optimisation", "Uploaded scan of convolution tricks"]);
    expect(items.find((i) => i.title.startsWith("Tagged"))?.keyword).toMatch(/reading group/);
    const bib = await as(ada).library.export({ paperIds: [ids.saved], format: "bibtex" });
    expect(bib).toMatchObject({ count: 1, filename: "my-library.bib" });
    const cited = await as(ada).library.cite({ paperIds: [ids.saved, ids.tagged], style: "apa" });
    expect(cited.count).toBe(2);
    expect(cited.bibliography.text).toContain("Entanglement heuristics for sparse transformers");
  });
});

describe("private notes and annotations never reach anyone else", () => {
  it("not another person's library, library search, paper search, feed or profile — not even a teammate's or a manager's", async () => {
    const bob = await person("bob");
    const carol = fx.people.VIEWER;
    const owner = fx.people.OWNER; // a manager reads Ada's PRIVATE team list, but her notes there are not his library
    for (const who of [bob, carol, owner]) await as(who).follows.followUser({ handle: ada.handle });
    // Bob saves the same papers Ada annotated and noted: his entries must carry none of her words.
    const bobs = await as(bob).lists.create({ title: "Bob's", visibility: "PUBLIC" });
    for (const paperId of [ids.saved, ids.annotated]) await as(bob).lists.addItem({ listId: bobs.id, paperId });
    for (const who of [bob, carol, owner]) {
      const lib = await as(who).library.entries({});
      expect(JSON.stringify(lib)).not.toContain(secret);
      expect((await as(who).library.entries({ q: secret })).total).toBe(0);
      expect(JSON.stringify(await as(who).library.export({ format: "csl-json" }))).not.toContain(secret);
      expect(
        (
          await as(who)
            .papers.search({ q: secret })
            .catch(() => ({ total: 0 }))
        ).total,
      ).toBe(0);
      expect(JSON.stringify(await as(who).profiles.byHandle({ handle: ada.handle }))).not.toContain(secret);
      expect(JSON.stringify(await as(who).activity.user({ handle: ada.handle }))).not.toContain(secret);
      expect(JSON.stringify(await as(who).follows.feed({}))).not.toContain(secret);
    }
    expect(JSON.stringify(await as(carol).activity.team({ teamSlug: fx.slug }))).not.toContain(secret);
    expect((await as(owner).library.entries({})).matchingIds).not.toContain(ids.teamPrivate);
    // …while Ada finds her own words.
    expect((await as(ada).library.entries({ q: secret })).matchingIds.sort()).toEqual([ids.saved, ids.annotated, ids.teamPrivate].sort());
  });
});
