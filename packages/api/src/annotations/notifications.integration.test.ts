import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../lib/services.ts";
import { as, person, team, type Person, type TeamFixture } from "../../test/fixtures.ts";
import { rangeOf, textPaper } from "../../test/annotation-fixtures.ts";

// @mentions and notifications: only people who may see an annotation are mentioned and notified;
// replies notify the people answered; annotating on someone's list notifies its owner; unread counts,
// mark read, and the optional email copy.

let fx: TeamFixture;
let paperId: string;
let stranger: Person;

beforeAll(async () => {
  fx = await team();
  stranger = await person("stranger");
  paperId = (await textPaper()).id;
});

const mentionsOf = async (annotationId: string) => (await db().mention.findMany({ where: { annotationId } })).map((m) => m.userId).sort();
const kinds = async (p: Person) => (await as(p).notifications.list({})).items.map((n) => [n.kind, n.annotationId]);

describe("mentions", () => {
  it("in a team annotation, only team members become mentions and get notified", async () => {
    const body = `cc @${fx.people.ADMIN.handle} @${fx.people.VIEWER.handle} @${stranger.handle} @${fx.people.MEMBER.handle} @nobody-here`;
    const a = await as(fx.people.MEMBER).annotations.create({ paperId, target: rangeOf("neural networks"), body, visibility: "TEAM", teamSlug: fx.slug });
    expect(await mentionsOf(a.id)).toEqual([fx.people.ADMIN.id, fx.people.VIEWER.id].sort());
    expect(await kinds(fx.people.ADMIN)).toContainEqual(["mention", a.id]);
    expect(await kinds(stranger)).toEqual([]);
    expect(await kinds(fx.people.MEMBER)).toEqual([]); // never yourself
    expect(a.bodyHtml).toContain(`<a href="/u/${fx.people.ADMIN.handle}" class="mention"`);
  });

  it("in a private annotation nobody else is mentioned; in a public one anyone is", async () => {
    const secret = await as(stranger).annotations.create({
      paperId,
      target: rangeOf("Transformer"),
      body: `@${fx.people.OWNER.handle} look`,
      visibility: "PRIVATE",
    });
    expect(await mentionsOf(secret.id)).toEqual([]);
    const open = await as(stranger).annotations.create({
      paperId,
      target: rangeOf("Transformer"),
      body: `@${fx.people.OWNER.handle} look`,
      visibility: "PUBLIC",
    });
    expect(await mentionsOf(open.id)).toEqual([fx.people.OWNER.id]);
  });

  it("an edit notifies only people newly mentioned", async () => {
    const a = await as(fx.people.ADMIN).annotations.create({
      paperId,
      target: rangeOf("attention mechanisms"),
      body: `@${fx.people.OWNER.handle}`,
      visibility: "TEAM",
      teamSlug: fx.slug,
    });
    await as(fx.people.ADMIN).annotations.edit({ id: a.id, body: `@${fx.people.OWNER.handle} and @${fx.people.MEMBER.handle}` });
    const count = (rows: { annotationId: string | null }[]) => rows.filter((n) => n.annotationId === a.id).length;
    expect(count((await as(fx.people.OWNER).notifications.list({})).items)).toBe(1);
    expect(count((await as(fx.people.MEMBER).notifications.list({})).items)).toBe(1);
  });
});

