import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@commonplace/db";
import { db } from "../../src/lib/services.ts";
import { publicAnnotationSql, publicAnnotationsWhere } from "../../src/policy/public.ts";
import { as, outcome, paper, team, type TeamFixture } from "../fixtures.ts";

// Issue 13.8, one policy. Each case failed before: a MEMBER could make a TEAM list PUBLIC (exposing its notes
// and the managers' list-scoped annotations) although sharing it is for managers; a public fork showed the
// live title of its TEAM or PRIVATE source to anyone; "public annotation" meant one thing on profiles and
// another in paper counts and trending; the invite panel decided in the browser who may invite owners.

let fx: TeamFixture;
beforeAll(async () => {
  fx = await team();
});

describe("publishing a team list needs the role that shares it", () => {
  it("a MEMBER may edit a TEAM list but not make it PUBLIC or UNLISTED, nor create one so", async () => {
    const list = await as(fx.people.OWNER).lists.create({ title: "Shelf", visibility: "TEAM", teamSlug: fx.slug });
    const member = as(fx.people.MEMBER);
    expect(await outcome(member.lists.update({ listId: list.id, expectedVersion: list.version, visibility: "PUBLIC" }))).toBe("FORBIDDEN");
    expect(await outcome(member.lists.update({ listId: list.id, expectedVersion: list.version, visibility: "UNLISTED" }))).toBe("FORBIDDEN");
    expect((await db().readingList.findUniqueOrThrow({ where: { id: list.id } })).visibility).toBe("TEAM");
    const renamed = await member.lists.update({ listId: list.id, expectedVersion: list.version, title: "Shelf, renamed" });
    expect(renamed.title).toBe("Shelf, renamed");
    expect(await outcome(member.lists.create({ title: "Loud", visibility: "PUBLIC", teamSlug: fx.slug }))).toBe("FORBIDDEN");

    const published = await as(fx.people.ADMIN).lists.update({ listId: list.id, expectedVersion: renamed.version, visibility: "PUBLIC" });
    expect(published.visibility).toBe("PUBLIC");
    // Narrowing it again is an ordinary edit.
    expect((await member.lists.update({ listId: list.id, expectedVersion: published.version, visibility: "TEAM" })).visibility).toBe("TEAM");
  });

  it("the owner of a personal list may publish it", async () => {
    const mine = await as(fx.people.VIEWER).lists.create({ title: "Mine", visibility: "PRIVATE" });
    expect((await as(fx.people.VIEWER).lists.update({ listId: mine.id, expectedVersion: mine.version, visibility: "PUBLIC" })).visibility).toBe("PUBLIC");
  });
});

describe("fork provenance shows only what the viewer may see", () => {
  it("a public fork of a TEAM list does not show the source's live title to outsiders", async () => {
    const source = await as(fx.people.OWNER).lists.create({ title: "Acquisition targets", visibility: "TEAM", teamSlug: fx.slug });
    const fork = await as(fx.people.MEMBER).lists.fork({ listId: source.id });
    await as(fx.people.MEMBER).lists.update({ listId: fork.id, expectedVersion: fork.version, visibility: "PUBLIC" });
    await as(fx.people.OWNER).lists.update({ listId: source.id, expectedVersion: source.version, title: "Acquisition targets: Initech" });

    for (const viewer of [null, fx.outsider]) {
      const seen = await as(viewer).lists.get({ listId: fork.id });
      expect(seen.forkedFrom).toBeNull();
      expect(JSON.stringify(seen)).not.toContain("Initech");
    }
    expect((await as(fx.people.VIEWER).lists.get({ listId: fork.id })).forkedFrom).toEqual({ id: source.id, title: "Acquisition targets: Initech" });
  });
});

describe("roles are decided by the policy and sent to the UI", () => {
  it("only owners may invite owners: the API says which roles each may hand out", async () => {
    expect((await as(fx.people.OWNER).teams.get({ teamSlug: fx.slug })).invitableRoles).toEqual(["VIEWER", "MEMBER", "ADMIN", "OWNER"]);
    expect((await as(fx.people.ADMIN).teams.get({ teamSlug: fx.slug })).invitableRoles).toEqual(["VIEWER", "MEMBER", "ADMIN"]);
    expect((await as(fx.people.MEMBER).teams.get({ teamSlug: fx.slug })).invitableRoles).toEqual([]);
    expect((await as(fx.people.ADMIN).teams.get({ teamSlug: fx.slug })).assignableRoles).toEqual(["ADMIN", "MEMBER", "VIEWER"]);
    expect(await outcome(as(fx.people.ADMIN).teams.createInvite({ teamSlug: fx.slug, role: "OWNER", expiresInDays: 7, maxUses: null, email: null }))).toBe(
      "FORBIDDEN",
    );
  });
});

describe("one definition of a public annotation", () => {
  it("profiles, counts and trending agree: a TEAM-scoped note on a public list is not published", async () => {
    const p = await paper();
    const pub = await as(fx.people.OWNER).lists.create({ title: "Open shelf", visibility: "TEAM", teamSlug: fx.slug });
    await as(fx.people.OWNER).lists.update({ listId: pub.id, expectedVersion: pub.version, visibility: "PUBLIC" });
    const hidden = await as(fx.people.OWNER).lists.create({ title: "Unlisted shelf", visibility: "UNLISTED", teamSlug: fx.slug });
    const base = { paperId: p.id, authorId: fx.people.OWNER.id, body: "b", quote: "q", start: 0, end: 1 };
    const rows = await Promise.all([
      db().annotation.create({ data: { ...base, visibility: "PUBLIC" } }),
      db().annotation.create({ data: { ...base, visibility: "PUBLIC", listId: pub.id } }),
      db().annotation.create({ data: { ...base, visibility: "TEAM", listId: pub.id, teamId: fx.id } }),
      db().annotation.create({ data: { ...base, visibility: "PUBLIC", listId: hidden.id } }),
      db().annotation.create({ data: { ...base, visibility: "TEAM", teamId: fx.id } }),
      db().annotation.create({ data: { ...base, visibility: "PUBLIC", deletedAt: new Date() } }),
    ]);
    const viaPrisma = (await db().annotation.findMany({ where: publicAnnotationsWhere({ paperId: p.id }), select: { id: true } })).map((r) => r.id).sort();
    const viaSql = (
      await db().$queryRaw<{ id: string }[]>(
        Prisma.sql`SELECT a.id FROM "Annotation" a LEFT JOIN "ReadingList" l ON l.id = a."listId" WHERE a."paperId" = ${p.id} AND ${publicAnnotationSql}`,
      )
    )
      .map((r) => r.id)
      .sort();
    expect(viaPrisma).toEqual([rows[0]!.id, rows[1]!.id].sort());
    expect(viaSql).toEqual(viaPrisma);
    expect((await as(null).discovery.paperStats({ paperId: p.id })).publicAnnotations).toBe(2);
  });
});
