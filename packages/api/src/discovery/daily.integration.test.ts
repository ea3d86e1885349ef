import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../lib/services.ts";
import { as, outcome, person, team, type Person, type TeamFixture } from "../../test/fixtures.ts";
import { annotationAt, datedPaper, listWith, upvoteAt } from "../../test/discovery-fixtures.ts";

// Daily view day boundaries (UTC), newest, categories, and public counts on a paper.
// Days in 2150: later than any other test's papers, so "the latest day" is this file's.

const at = (iso: string) => new Date(iso);

describe("daily view", () => {
  let inStart: string, inEnd: string, popular: string;
  beforeAll(async () => {
    await datedPaper(at("2150-03-01T08:00:00.000Z"), "Earlier day");
    await datedPaper(at("2150-03-03T23:59:59.999Z"), "Last instant of the day before");
    inStart = (await datedPaper(at("2150-03-04T00:00:00.000Z"), "First instant")).id;
    inEnd = (await datedPaper(at("2150-03-04T23:59:59.999Z"), "Last instant")).id;
    popular = (await datedPaper(at("2150-03-04T12:00:00.000Z"), "Popular")).id;
    await datedPaper(at("2150-03-05T00:00:00.000Z"), "First instant of the next day");
    await datedPaper(at("2150-03-09T10:00:00.000Z"), "Latest day");
    const voter = await person("voter");
    await upvoteAt(voter.id, popular, at("2150-03-04T13:00:00Z"));
  });

  it("holds exactly the papers of one UTC day, most upvoted first, with the neighbouring days that have papers", async () => {
    const day = await as(null).discovery.daily({ date: "2150-03-04" });
    expect(day.date).toBe("2150-03-04");
    expect(day.total).toBe(3);
    expect(day.papers.map((p) => p.id)).toEqual([popular, inStart, inEnd]);
    expect(day.previous).toBe("2150-03-03");
    expect(day.next).toBe("2150-03-05");

    const skip = await as(null).discovery.daily({ date: "2150-03-06" });
    expect(skip).toMatchObject({ total: 0, papers: [], previous: "2150-03-05", next: "2150-03-09" });
  });

  it("defaults to the latest day with papers and pages through a day", async () => {
    const latest = await as(null).discovery.daily({});
    expect(latest).toMatchObject({ date: "2150-03-09", next: null, previous: "2150-03-05", latest: "2150-03-09" });
    const page2 = await as(null).discovery.daily({ date: "2150-03-04", limit: 2, offset: 2 });
    expect(page2.papers.map((p) => p.id)).toEqual([inEnd]);
  });

  it("puts a paper without a publication day on no day: not on the day it was added (issue 14.5)", async () => {
    const undated = await datedPaper(null, "Undated digest paper");
    await db().paper.update({ where: { id: undated.id }, data: { year: null } });
    const yearOnly = await datedPaper(null, "A 1957 paper imported from BibTeX");
    await db().paper.update({ where: { id: yearOnly.id }, data: { year: 1957 } });
    for (const id of [undated.id, yearOnly.id]) await db().paper.update({ where: { id }, data: { createdAt: at("2140-01-01T23:30:00Z") } });
    const day = await as(null).discovery.daily({ date: "2140-01-01" });
    expect(day.papers).toEqual([]);
    expect(day.total).toBe(0);
    expect((await as(null).discovery.daily({ date: "2139-12-31" })).next).toBe("2150-03-01");
  });

  it("rejects days that are not calendar days", async () => {
    expect(await outcome(as(null).discovery.daily({ date: "2150-02-30" }))).toBe("BAD_REQUEST");
    expect(await outcome(as(null).discovery.daily({ date: "yesterday" }))).toBe("BAD_REQUEST");
  });

  it("lists newest papers first", async () => {
    const page = await as(null).discovery.newest({ limit: 2 });
    expect(page.papers.map((p) => p.title)).toEqual(["Latest day", "First instant of the next day"]);
    expect(page.hasMore).toBe(true);
  });

  it("continues from the oldest dated paper to the most recently added undated one", async () => {
    const none = await datedPaper(null, "No date at all");
    await db().paper.update({ where: { id: none.id }, data: { year: null } });
    const dated = await db().paper.count({ where: { publishedSort: { not: null } } });
    const [oldestDated] = await db().paper.findMany({ where: { publishedSort: { not: null } }, orderBy: [{ publishedSort: "asc" }, { id: "desc" }], take: 1 });
    const [newestUndated] = await db().paper.findMany({ where: { publishedSort: null }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: 1 });
    const page = await as(null).discovery.newest({ limit: 2, offset: dated - 1 });
    expect(page.papers.map((p) => p.id)).toEqual([oldestDated!.id, newestUndated!.id]);
    const next = await as(null).discovery.newest({ limit: 1, offset: dated });
    expect(next.papers.map((p) => p.id)).toEqual([newestUndated!.id]);
  });

  it("orders a paper known only by its year among the dated ones, not after them (issue 14.5)", async () => {
    const may2146 = await datedPaper(at("2146-05-03T00:00:00Z"), "Published May 2146");
    const year2148 = await datedPaper(null, "Known only as 2148");
    await db().paper.update({ where: { id: year2148.id }, data: { year: 2148 } });
    const ids = (await as(null).discovery.newest({ limit: 100 })).papers.map((p) => p.id);
    expect(ids.indexOf(year2148.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(year2148.id)).toBeLessThan(ids.indexOf(may2146.id));
  });
});

describe("a paper's public counts", () => {
  let fx: TeamFixture, stranger: Person;
  beforeAll(async () => {
    fx = await team();
    stranger = await person("stranger");
  });

  it("count only what is public (policy/public.ts), for everyone who asks", async () => {
    const p = await datedPaper(at("2026-01-05T00:00:00Z"));
    const when = at("2026-01-06T00:00:00Z");
    const m = fx.people.MEMBER;
    const teamList = await listWith(m, p.id, "TEAM", when, fx.id);
    const publicTeamList = await listWith(fx.people.ADMIN, p.id, "PUBLIC", when, fx.id);
    await listWith(m, p.id, "PRIVATE", when);
    await listWith(m, p.id, "UNLISTED", when);
    await listWith(stranger, p.id, "PUBLIC", when);
    await annotationAt(m, p.id, when, { visibility: "PRIVATE" });
    await annotationAt(m, p.id, when, { visibility: "TEAM", teamId: fx.id });
    await annotationAt(m, p.id, when, { visibility: "TEAM", teamId: fx.id, listId: teamList.id });
    await annotationAt(m, p.id, when, { visibility: "PUBLIC", deleted: true });
    await annotationAt(m, p.id, when, { visibility: "PUBLIC" });
    // Readable on the public list itself, but a TEAM-scoped note is never published beyond it (one definition
    // of a public annotation, shared with profiles and feeds).
    await annotationAt(m, p.id, when, { visibility: "TEAM", teamId: fx.id, listId: publicTeamList.id });

    const expected = { upvotes: 0, upvoted: false, publicAnnotations: 1, publicLists: 2 };
    expect(await as(null).discovery.paperStats({ paperId: p.id })).toEqual(expected);
    // A team member sees the same public numbers: their team's private activity is not "public".
    expect(await as(m).discovery.paperStats({ paperId: p.id })).toEqual(expected);
    expect(await outcome(as(null).discovery.paperStats({ paperId: "nope" }))).toBe("NOT_FOUND");
  });
});
