import { beforeAll, describe, expect, it } from "vitest";
import { parseBibtex, parseRis } from "@commonplace/formats";
import { db } from "../lib/services.ts";
import { as, outcome, paper, person, team, type Person, type TeamFixture } from "../../test/fixtures.ts";

let fx: TeamFixture;
beforeAll(async () => {
  fx = await team();
});

describe("reading lists", () => {
  it("list page data: counts, read/total, role and permissions; sorts for reading", async () => {
    const me = await person("reader");
    const list = await as(me).lists.create({ title: "Transformers", description: "## Why\nBecause.", visibility: "PRIVATE" });
    const a = await paper("Zeta attention", { year: 2019 });
    const b = await paper("Alpha networks", { year: 2023 });
    const c = await paper("Mid training", { year: 2021 });
    const caller = as(me);
    const ia = (await caller.lists.addItem({ listId: list.id, paperId: a.id })).item;
    const ib = (await caller.lists.addItem({ listId: list.id, paperId: b.id, tags: ["Core", "core", " survey "] })).item;
    await caller.lists.addItem({ listId: list.id, paperId: c.id, at: "top" });
    expect(ib.tags).toEqual(["core", "survey"]);
    await caller.lists.updateItem({ listId: list.id, itemId: ia.id, expectedVersion: 0, status: "READ" });
    await caller.lists.updateItem({ listId: list.id, itemId: ib.id, expectedVersion: 0, status: "READING" });
    const page = await caller.lists.get({ listId: list.id });
    expect(page).toMatchObject({
      title: "Transformers",
      description: "## Why\nBecause.",
      myRole: "OWNER",
      counts: { total: 3, read: 1, reading: 1, toRead: 1 },
    });
    expect(page.permissions).toEqual(expect.arrayContaining(["item.add", "list.delete", "list.share"]));
    const titles = async (sort: "position" | "title" | "year" | "status" | "added") =>
      (await caller.lists.items({ listId: list.id, sort })).map((i) => i.paper.title);
    expect(await titles("position")).toEqual(["Mid training", "Zeta attention", "Alpha networks"]);
    expect(await titles("title")).toEqual(["Alpha networks", "Mid training", "Zeta attention"]);
    expect(await titles("year")).toEqual(["Alpha networks", "Mid training", "Zeta attention"]);
    expect(await titles("status")).toEqual(["Alpha networks", "Mid training", "Zeta attention"]);
    expect(await titles("added")).toEqual(["Mid training", "Alpha networks", "Zeta attention"]);
    expect((await caller.lists.items({ listId: list.id, tag: "survey" })).map((i) => i.id)).toEqual([ib.id]);
    // Keyboard-style moves: to the end, then right after the first.
    await caller.lists.moveItem({ listId: list.id, itemId: ia.id, beforeId: null });
    await caller.lists.moveItem({ listId: list.id, itemId: ib.id, afterId: null });
    expect(await titles("position")).toEqual(["Alpha networks", "Mid training", "Zeta attention"]);
  });

  it("exports BibTeX that parses back into the same papers, and RIS, CSL-JSON, Markdown", async () => {
    const me = await person("exporter");
    const list = await as(me).lists.create({ title: "To cite", visibility: "PUBLIC" });
    const ps = [
      await paper("Attention Is All You Need", {
        year: 2017,
        arxivId: `1706.${Math.floor(Math.random() * 9e4 + 1e4)}`,
        authors: ["Ashish Vaswani", "Noam Shazeer"],
      }),
      await paper("Deep Residual Learning for Image Recognition", { year: 2015, authors: ["Kaiming He"] }),
    ];
    for (const p of ps) await as(me).lists.addItem({ listId: list.id, paperId: p.id });
    const bib = await as(null).lists.export({ listId: list.id, format: "bibtex" });
    expect(bib).toMatchObject({ contentType: expect.stringMatching(/^application\/x-bibtex/), filename: "to-cite.bib", count: 2 });
    const parsed = parseBibtex(bib.body).map((o) => (o.ok ? o.paper.title : o.error));
    expect(parsed).toEqual(ps.map((p) => p.title));
    const ris = await as(null).lists.export({ listId: list.id, format: "ris" });
    expect(parseRis(ris.body).map((o) => (o.ok ? o.paper.title : o.error))).toEqual(ps.map((p) => p.title));
    const csl = JSON.parse((await as(null).lists.export({ listId: list.id, format: "csl-json" })).body) as { title: string }[];
    expect(csl.map((c) => c.title)).toEqual(ps.map((p) => p.title));
    expect((await as(null).lists.export({ listId: list.id, format: "markdown" })).body).toContain("## To cite");
  });

  it("forks a public list into my own private list, items in order", async () => {
    const author = await person("author");
    const list = await as(author).lists.create({ title: "Classics", visibility: "PUBLIC" });
    const ps = [await paper("One"), await paper("Two")];
    for (const p of ps) await as(author).lists.addItem({ listId: list.id, paperId: p.id, note: `about ${p.title}` });
    const me = await person("forker");
    const fork = await as(me).lists.fork({ listId: list.id });
    expect(fork).toMatchObject({ title: "Classics", visibility: "PRIVATE", myRole: "OWNER", forkedFrom: { id: list.id }, counts: { total: 2 } });
    expect((await as(me).lists.items({ listId: fork.id })).map((i) => [i.paper.title, i.note])).toEqual([
      ["One", "about One"],
      ["Two", "about Two"],
    ]);
    expect(await as(me).lists.mine({ scope: "personal" })).toContainEqual(expect.objectContaining({ id: fork.id }));
  });

  it("quick create with a paper, and the lists a paper is in (only lists I can add to)", async () => {
    const p = await paper("Quick one");
    const { list, item } = await as(fx.people.MEMBER).lists.createWithPaper({ title: "Quick", visibility: "PRIVATE", paperId: p.id, note: "read first" });
    expect(list.counts.total).toBe(1);
    expect(item).toMatchObject({ paperId: p.id, note: "read first" });
    const teamList = await as(fx.people.OWNER).lists.create({ title: "Team quick", visibility: "TEAM", teamSlug: fx.slug });
    await as(fx.people.OWNER).lists.addItem({ listId: teamList.id, paperId: p.id });
    const mine = await as(fx.people.MEMBER).lists.containingPaper({ paperId: p.id });
    expect(mine.find((l) => l.id === list.id)).toMatchObject({ contains: true, itemId: item.id });
    expect(mine.find((l) => l.id === teamList.id)).toMatchObject({ contains: true });
    // A VIEWER cannot add to the team list, so it is not offered.
    expect((await as(fx.people.VIEWER).lists.containingPaper({ paperId: p.id })).map((l) => l.id)).not.toContain(teamList.id);
  });

  it("imports BibTeX through an ingest run; finished runs' papers are appended once", async () => {
    const me = await person("importer");
    const list = await as(me).lists.create({ title: "Imported", visibility: "PRIVATE" });
    const existing = await paper("Already here");
    await as(me).lists.addItem({ listId: list.id, paperId: existing.id });
    const { runId } = await as(me).lists.importCitations({
      listId: list.id,
      text: "@article{a, title={First}, author={Doe, Jane}, year={2020}}\n@article{b, title={Second}, author={Roe, Rick}, year={2021}}",
      fileName: "refs.bib",
    });
    expect(await db().ingestRun.findUniqueOrThrow({ where: { id: runId } })).toMatchObject({ source: "list-import", createdById: me.id });
    expect(await as(me).lists.importStatus({ listId: list.id, runId })).toMatchObject({ status: "QUEUED", applied: false, added: 0 });
    // What the worker records when it finishes the run (papers created/deduplicated, one failure).
    const [first, second] = [await paper("First"), await paper("Second")];
    await db().ingestItem.createMany({
      data: [
        { runId, ref: "a", outcome: "CREATED", paperId: first.id },
        { runId, ref: "b", outcome: "DUPLICATE", paperId: second.id },
        { runId, ref: "c", outcome: "DUPLICATE", paperId: existing.id },
        { runId, ref: "d", outcome: "FAILED", reason: "no title" },
      ],
    });
    await db().ingestRun.update({ where: { id: runId }, data: { status: "DONE", finishedAt: new Date() } });
    const [s1, s2] = await Promise.all([as(me).lists.importStatus({ listId: list.id, runId }), as(me).lists.importStatus({ listId: list.id, runId })]);
    expect(s1.added + s2.added).toBe(2);
    expect((await as(me).lists.items({ listId: list.id })).map((i) => i.paper.title)).toEqual(["Already here", "First", "Second"]);
    expect(await as(me).lists.importStatus({ listId: list.id, runId })).toMatchObject({ status: "DONE", applied: true, added: 0 });
    expect(
      await as(me)
        .lists.importCitations({ listId: list.id, text: "not a citation at all", fileName: "notes.txt" })
        .catch((e: { code: string }) => e.code),
    ).toBe("BAD_REQUEST");
  });
});

