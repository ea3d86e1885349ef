import { describe, expect, it } from "vitest";
import { db } from "../lib/services.ts";
import { as, outcome, person, team } from "../../test/fixtures.ts";

describe("following people", () => {
  it("is idempotent both ways, and nobody follows themselves", async () => {
    const [ada, bob] = [await person("ada"), await person("bob")];
    expect(await as(bob).follows.followUser({ handle: ada.handle })).toEqual({ following: true, followers: 1 });
    expect(await as(bob).follows.followUser({ handle: ada.handle })).toEqual({ following: true, followers: 1 });
    expect(await db().userFollow.count({ where: { followeeId: ada.id } })).toBe(1);
    expect(await as(bob).follows.unfollowUser({ handle: ada.handle })).toEqual({ following: false, followers: 0 });
    expect(await as(bob).follows.unfollowUser({ handle: ada.handle })).toEqual({ following: false, followers: 0 });

    await expect(as(ada).follows.followUser({ handle: ada.handle })).rejects.toMatchObject({ code: "BAD_REQUEST", message: "You can’t follow yourself." });
    expect(await outcome(as(ada).follows.followUser({ handle: "no-such-person-here" }))).toBe("NOT_FOUND");
    expect(await outcome(as(null).follows.followUser({ handle: ada.handle }))).toBe("UNAUTHORIZED");
    expect(await outcome(as(null).follows.feed({}))).toBe("UNAUTHORIZED");
  });
});

describe("following teams", () => {
  it("works for public teams only; a private team is not found, members included", async () => {
    const open = await team({ isPublic: true });
    const closed = await team();
    const fan = await person("fan");
    expect(await as(fan).follows.followTeam({ slug: open.slug })).toEqual({ following: true, followers: 1 });
    expect(await as(fan).follows.followTeam({ slug: open.slug.toUpperCase() })).toEqual({ following: true, followers: 1 });
    expect(await outcome(as(fan).follows.followTeam({ slug: closed.slug }))).toBe("NOT_FOUND");
    expect(await outcome(as(closed.people.OWNER).follows.followTeam({ slug: closed.slug }))).toBe("NOT_FOUND");
    // Unfollowing a private team you never followed reveals nothing either.
    expect(await outcome(as(fan).follows.unfollowTeam({ slug: closed.slug }))).toBe("NOT_FOUND");
    expect(await db().teamFollow.count({ where: { teamId: closed.id } })).toBe(0);
  });

  it("can always be undone, even after the team stopped being public", async () => {
    const fx = await team({ isPublic: true });
    const fan = await person("fan");
    await as(fan).follows.followTeam({ slug: fx.slug });
    await as(fx.people.OWNER).teams.update({ teamSlug: fx.slug, isPublic: false });
    expect(await as(fan).follows.unfollowTeam({ slug: fx.slug })).toEqual({ following: false, followers: 0 });
    expect(await db().teamFollow.count({ where: { teamId: fx.id } })).toBe(0);
  });
});
