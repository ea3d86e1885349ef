import { beforeAll, describe, expect, it } from "vitest";
import { as, outcome, person, team, type Person, type TeamFixture } from "../../test/fixtures.ts";
import { rangeOf, textPaper } from "../../test/annotation-fixtures.ts";

// Issue 16.3: the annotations page (mine, a team's) — full-text search over quote and body, each filter,
// cursor pages, facets, tag suggestions and the selection export, per viewer: the author, team members
// by role, an outsider, nobody signed in. Nothing private (or in a list one cannot read) ever shows.

let fx: TeamFixture;
let m: Person;
let stranger: Person;
let p1: string;
let p2: string;
const ids: Record<string, string> = {};
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function note(who: Person, key: string, paperId: string, passage: string, body: string, scope: object, tags: string[] = []) {
  const { start, end } = rangeOf(passage);
  const a = await as(who).annotations.create({ paperId, target: { start, end, exact: passage }, body, visibility: "PRIVATE", ...scope });
  if (tags.length) await as(who).tags.setForAnnotation({ annotationId: a.id, tags });
  ids[key] = a.id;
}

beforeAll(async () => {
  fx = await team();
  m = fx.people.MEMBER;
  stranger = await person("stranger");
  p1 = (await textPaper()).id;
  p2 = (await textPaper()).id;
  const list = await as(fx.people.OWNER).lists.create({ title: "Reading group", visibility: "TEAM", teamSlug: fx.slug });
  await as(fx.people.OWNER).lists.addItem({ listId: list.id, paperId: p2 });
  await note(m, "private", p1, "convolutional neural networks", "zebrafish gradients, my own thought", {}, ["method"]);
  await note(m, "team", p1, "the Transformer", "the team should compare this", { visibility: "TEAM", teamSlug: fx.slug }, ["method", "to discuss"]);
  await note(m, "public", p2, "for parsing", "a public remark", { visibility: "PUBLIC" });
  await note(m, "list", p2, "machine translation tasks", "for the reading group", { visibility: "TEAM", listId: list.id });
  await note(fx.people.ADMIN, "adminPrivateList", p2, "more parallelizable", "secretword zebrafish", { listId: list.id }, ["secret-tag"]);
  await note(fx.people.ADMIN, "adminTeam", p2, "superior in quality", "zebrafish results hold up", { visibility: "TEAM", teamSlug: fx.slug });
  await note(stranger, "strangerPublic", p1, "the Transformer", "zebrafish elsewhere", { visibility: "PUBLIC" });
  ids.reply = (await as(fx.people.ADMIN).annotations.reply({ id: ids.team!, body: "agreed, with zebrafish" })).id;
});

const page = (who: Person | null, input: Parameters<ReturnType<typeof as>["annotationSearch"]["query"]>[0]) => as(who).annotationSearch.query(input);
const keys = async (who: Person | null, input: Parameters<typeof page>[1]) => {
  const byId = Object.fromEntries(Object.entries(ids).map(([k, v]) => [v, k]));
  return (await page(who, { limit: 100, ...input })).items.map((i) => byId[i.id] ?? i.id).sort();
};

describe("my annotations", () => {
  it("are mine only, newest first, with each one's paper and list", async () => {
    const out = await page(m, {});
    expect(out.items.map((i) => i.id)).toEqual([ids.list, ids.public, ids.team, ids.private]);
    expect(out.items[0]).toMatchObject({ paper: { id: p2 }, list: { title: "Reading group" }, can: { tag: true } });
    expect(out.nextCursor).toBeNull();
  });

  it("search quote and body (stemmed), and every filter narrows", async () => {
    expect(await keys(m, { q: "zebrafish" })).toEqual(["private"]);
    expect(await keys(m, { q: "convolutional network" })).toEqual(["private"]); // the quote
    expect(await keys(m, { q: "comparing" })).toEqual(["team"]); // "compare", stemmed
    expect(await keys(m, { q: '"reading group"' })).toEqual(["list"]);
    expect(await keys(m, { q: "nothing-like-this" })).toEqual([]);
    expect(await keys(m, { paperId: p2 })).toEqual(["list", "public"]);
    expect(await keys(m, { tag: "Method" })).toEqual(["private", "team"]);
    expect(await keys(m, { scope: "PRIVATE" })).toEqual(["private"]);
    expect(await keys(m, { scope: "TEAM" })).toEqual(["team"]);
    expect(await keys(m, { scope: "PUBLIC" })).toEqual(["public"]);
    expect(await keys(m, { scope: "LIST" })).toEqual(["list"]);
    expect(await keys(m, { from: day(0), to: day(0) })).toEqual(["list", "private", "public", "team"]);
    expect(await keys(m, { from: day(1) })).toEqual([]);
    expect(await keys(m, { to: day(-1) })).toEqual([]);
    expect(await keys(m, { q: "method", tag: "to discuss" })).toEqual([]);
    expect(await keys(m, { tag: "method", paperId: p1, scope: "TEAM" })).toEqual(["team"]);
  });

  it("page by cursor without gaps or repeats", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const out = await page(m, { limit: 1, ...(cursor ? { cursor } : {}) });
      seen.push(...out.items.map((i) => i.id));
      cursor = out.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([ids.list, ids.public, ids.team, ids.private]);
    expect(await outcome(page(m, { cursor: "garbage" }))).toBe("BAD_REQUEST");
  });

  it("need a session", async () => {
    expect(await outcome(page(null, {}))).toBe("UNAUTHORIZED");
    expect(await outcome(as(null).annotationSearch.facets({}))).toBe("UNAUTHORIZED");
    expect(await outcome(as(null).annotationSearch.export({ format: "jsonld" }))).toBe("UNAUTHORIZED");
  });
});

