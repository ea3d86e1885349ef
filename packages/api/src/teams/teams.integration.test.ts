import { describe, expect, it } from "vitest";
import { db } from "../lib/services.ts";
import { as, outcome, person, team, unique } from "../../test/fixtures.ts";
import { LAST_OWNER_DEMOTE, LAST_OWNER_LEAVE } from "./members.ts";

describe("teams", () => {
  it("creates a team with a unique slug; its creator is the owner", async () => {
    const ada = await person("ada");
    const slug = `lab-${unique()}`;
    const t = await as(ada).teams.create({ name: "Reading Lab", slug: slug.toUpperCase() });
    expect(t).toMatchObject({ slug, name: "Reading Lab", myRole: "OWNER", memberCount: 1 });
    expect(t.permissions).toContain("team.delete");
    await expect(as(await person()).teams.create({ name: "Other", slug })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining(slug) });
    expect(await outcome(as(ada).teams.create({ name: "Bad", slug: "-bad slug-" }))).toBe("BAD_REQUEST");
    expect(await as(ada).teams.mine()).toContainEqual(expect.objectContaining({ slug, role: "OWNER" }));
  });

  it("deletes only with the typed slug as confirmation", async () => {
    const fx = await team();
    expect(await outcome(as(fx.people.OWNER).teams.delete({ teamSlug: fx.slug, confirmSlug: "wrong" }))).toBe("BAD_REQUEST");
    await as(fx.people.OWNER).teams.delete({ teamSlug: fx.slug, confirmSlug: fx.slug });
    expect(await db().team.findUnique({ where: { slug: fx.slug } })).toBeNull();
  });

  it("the last owner can neither leave nor be demoted nor removed; with two owners they can", async () => {
    const fx = await team();
    const owner = as(fx.people.OWNER);
    await expect(owner.teams.leave({ teamSlug: fx.slug })).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: LAST_OWNER_LEAVE });
    await expect(owner.teams.changeRole({ teamSlug: fx.slug, userId: fx.people.OWNER.id, role: "ADMIN" })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: LAST_OWNER_DEMOTE,
    });
    // An ADMIN cannot touch owners at all.
    expect(await outcome(as(fx.people.ADMIN).teams.removeMember({ teamSlug: fx.slug, userId: fx.people.OWNER.id }))).toBe("FORBIDDEN");
    expect(await outcome(as(fx.people.ADMIN).teams.changeRole({ teamSlug: fx.slug, userId: fx.people.MEMBER.id, role: "OWNER" }))).toBe("FORBIDDEN");

    await owner.teams.changeRole({ teamSlug: fx.slug, userId: fx.people.ADMIN.id, role: "OWNER" });
    await owner.teams.leave({ teamSlug: fx.slug });
    const members = await as(fx.people.ADMIN).teams.members({ teamSlug: fx.slug });
    expect(members.map((m) => m.role)).toEqual(["OWNER", "MEMBER", "VIEWER"]);
    expect(await outcome(owner.teams.get({ teamSlug: fx.slug }))).toBe("NOT_FOUND");
  });

  it("two owners demoting each other at once never leave the team without an owner", async () => {
    const fx = await team();
    await as(fx.people.OWNER).teams.changeRole({ teamSlug: fx.slug, userId: fx.people.ADMIN.id, role: "OWNER" });
    const results = await Promise.all([
      outcome(as(fx.people.OWNER).teams.changeRole({ teamSlug: fx.slug, userId: fx.people.ADMIN.id, role: "MEMBER" })),
      outcome(as(fx.people.ADMIN).teams.changeRole({ teamSlug: fx.slug, userId: fx.people.OWNER.id, role: "MEMBER" })),
    ]);
    expect(results.sort()).toEqual(["PRECONDITION_FAILED", "ok"].sort());
    expect(await db().membership.count({ where: { teamId: fx.id, role: "OWNER" } })).toBe(1);
  });

  it("removing a member unassigns their items in team lists", async () => {
    const fx = await team();
    const list = await as(fx.people.OWNER).lists.create({ title: "Assigned", visibility: "TEAM", teamSlug: fx.slug });
    const p = await db().paper.create({ data: { canonicalKey: `hash:${unique()}`, title: "A", normTitle: "a", categories: [], source: "test" } });
    const { item } = await as(fx.people.OWNER).lists.addItem({ listId: list.id, paperId: p.id });
    await as(fx.people.OWNER).lists.updateItem({ listId: list.id, itemId: item.id, expectedVersion: 0, assigneeId: fx.people.MEMBER.id });
    expect(await outcome(as(fx.people.OWNER).lists.updateItem({ listId: list.id, itemId: item.id, expectedVersion: 1, assigneeId: fx.outsider.id }))).toBe(
      "BAD_REQUEST",
    );
    await as(fx.people.ADMIN).teams.removeMember({ teamSlug: fx.slug, userId: fx.people.MEMBER.id });
    expect((await db().readingListItem.findUniqueOrThrow({ where: { id: item.id } })).assigneeId).toBeNull();
  });
});