describe("private and team lists never leak into queries and feeds", () => {
  let owner: Person;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    owner = fx.people.OWNER;
    const p = await paper("Leak probe");
    for (const visibility of ["PRIVATE", "TEAM", "UNLISTED", "PUBLIC"] as const) {
      const teamList = await as(owner).lists.create({ title: `team-${visibility}`, visibility, teamSlug: fx.slug });
      await as(owner).lists.addItem({ listId: teamList.id, paperId: p.id, note: `secret note ${visibility}` });
      ids[`team-${visibility}`] = teamList.id;
      if (visibility !== "TEAM") {
        const mine = await as(owner).lists.create({ title: `personal-${visibility}`, visibility });
        await as(owner).lists.addItem({ listId: mine.id, paperId: p.id });
        ids[`personal-${visibility}`] = mine.id;
      }
    }
  });
  const titles = (rows: { title: string }[]) =>
    rows
      .map((r) => r.title)
      .filter((t) => t.startsWith("team-") || t.startsWith("personal-"))
      .sort();
  const feedLists = (entries: { list: { title: string } | null }[]) =>
    titles([...new Set(entries.flatMap((e) => (e.list ? [e.list.title] : [])))].map((title) => ({ title })));

  it("list queries", async () => {
    expect(titles(await as(owner).lists.mine())).toEqual([
      "personal-PRIVATE",
      "personal-PUBLIC",
      "personal-UNLISTED",
      "team-PRIVATE",
      "team-PUBLIC",
      "team-TEAM",
      "team-UNLISTED",
    ]);
    expect(titles(await as(fx.people.VIEWER).lists.mine())).toEqual(["team-PUBLIC", "team-TEAM", "team-UNLISTED"]);
    expect(titles(await as(fx.people.VIEWER).lists.forTeam({ teamSlug: fx.slug }))).toEqual(["team-PUBLIC", "team-TEAM", "team-UNLISTED"]);
    expect(titles(await as(fx.outsider).lists.mine())).toEqual([]);
    expect(titles(await as(fx.outsider).lists.forUser({ handle: owner.handle }))).toEqual(["personal-PUBLIC"]);
    expect(titles(await as(null).lists.forUser({ handle: owner.handle }))).toEqual(["personal-PUBLIC"]);
    expect(titles(await as(owner).lists.forUser({ handle: owner.handle }))).toEqual(["personal-PRIVATE", "personal-PUBLIC", "personal-UNLISTED"]);
  });

  it("feeds", async () => {
    expect(feedLists((await as(fx.people.MEMBER).activity.team({ teamSlug: fx.slug, limit: 100 })).entries)).toEqual([
      "team-PUBLIC",
      "team-TEAM",
      "team-UNLISTED",
    ]);
    expect(feedLists((await as(owner).activity.team({ teamSlug: fx.slug, limit: 100 })).entries)).toEqual([
      "team-PRIVATE",
      "team-PUBLIC",
      "team-TEAM",
      "team-UNLISTED",
    ]);
    expect(feedLists((await as(null).activity.user({ handle: owner.handle, limit: 100 })).entries)).toEqual(["personal-PUBLIC", "team-PUBLIC"]);
    // Making a public list private hides its past rows from the public feed.
    const list = await as(owner).lists.get({ listId: ids["personal-PUBLIC"]! });
    await as(owner).lists.update({ listId: list.id, expectedVersion: list.version, visibility: "PRIVATE" });
    expect(feedLists((await as(fx.outsider).activity.user({ handle: owner.handle, limit: 100 })).entries)).toEqual(["team-PUBLIC"]);
    await as(owner).lists.update({ listId: list.id, expectedVersion: list.version + 1, visibility: "PUBLIC" });
  });

  it("feed pagination walks every visible row once", async () => {
    const all = (await as(owner).activity.team({ teamSlug: fx.slug, limit: 100 })).entries.map((e) => e.id);
    const walked: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await as(owner).activity.team({ teamSlug: fx.slug, limit: 3, cursor });
      walked.push(...page.entries.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(walked).toEqual(all);
  });
});