describe("a team's annotations", () => {
  it("show a member what they may read: team threads and replies, team lists; never someone's private ones", async () => {
    expect(await keys(m, { teamSlug: fx.slug })).toEqual(["adminTeam", "list", "reply", "team"]);
    expect(await keys(fx.people.VIEWER, { teamSlug: fx.slug })).toEqual(["adminTeam", "list", "reply", "team"]);
    expect(await keys(fx.people.ADMIN, { teamSlug: fx.slug })).toEqual(["adminPrivateList", "adminTeam", "list", "reply", "team"]);
    expect(await keys(m, { teamSlug: fx.slug, q: "secretword" })).toEqual([]);
    expect(await keys(m, { teamSlug: fx.slug, q: "zebrafish" })).toEqual(["adminTeam", "reply"]);
    expect(await keys(m, { teamSlug: fx.slug, author: fx.people.ADMIN.handle })).toEqual(["adminTeam", "reply"]);
    expect(await keys(m, { teamSlug: fx.slug, author: "no-such-person" })).toEqual([]);
    expect(await keys(m, { teamSlug: fx.slug, tag: "secret-tag" })).toEqual([]);
  });

  it("are not found for an outsider (as for a team that does not exist) and need a session", async () => {
    expect(await outcome(page(stranger, { teamSlug: fx.slug }))).toBe("NOT_FOUND");
    expect(await outcome(page(stranger, { teamSlug: "no-such-team" }))).toBe("NOT_FOUND");
    expect(await outcome(as(stranger).annotationSearch.facets({ teamSlug: fx.slug }))).toBe("NOT_FOUND");
    expect(await outcome(as(stranger).annotationSearch.export({ teamSlug: fx.slug, format: "markdown" }))).toBe("NOT_FOUND");
    expect(await outcome(page(null, { teamSlug: fx.slug }))).toBe("UNAUTHORIZED");
  });

  it("facets and tag suggestions count what a member may read", async () => {
    const facets = await as(m).annotationSearch.facets({ teamSlug: fx.slug });
    expect(facets.tags).toEqual([
      { tag: "method", count: 1 },
      { tag: "to discuss", count: 1 },
    ]);
    expect(facets.people.map((p) => p.handle).sort()).toEqual([fx.people.ADMIN.handle, m.handle].sort());
    expect(facets.papers.map((p) => p.id).sort()).toEqual([p1, p2].sort());
    expect((await as(m).annotationSearch.tagSuggestions({})).map((t) => t.tag)).toEqual(["method", "to discuss"]);
    expect((await as(fx.people.ADMIN).annotationSearch.tagSuggestions({})).map((t) => t.tag)).toEqual(["secret-tag"]);
    expect(await as(stranger).annotationSearch.tagSuggestions({})).toEqual([]);
  });
});

describe("exporting the selection", () => {
  it("gives the matching threads whole, through the same policy", async () => {
    const json = await as(m).annotationSearch.export({ teamSlug: fx.slug, q: "zebrafish", format: "jsonld" });
    // adminTeam, and the thread of the matching reply (its root by m plus the reply): three annotations.
    expect(json.count).toBe(3);
    expect(json.body).not.toContain("secretword");
    const md = await as(m).annotationSearch.export({ scope: "PRIVATE", format: "markdown" });
    expect(md).toMatchObject({ count: 1, contentType: expect.stringContaining("markdown") });
    expect(md.body).toContain("zebrafish gradients");
    expect(md.body).not.toContain("a public remark");
  });
});