describe("invitations", () => {
  it("a link invites with a role; accepting joins once; the token is stored hashed", async () => {
    const fx = await team();
    const invite = await as(fx.people.ADMIN).teams.createInvite({ teamSlug: fx.slug, role: "VIEWER", expiresInDays: 3 });
    expect(invite.url).toContain(invite.token);
    expect(await db().invite.findFirst({ where: { tokenHash: invite.token } })).toBeNull();
    const newcomer = await person("newcomer");
    expect(await as(null).teams.invitePreview({ token: invite.token })).toMatchObject({
      valid: true,
      role: "VIEWER",
      team: { slug: fx.slug },
      alreadyMember: false,
    });
    expect(await outcome(as(null).teams.acceptInvite({ token: invite.token }))).toBe("UNAUTHORIZED");
    expect(await as(newcomer).teams.acceptInvite({ token: invite.token })).toMatchObject({ role: "VIEWER", alreadyMember: false, team: { slug: fx.slug } });
    expect(await as(newcomer).teams.acceptInvite({ token: invite.token })).toMatchObject({ alreadyMember: true });
    expect((await db().invite.findUniqueOrThrow({ where: { id: invite.id } })).uses).toBe(1);
    const feed = await as(fx.people.OWNER).activity.team({ teamSlug: fx.slug });
    expect(feed.entries[0]).toMatchObject({ verb: "member.joined", actor: { id: newcomer.id } });
    // An existing member keeps their role (an invite never demotes).
    expect(await as(fx.people.ADMIN).teams.acceptInvite({ token: invite.token })).toMatchObject({ role: "ADMIN", alreadyMember: true });
  });

  it("expired, revoked and used-up links are refused with a reason", async () => {
    const fx = await team();
    const owner = as(fx.people.OWNER);
    const expired = await owner.teams.createInvite({ teamSlug: fx.slug, role: "MEMBER" });
    await db().invite.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(as(await person()).teams.acceptInvite({ token: expired.token })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: expect.stringMatching(/expired/),
    });

    const revoked = await owner.teams.createInvite({ teamSlug: fx.slug, role: "MEMBER" });
    await owner.teams.revokeInvite({ teamSlug: fx.slug, inviteId: revoked.id });
    await expect(as(await person()).teams.acceptInvite({ token: revoked.token })).rejects.toMatchObject({ message: expect.stringMatching(/revoked/) });
    expect(await as(null).teams.invitePreview({ token: revoked.token })).toMatchObject({ valid: false, reason: expect.stringMatching(/revoked/) });

    const twice = await owner.teams.createInvite({ teamSlug: fx.slug, role: "MEMBER", maxUses: 2 });
    const people = [await person(), await person(), await person(), await person(), await person()];
    const results = await Promise.all(people.map((p) => outcome(as(p).teams.acceptInvite({ token: twice.token }))));
    expect(results.filter((r) => r === "ok")).toHaveLength(2);
    expect(results.filter((r) => r === "PRECONDITION_FAILED")).toHaveLength(3);
    expect((await db().invite.findUniqueOrThrow({ where: { id: twice.id } })).uses).toBe(2);

    const states = (await owner.teams.invites({ teamSlug: fx.slug })).map((i) => i.state).sort();
    expect(states).toEqual(["expired", "revoked", "used_up"]);
    expect(await outcome(as(null).teams.invitePreview({ token: "x".repeat(40) }))).toBe("ok");
  });

  it("an email invite sends the same link (logged without SMTP)", async () => {
    const fx = await team();
    const invite = await as(fx.people.OWNER).teams.createInvite({ teamSlug: fx.slug, role: "MEMBER", email: "Friend@Example.org" });
    expect(invite.emailed).toBe(true);
    expect((await db().invite.findUniqueOrThrow({ where: { id: invite.id } })).email).toBe("friend@example.org");
  });
});
