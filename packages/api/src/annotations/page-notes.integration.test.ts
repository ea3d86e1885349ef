import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reanchorPaper } from "@commonplace/catalogue";
import { db } from "../lib/services.ts";
import { as, outcome, paper, person, team, type Person, type TeamFixture } from "../../test/fixtures.ts";
import { rangeOf, TEXT, textPaper } from "../../test/annotation-fixtures.ts";
import { clientFor, startInstance, type Instance } from "../../test/live-client.ts";

// Page notes (issue 16.1): threads on a whole paper, no passage. They are Annotation rows without a target,
// so replies, resolve, scopes, the policy, mentions, live events, exports and re-anchoring treat them like
// highlights — and paper cards count them per viewer. Also the composer's remembered scope (16.7).

let fx: TeamFixture;
let paperId: string;
let stranger: Person;

beforeAll(async () => {
  fx = await team();
  stranger = await person("stranger");
  paperId = (await textPaper()).id;
});

const threadsFor = async (who: Person | null, id = paperId) => (await as(who).annotations.list({ paperId: id })).threads;

describe("page notes", () => {
  it("are created without a target: no quote, range or colour, marked pageNote, and need a body", async () => {
    const note = await as(fx.people.MEMBER).annotations.create({ paperId, body: "Is the **baseline** fair?", visibility: "PUBLIC" });
    expect(note).toMatchObject({
      pageNote: true,
      quote: null,
      start: null,
      end: null,
      color: null,
      anchorStatus: "ANCHORED",
      bodyHtml: "<p>Is the <strong>baseline</strong> fair?</p>",
    });
    const row = await db().annotation.findUniqueOrThrow({ where: { id: note.id } });
    expect(row.selectors).toBeNull();
    expect(await outcome(as(fx.people.MEMBER).annotations.create({ paperId, body: "   ", visibility: "PUBLIC" }))).toBe("BAD_REQUEST");
    const highlight = await as(fx.people.MEMBER).annotations.create({ paperId, target: rangeOf("Transformer"), visibility: "PUBLIC" });
    expect(highlight.pageNote).toBe(false);
    // Editing keeps the rule: no colour, never emptied.
    expect(await outcome(as(fx.people.MEMBER).annotations.edit({ id: note.id, color: "green" }))).toBe("BAD_REQUEST");
    expect(await outcome(as(fx.people.MEMBER).annotations.edit({ id: note.id, body: " " }))).toBe("BAD_REQUEST");
  });

  it("work on a paper that has no text to highlight", async () => {
    const bare = await paper();
    const note = await as(stranger).annotations.create({ paperId: bare.id, body: "No PDF yet, but worth reading.", visibility: "PUBLIC" });
    expect((await threadsFor(null, bare.id)).map((t) => t.id)).toEqual([note.id]);
    expect(await outcome(as(stranger).annotations.create({ paperId: bare.id, target: { start: 0, end: 3 }, visibility: "PUBLIC" }))).toBe(
      "PRECONDITION_FAILED",
    );
  });

  it("have threads: replies notify the author, mentions notify only readers, resolve and reopen", async () => {
    const body = `@${fx.people.ADMIN.handle} @${stranger.handle} what do you think?`;
    const note = await as(fx.people.MEMBER).annotations.create({ paperId, body, visibility: "TEAM", teamSlug: fx.slug });
    const notified = async (p: Person) =>
      (await as(p).notifications.list({})).items.filter((n) => n.annotationId !== null).map((n) => [n.kind, n.annotationId]);
    expect(await notified(fx.people.ADMIN)).toContainEqual(["mention", note.id]);
    expect(await notified(stranger)).not.toContainEqual(["mention", note.id]);
    const reply = await as(fx.people.ADMIN).annotations.reply({ id: note.id, body: "Agreed." });
    expect(await notified(fx.people.MEMBER)).toContainEqual(["reply", reply.id]);
    expect(await outcome(as(fx.people.VIEWER).annotations.reply({ id: note.id, body: "me too" }))).toBe("FORBIDDEN");
    await as(fx.people.MEMBER).annotations.resolve({ id: note.id });
    const thread = await as(fx.people.VIEWER).annotations.thread({ id: reply.id });
    expect(thread).toMatchObject({ id: note.id, pageNote: true, resolved: true, replyCount: 1 });
    await as(fx.people.OWNER).annotations.reopen({ id: note.id });
    expect((await as(fx.people.VIEWER).annotations.thread({ id: note.id })).resolved).toBe(false);
  });

  it("obey the scope: private for its author, team for members, public for anyone", async () => {
    const p = (await textPaper()).id;
    const mine = await as(fx.people.MEMBER).annotations.create({ paperId: p, body: "private thought", visibility: "PRIVATE" });
    const team = await as(fx.people.MEMBER).annotations.create({ paperId: p, body: "team thought", visibility: "TEAM", teamSlug: fx.slug });
    const open = await as(fx.people.MEMBER).annotations.create({ paperId: p, body: "public thought", visibility: "PUBLIC" });
    const ids = async (who: Person | null) => (await threadsFor(who, p)).map((t) => t.id).sort();
    expect(await ids(fx.people.MEMBER)).toEqual([mine.id, team.id, open.id].sort());
    expect(await ids(fx.people.VIEWER)).toEqual([team.id, open.id].sort());
    expect(await ids(fx.outsider)).toEqual([open.id]);
    expect(await ids(null)).toEqual([open.id]);
    expect(await outcome(as(fx.outsider).annotations.thread({ id: mine.id }))).toBe("NOT_FOUND");
    expect(await outcome(as(fx.outsider).annotations.create({ paperId: p, body: "x", visibility: "TEAM", teamSlug: fx.slug }))).toBe("NOT_FOUND");
  });

  it("are left alone by re-anchoring, exported without a selector, and re-imported as page notes", async () => {
    const p = await textPaper();
    const note = await as(stranger).annotations.create({ paperId: p.id, body: "Whole-paper remark", visibility: "PUBLIC" });
    await as(stranger).annotations.create({ paperId: p.id, target: rangeOf("Transformer"), body: "passage", visibility: "PUBLIC" });
    const changed = `Preface.\n\n${TEXT.replace("Transformer", "Xformer")}`;
    await db().$transaction((tx) => reanchorPaper(tx, p.id, TEXT, changed, 2));
    const row = await db().annotation.findUniqueOrThrow({ where: { id: note.id } });
    expect(row).toMatchObject({ anchorStatus: "ANCHORED", selectors: null, start: null, quote: null, textVersion: 1 });

    const exported = await as(stranger).annotations.export({ paperId: p.id, format: "jsonld" });
    type Item = { id: string; target: string | { selector?: unknown }; motivation: string };
    const items = (JSON.parse(exported.body) as { first: { items: Item[] } }).first.items;
    const item = items.find((i) => i.id.includes(note.id))!;
    expect(item.motivation).toBe("commenting");
    expect(typeof item.target === "string" ? undefined : item.target.selector).toBeUndefined();
    const markdown = await as(stranger).annotations.export({ paperId: p.id, format: "markdown" });
    expect(markdown.body).toContain("Whole-paper remark");

    const target = await textPaper();
    const imported = await as(stranger).annotations.import({ paperId: target.id, json: exported.body, visibility: "PRIVATE" });
    expect(imported.outcomes.every((o) => o.ok)).toBe(true);
    const again = (await threadsFor(stranger, target.id)).filter((t) => t.pageNote);
    expect(again.map((t) => [t.body, t.quote, t.color])).toEqual([["Whole-paper remark", null, null]]);
  });
});