describe("saved state (issue 14.3)", () => {
  it("says, for a page of papers at once, which of my lists hold each one", async () => {
    const me = fx.people.MEMBER;
    const [p, q, r] = [await paper("Saved twice"), await paper("Saved once"), await paper("Not saved")];
    const mine = await as(me).lists.create({ title: "Mine", visibility: "PRIVATE" });
    const teamList = await as(fx.people.OWNER).lists.create({ title: "Team shelf", visibility: "TEAM", teamSlug: fx.slug });
    const a = (await as(me).lists.addItem({ listId: mine.id, paperId: p.id })).item;
    const b = (await as(fx.people.OWNER).lists.addItem({ listId: teamList.id, paperId: p.id })).item;
    await as(me).lists.addItem({ listId: mine.id, paperId: q.id });
    const saved = await as(me).lists.savedIn({ paperIds: [p.id, q.id, r.id] });
    expect(saved.map((s) => [s.paperId, s.lists.length])).toEqual([
      [p.id, 2],
      [q.id, 1],
      [r.id, 0],
    ]);
    expect(saved[0]!.lists).toEqual(
      expect.arrayContaining([
        { id: mine.id, title: "Mine", itemId: a.id },
        { id: teamList.id, title: "Team shelf", itemId: b.id },
      ]),
    );
    // Someone else's private list never shows; a VIEWER is not offered the team list either.
    expect((await as(fx.people.VIEWER).lists.savedIn({ paperIds: [p.id] }))[0]!.lists).toEqual([]);
    expect(await outcome(as(null).lists.savedIn({ paperIds: [p.id] }))).toBe("UNAUTHORIZED");
  });
});