describe("notifications", () => {
  it("a reply notifies the people answered (once each, a mention wins over a reply); unread count and mark read", async () => {
    const [a, b, c] = [await person("a"), await person("b"), await person("c")];
    await db().notification.deleteMany({ where: { userId: { in: [a.id, b.id, c.id] } } });
    const root = await as(a).annotations.create({ paperId, target: rangeOf("machine translation"), body: "Hm", visibility: "PUBLIC" });
    const r1 = await as(b).annotations.reply({ id: root.id, body: `agreed @${a.handle}` });
    const r2 = await as(c).annotations.reply({ id: r1.id, body: "me too" });
    expect(await kinds(a)).toEqual([
      ["reply", r2.id],
      ["mention", r1.id],
    ]);
    expect(await kinds(b)).toEqual([["reply", r2.id]]);
    expect(await as(a).notifications.unreadCount()).toEqual({ count: 2 });
    const [first] = (await as(a).notifications.list({})).items;
    expect(first).toMatchObject({ actor: { id: c.id }, paper: { id: paperId }, excerpt: "me too", readAt: null });
    expect(await as(b).notifications.markRead({ ids: [first!.id] })).toEqual({ updated: 0 }); // not theirs
    expect(await as(a).notifications.markRead({ ids: [first!.id] })).toEqual({ updated: 1 });
    expect(await as(a).notifications.unreadCount()).toEqual({ count: 1 });
    expect((await as(a).notifications.list({ unreadOnly: true })).items).toHaveLength(1);
    expect(await as(a).notifications.markAllRead()).toEqual({ updated: 1 });
    expect(await as(a).notifications.unreadCount()).toEqual({ count: 0 });
  });

  it("annotating a paper on someone's list notifies the list's owner (list-activity)", async () => {
    const list = await as(fx.people.OWNER).lists.create({ title: "Reading group", visibility: "TEAM", teamSlug: fx.slug });
    await as(fx.people.OWNER).lists.addItem({ listId: list.id, paperId });
    const a = await as(fx.people.MEMBER).annotations.create({ paperId, listId: list.id, target: rangeOf("parsing"), body: "For Thursday", visibility: "TEAM" });
    expect(await kinds(fx.people.OWNER)).toContainEqual(["list-activity", a.id]);
  });

  it("a notification about something its recipient can no longer see is neither listed nor counted; deleting removes them", async () => {
    const leaver = await person("leaver");
    await db().membership.create({ data: { teamId: fx.id, userId: leaver.id, role: "MEMBER" } });
    const a = await as(fx.people.ADMIN).annotations.create({
      paperId,
      target: rangeOf("superior in quality"),
      body: `@${leaver.handle} see`,
      visibility: "TEAM",
      teamSlug: fx.slug,
    });
    expect(await as(leaver).notifications.unreadCount()).toEqual({ count: 1 });
    await db().membership.delete({ where: { teamId_userId: { teamId: fx.id, userId: leaver.id } } });
    expect(await as(leaver).notifications.unreadCount()).toEqual({ count: 0 });
    expect((await as(leaver).notifications.list({})).items).toEqual([]);

    const b = await as(fx.people.ADMIN).annotations.create({
      paperId,
      target: rangeOf("superior in quality"),
      body: `@${fx.people.OWNER.handle}`,
      visibility: "TEAM",
      teamSlug: fx.slug,
    });
    expect(await db().notification.count({ where: { annotationId: b.id } })).toBe(1);
    await as(fx.people.ADMIN).annotations.delete({ id: b.id });
    expect(await db().notification.count({ where: { annotationId: b.id } })).toBe(0);
    expect(a.id).toBeTruthy();
  });

  it("emails a copy to people who turned it on (logged without SMTP), never to the others", async () => {
    const [on, off] = [await person("on"), await person("off")];
    expect(await as(on).notifications.preferences()).toEqual({ emailNotifications: false });
    expect(await as(on).notifications.setPreferences({ emailNotifications: true })).toEqual({ emailNotifications: true });
    const a = await as(stranger).annotations.create({ paperId, target: rangeOf("Attention"), body: `@${on.handle} @${off.handle}`, visibility: "PUBLIC" });
    await expect.poll(async () => (await db().notification.findFirstOrThrow({ where: { annotationId: a.id, userId: on.id } })).emailedAt).toBeInstanceOf(Date);
    expect((await db().notification.findFirstOrThrow({ where: { annotationId: a.id, userId: off.id } })).emailedAt).toBeNull();
  });
});