describe("counts on paper cards", () => {
  it("count threads (page notes and highlights, not replies) each viewer may read; signed out, the public ones", async () => {
    const p = (await textPaper()).id;
    const other = (await textPaper()).id;
    const pub = await as(fx.people.MEMBER).annotations.create({ paperId: p, body: "public page note", visibility: "PUBLIC" });
    await as(fx.people.ADMIN).annotations.reply({ id: pub.id, body: "a reply is not a thread" });
    await as(fx.people.MEMBER).annotations.create({ paperId: p, target: rangeOf("Transformer"), visibility: "PUBLIC" });
    await as(fx.people.MEMBER).annotations.create({ paperId: p, body: "team page note", visibility: "TEAM", teamSlug: fx.slug });
    await as(fx.people.MEMBER).annotations.create({ paperId: p, body: "private page note", visibility: "PRIVATE" });
    const deleted = await as(fx.people.MEMBER).annotations.create({ paperId: p, body: "gone", visibility: "PUBLIC" });
    await as(fx.people.MEMBER).annotations.delete({ id: deleted.id });
    const counts = async (who: Person | null) => as(who).annotations.counts({ paperIds: [p, other] });
    expect(await counts(null)).toEqual([
      { paperId: p, threads: 2, pageNotes: 1 },
      { paperId: other, threads: 0, pageNotes: 0 },
    ]);
    expect((await counts(fx.outsider))[0]).toEqual({ paperId: p, threads: 2, pageNotes: 1 });
    expect((await counts(fx.people.VIEWER))[0]).toEqual({ paperId: p, threads: 3, pageNotes: 2 });
    expect((await counts(fx.people.MEMBER))[0]).toEqual({ paperId: p, threads: 4, pageNotes: 3 });
    // Each count equals what that viewer's own thread list shows.
    for (const who of [null, fx.outsider, fx.people.VIEWER, fx.people.MEMBER]) expect((await threadsFor(who, p)).length).toBe((await counts(who))[0]!.threads);
  });
});