describe("BibTeX export of a list (issue 14.9)", () => {
  it("round-trips a list: keys unique and stable, notes as annote, journal reference as volume/pages", async () => {
    const me = await person("citer");
    const list = await as(me).lists.create({ title: "Cite me", visibility: "PRIVATE" });
    const a = await paper("Attention Is All You Need", { year: 2017, authors: ["Ashish Vaswani"] });
    const b = await paper("Attention is what you need", { year: 2017, authors: ["Ashish Vaswani"] });
    const c = await paper("Deep learning", { year: 2015, authors: ["Yann LeCun"] });
    await db().paper.update({ where: { id: c.id }, data: { venue: "Nature", journalRef: "Nature 521(7553):436–444" } });
    await as(me).lists.addItem({ listId: list.id, paperId: a.id, note: "The **transformer** paper" });
    await as(me).lists.addItem({ listId: list.id, paperId: b.id });
    await as(me).lists.addItem({ listId: list.id, paperId: c.id });
    const bib = (await as(me).lists.export({ listId: list.id, format: "bibtex" })).body;
    const keys = [...bib.matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);
    expect(new Set(keys).size).toBe(3);
    expect(keys[2]).toBe("lecun2015deep");
    expect(keys.slice(0, 2).sort()).toEqual(["vaswani2017attention", "vaswani2017attentiona"]);
    expect(bib).toContain("annote = {The transformer paper}");
    expect(bib).toMatch(/volume = \{521\}[\s\S]*|pages = \{436--444\}/);
    expect(bib).toContain("pages = {436--444}");
    // The same list exports the same keys again, and parses back into the same papers.
    expect((await as(me).lists.export({ listId: list.id, format: "bibtex" })).body).toBe(bib);
    expect(parseBibtex(bib).map((o) => (o.ok ? [o.paper.title, o.paper.year] : o.error))).toEqual([
      ["Attention Is All You Need", 2017],
      ["Attention is what you need", 2017],
      ["Deep learning", 2015],
    ]);
  });
});

describe("an import from the import page goes straight into a list (issue 14.10)", () => {
  it("attaches my run to my list; its papers are added when it finishes; nobody else's run can be attached", async () => {
    const me = await person("importer");
    const list = await as(me).lists.create({ title: "Imported", visibility: "PRIVATE" });
    const p = await paper("Imported through the pipeline");
    const { runId } = await as(me).ingest.fromText({ text: "arXiv:1706.03762" });
    await as(me).lists.attachRun({ listId: list.id, runId });
    expect(await as(me).lists.items({ listId: list.id })).toEqual([]);
    // The worker finishing the run, as it records it.
    await db().ingestItem.create({ data: { runId, ref: "line 1", outcome: "CREATED", paperId: p.id, title: p.title } });
    await db().ingestRun.update({ where: { id: runId }, data: { status: "DONE" } });
    expect((await as(me).lists.items({ listId: list.id })).map((i) => i.paper.id)).toEqual([p.id]);

    const other = await person("other-importer");
    const theirs = await as(other).lists.create({ title: "Theirs", visibility: "PRIVATE" });
    expect(await outcome(as(other).lists.attachRun({ listId: theirs.id, runId }))).toBe("NOT_FOUND");
    expect(await outcome(as(other).lists.attachRun({ listId: list.id, runId }))).toBe("NOT_FOUND");
  });
});
