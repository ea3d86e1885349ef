import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../lib/services.ts";
import { as, outcome, paper, person, unique, type Person } from "../../test/fixtures.ts";
import { rangeOf, textPaper } from "../../test/annotation-fixtures.ts";

// Public pages show exactly what is public. One person gets every kind of list, annotation and team;
// everything that must never appear on a public page carries the word "secret" in its title, body or
// name, so besides the exact expectations, no public payload may contain that word anywhere.

let ada: Person;
let bob: Person;
let publicTeamSlug: string;
let privateTeamSlug: string;
let publicListId: string;
let flippedListId: string;
let privateListId: string;
let annotatedPaperId: string;

async function makeTeam(owner: Person, name: string, isPublic: boolean) {
  const slug = `pp-${unique()}`;
  await db().team.create({ data: { slug, name, isPublic, memberships: { create: [{ userId: owner.id, role: "OWNER" }] } } });
  return slug;
}

async function annotate(visibility: "PRIVATE" | "TEAM" | "PUBLIC", body: string, scope: { listId?: string; teamSlug?: string } = {}) {
  return as(ada).annotations.create({ paperId: annotatedPaperId, target: rangeOf("the Transformer"), body, visibility, ...scope });
}

beforeAll(async () => {
  ada = await person("ada");
  bob = await person("bob");
  publicTeamSlug = await makeTeam(ada, "Open Lab", true);
  privateTeamSlug = await makeTeam(ada, "secret-team Lab", false);
  annotatedPaperId = (await textPaper()).id;
  const c = as(ada);

  const lists: Record<string, string> = {};
  const specs = [
    ["open-public", "PUBLIC", undefined],
    ["secret-private", "PRIVATE", undefined],
    ["secret-unlisted", "UNLISTED", undefined],
    ["secret-flipped", "PUBLIC", undefined],
    ["secret-team-list", "TEAM", privateTeamSlug],
    ["open-team-public", "PUBLIC", publicTeamSlug],
    ["secret-team-only-in-public-team", "TEAM", publicTeamSlug],
  ] as const;
  for (const [title, visibility, teamSlug] of specs) {
    const list = await c.lists.create({ title, visibility, ...(teamSlug ? { teamSlug } : {}) });
    lists[title] = list.id;
    // Every list holds a paper marked READ, and the annotated paper (list-scoped annotations need it there).
    await c.lists.addItem({ listId: list.id, paperId: (await paper(`Read on ${title}`)).id, status: "READ" });
    await c.lists.addItem({ listId: list.id, paperId: annotatedPaperId });
  }
  publicListId = lists["open-public"]!;
  flippedListId = lists["secret-flipped"]!;
  privateListId = lists["secret-private"]!;

  await annotate("PUBLIC", "open-annotation");
  await annotate("PUBLIC", "open-annotation-on-public-list", { listId: publicListId });
  await annotate("PRIVATE", "secret-private-annotation");
  await annotate("TEAM", "secret-team-annotation", { teamSlug: privateTeamSlug });
  await annotate("TEAM", "secret-team-annotation-of-public-team", { teamSlug: publicTeamSlug });
  await annotate("PUBLIC", "secret-on-unlisted-list", { listId: lists["secret-unlisted"]! });
  await annotate("PUBLIC", "secret-on-private-list", { listId: privateListId });
  await annotate("PUBLIC", "secret-on-team-list", { listId: lists["secret-team-list"]! });
  await annotate("TEAM", "secret-team-scoped-on-public-list", { listId: publicListId });
  await annotate("PUBLIC", "secret-on-list-made-private-later", { listId: flippedListId });
  const deleted = await annotate("PUBLIC", "secret-deleted-later");
  await c.annotations.delete({ id: deleted.id });

  // A PUBLIC list made PRIVATE afterwards: it, its annotations and its feed rows disappear.
  await c.lists.update({ listId: flippedListId, expectedVersion: 0, visibility: "PRIVATE" });
  // A feed row whose isPublic flag is stale (says public, points at a private list): the feed re-checks.
  await db().activity.create({ data: { actorId: ada.id, verb: "item.added", listId: privateListId, paperId: annotatedPaperId, isPublic: true } });
});

const noSecrets = (payload: unknown) => expect(JSON.stringify(payload)).not.toMatch(/secret|@example\.org/i);