describe("the composer's remembered scope", () => {
  it("is the scope of your last thread on the paper, else in the list's team, else PRIVATE — and a team you can no longer write in is dropped", async () => {
    const p = (await textPaper()).id;
    const author = await person("remember");
    await db().membership.create({ data: { teamId: fx.id, userId: author.id, role: "MEMBER" } });
    const me = as(author);
    expect(await me.annotations.rememberedScope({ paperId: p })).toEqual({ visibility: "PRIVATE", teamSlug: null, from: "default" });
    await me.annotations.create({ paperId: p, body: "first", visibility: "PUBLIC" });
    await me.annotations.create({ paperId: p, body: "second", visibility: "TEAM", teamSlug: fx.slug });
    expect(await me.annotations.rememberedScope({ paperId: p })).toEqual({ visibility: "TEAM", teamSlug: fx.slug, from: "paper" });

    // Another paper, opened from one of the team's lists: the team's last scope.
    const list = await as(fx.people.OWNER).lists.create({ title: `Team list ${p}`, visibility: "TEAM", teamSlug: fx.slug });
    const q = (await textPaper()).id;
    expect(await me.annotations.rememberedScope({ paperId: q, listId: list.id })).toEqual({ visibility: "TEAM", teamSlug: fx.slug, from: "team" });
    expect(await me.annotations.rememberedScope({ paperId: q })).toEqual({ visibility: "PRIVATE", teamSlug: null, from: "default" });

    // Demoted to VIEWER: the remembered TEAM scope is no longer offered.
    await db().membership.update({ where: { teamId_userId: { teamId: fx.id, userId: author.id } }, data: { role: "VIEWER" } });
    expect(await me.annotations.rememberedScope({ paperId: p })).toEqual({ visibility: "PRIVATE", teamSlug: null, from: "default" });
    expect(await outcome(as(null).annotations.rememberedScope({ paperId: p }))).toBe("UNAUTHORIZED");
  });
});

describe("live", () => {
  let instance: Instance;
  beforeAll(async () => {
    instance = await startInstance();
  });
  afterAll(async () => instance?.stop());

  it("a page note and its reply reach subscribers who may read them, never others", async () => {
    const p = (await textPaper()).id;
    const subscribe = async (who: Person | null) => {
      const events: [string, string | null][] = [];
      const before = await instance.listeners(`paper:${p}`);
      const sub = clientFor(instance, who?.id ?? null).live.paper.subscribe(
        { paperId: p },
        {
          onData: (d) => {
            const data = (d as { data?: { kind: string; id: string | null } }).data ?? (d as unknown as { kind: string; id: string | null });
            events.push([data.kind, data.id]);
          },
        },
      );
      await expect.poll(() => instance.listeners(`paper:${p}`), { timeout: 15_000 }).toBeGreaterThan(before);
      return { events, stop: () => sub.unsubscribe() };
    };
    const viewer = await subscribe(fx.people.VIEWER);
    const outsider = await subscribe(fx.outsider);
    const writer = clientFor(instance, fx.people.MEMBER.id);
    const note = await writer.annotations.create.mutate({ paperId: p, body: "team page note", visibility: "TEAM", teamSlug: fx.slug });
    const reply = await clientFor(instance, fx.people.ADMIN.id).annotations.reply.mutate({ id: note.id, body: "seen" });
    const open = await writer.annotations.create.mutate({ paperId: p, body: "public page note", visibility: "PUBLIC" });
    await expect
      .poll(() => viewer.events, { timeout: 15_000 })
      .toEqual([
        ["annotation.created", note.id],
        ["annotation.replied", reply.id],
        ["annotation.created", open.id],
      ]);
    await expect.poll(() => outsider.events, { timeout: 15_000 }).toEqual([["annotation.created", open.id]]);
    viewer.stop();
    outsider.stop();
  });
});