describe("a public profile", () => {
  it("shows only PUBLIC personal lists, PUBLIC annotations outside non-public lists, and public teams", async () => {
    for (const viewer of [null, bob, ada]) {
      const profile = await as(viewer).profiles.byHandle({ handle: ada.handle.toUpperCase() });
      expect(profile.lists.map((l) => l.title)).toEqual(["open-public"]);
      expect(profile.annotations.map((a) => a.bodyHtml.replace(/<[^>]+>/g, "").trim()).sort()).toEqual(["open-annotation", "open-annotation-on-public-list"]);
      expect(profile.annotations.every((a) => a.paper.id === annotatedPaperId)).toBe(true);
      expect(profile.teams.map((t) => t.slug)).toEqual([publicTeamSlug]);
      // 1 list; the papers read on it (its READ paper); 2 annotations.
      expect(profile.stats).toMatchObject({ publicLists: 1, papersRead: 1, annotations: 2 });
      noSecrets(profile);
    }
  });

  it("knows who is looking: visitors, the person themselves, a follower", async () => {
    expect((await as(null).profiles.byHandle({ handle: ada.handle })).viewer).toBeNull();
    expect((await as(ada).profiles.byHandle({ handle: ada.handle })).viewer).toEqual({ isSelf: true, following: false });
    await as(bob).follows.followUser({ handle: ada.handle });
    const seen = await as(bob).profiles.byHandle({ handle: ada.handle });
    expect(seen.viewer).toEqual({ isSelf: false, following: true });
    expect(seen.stats.followers).toBe(1);
    expect((await as(null).profiles.byHandle({ handle: bob.handle })).stats.following).toBe(1);
    await as(bob).follows.unfollowUser({ handle: ada.handle });
  });

  it("is not found for an unknown handle", async () => {
    expect(await outcome(as(null).profiles.byHandle({ handle: `nobody-${unique()}` }))).toBe("NOT_FOUND");
  });
});

describe("a public team page", () => {
  it("shows the PUBLIC lists and the members (names and handles, never emails)", async () => {
    const page = await as(null).profiles.team({ slug: publicTeamSlug });
    expect(page.lists.map((l) => l.title)).toEqual(["open-team-public"]);
    expect(page.members).toEqual([{ user: { id: ada.id, handle: ada.handle, name: ada.name, avatarUrl: null }, role: "OWNER" }]);
    expect(page.stats).toMatchObject({ members: 1, publicLists: 1 });
    noSecrets(page);
  });

  it("does not exist while the team is not public, even for its members", async () => {
    for (const viewer of [null, bob, ada]) expect(await outcome(as(viewer).profiles.team({ slug: privateTeamSlug }))).toBe("NOT_FOUND");
  });
});

describe("the following feed", () => {
  it("holds the public activity of followed people and public teams, and nothing else", async () => {
    const carol = await person("carol");
    expect(await as(carol).follows.feed({})).toEqual({ entries: [], nextCursor: null, followsAnyone: false });
    await as(carol).follows.followUser({ handle: ada.handle });
    await as(carol).follows.followTeam({ slug: publicTeamSlug });

    const entries = [];
    let cursor: string | undefined;
    do {
      const page = await as(carol).follows.feed({ limit: 3, cursor });
      entries.push(...page.entries);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);

    noSecrets(entries);
    expect(new Set(entries.map((e) => e.list?.title ?? null))).toEqual(new Set(["open-public", "open-team-public", null]));
    const annotationBodies = entries.flatMap((e) => (e.annotation ? [e.annotation.bodyHtml.replace(/<[^>]+>/g, "").trim()] : []));
    expect(annotationBodies.sort()).toEqual(["open-annotation", "open-annotation-on-public-list"]);
    const verbsOnPublicList = entries.filter((e) => e.list?.id === publicListId).map((e) => e.verb);
    expect(verbsOnPublicList).toEqual(expect.arrayContaining(["list.created", "item.added", "annotation.created"]));
    expect(entries.every((e) => e.actor.id === ada.id)).toBe(true);
    // Newest first, no duplicates across pages.
    const ids = entries.map((e) => BigInt(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("drops a followed team's rows once it stops being public", async () => {
    const dave = await person("dave");
    const erin = await person("erin");
    const slug = await makeTeam(erin, "Briefly Open", true);
    const list = await as(erin).lists.create({ title: "briefly-public", visibility: "PUBLIC", teamSlug: slug });
    await as(dave).follows.followTeam({ slug });
    expect((await as(dave).follows.feed({})).entries.map((e) => e.list?.id)).toEqual([list.id]);
    await as(erin).teams.update({ teamSlug: slug, isPublic: false });
    expect((await as(dave).follows.feed({})).entries).toEqual([]);
  });
});

describe("editing a profile", () => {
  it("saves normalised links and a sanitized markdown bio that the public profile shows", async () => {
    const zoe = await person("zoe");
    const saved = await as(zoe).profiles.update({
      name: "Zoë Q",
      bio: "Reads **proofs**. <script>alert(1)</script>",
      website: "zoe.example.org",
      orcid: "orcid.org/0000-0002-1825-0097",
      github: "@zoe-q",
    });
    expect(saved).toMatchObject({ name: "Zoë Q", website: "https://zoe.example.org", orcid: "0000-0002-1825-0097", github: "zoe-q" });
    const profile = await as(null).profiles.byHandle({ handle: zoe.handle });
    expect(profile.user).toMatchObject({ name: "Zoë Q", website: "https://zoe.example.org", orcid: "0000-0002-1825-0097", github: "zoe-q" });
    expect(profile.user.bioHtml).toContain("<strong>proofs</strong>");
    expect(profile.user.bioHtml).not.toContain("<script");
    expect(await outcome(as(zoe).profiles.update({ name: "Zoë", orcid: "0000-0002-1825-0098" }))).toBe("BAD_REQUEST");
    expect(await outcome(as(null).profiles.update({ name: "Anyone" }))).toBe("UNAUTHORIZED");
  });
});
