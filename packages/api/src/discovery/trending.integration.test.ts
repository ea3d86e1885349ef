import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../lib/services.ts";
import { as, person, team, type Person, type TeamFixture } from "../../test/fixtures.ts";
import { annotationAt, datedPaper, listWith, upvoteAt } from "../../test/discovery-fixtures.ts";
import { HALF_LIFE_MS, rankTrending, refreshTrending, trendingScore } from "@commonplace/catalogue";
import { trendingPapers } from "./trending.ts";

// A fixed `now` far from the real clock: the only events inside its window are this file's.
const NOW = new Date("2100-03-10T12:00:00Z");
const HOUR = 3600_000;
const ago = (ms: number) => new Date(NOW.getTime() - ms);

let voters: Person[];
let fx: TeamFixture;
beforeAll(async () => {
  voters = [];
  for (let i = 0; i < 6; i++) voters.push(await person("voter"));
  fx = await team();
});

/** One after another: concurrent paper fixtures race on their shared author rows. */
type Dated = Awaited<ReturnType<typeof datedPaper>>;
async function papersPublished<const T extends readonly Date[]>(dates: T): Promise<{ [K in keyof T]: Dated }> {
  const out: Dated[] = [];
  for (const d of dates) out.push(await datedPaper(d));
  return out as { [K in keyof T]: Dated };
}

const scoreOf = async (paperId: string, now = NOW) => {
  const ranked = await rankTrending(db(), { limit: 200, now });
  return ranked.find((r) => r.id === paperId)?.score;
};

describe("trendingPapers", () => {
  it("orders by time-decayed upvotes: fresh votes beat more, older ones; untouched papers follow, newest first", async () => {
    const day = ago(30 * 24 * HOUR);
    const [fresh, stale, quietNew, quietOld] = await papersPublished([day, day, ago(2 * HOUR), ago(5 * 24 * HOUR)]);
    for (const v of voters.slice(0, 2)) await upvoteAt(v.id, fresh.id, ago(HOUR));
    for (const v of voters.slice(0, 4)) await upvoteAt(v.id, stale.id, ago(3 * HALF_LIFE_MS));

    await refreshTrending(db(), NOW); // what the worker does every minute: trendingPapers reads its store
    const top = await trendingPapers(db(), { limit: 4, now: NOW });
    expect(top.map((c) => c.id)).toEqual([fresh.id, stale.id, quietNew.id, quietOld.id]);
    expect(top[0]!.upvotes).toBe(2);
    // Pages continue where the previous one stopped.
    const second = await trendingPapers(db(), { limit: 2, offset: 2, now: NOW });
    expect(second.map((c) => c.id)).toEqual([quietNew.id, quietOld.id]);

    // Four days later the stale paper's votes have faded further; a day before the fresh votes, they do not count.
    const before = await rankTrending(db(), { limit: 10, now: ago(2 * HOUR) });
    expect(before.findIndex((r) => r.id === fresh.id)).toBeGreaterThan(before.findIndex((r) => r.id === stale.id));
  });

  it("computes in SQL exactly the documented formula", async () => {
    const p = await datedPaper(ago(26 * HOUR));
    const votes = [ago(HOUR), ago(40 * HOUR), ago(9 * 24 * HOUR)];
    for (const [i, at] of votes.entries()) await upvoteAt(voters[i]!.id, p.id, at);
    const acts = [
      { who: voters[3]!, at: ago(3 * HOUR) },
      { who: voters[3]!, at: ago(50 * HOUR) },
      { who: voters[4]!, at: ago(20 * HOUR) },
    ];
    for (const a of acts) await annotationAt(a.who, p.id, a.at, { visibility: "PUBLIC" });
    const list = await listWith(voters[5]!, p.id, "PUBLIC", ago(7 * HOUR));

    const expected = trendingScore(
      {
        upvotes: votes,
        activity: [...acts.map((a) => ({ actorId: a.who.id, at: a.at })), { actorId: voters[5]!.id, at: ago(7 * HOUR) }],
        publishedAt: p.publishedAt,
        createdAt: p.createdAt,
      },
      NOW,
    );
    expect(await scoreOf(p.id)).toBeCloseTo(expected, 9);
    expect(list.visibility).toBe("PUBLIC");
  });

  it("is not moved by private, team, unlisted or deleted activity — only by public activity", async () => {
    const at = ago(2 * HOUR);
    const [hidden, control] = await papersPublished([ago(24 * HOUR), ago(24 * HOUR)]);
    const member = fx.people.MEMBER;
    const teamList = await listWith(member, hidden.id, "TEAM", at, fx.id);
    await listWith(member, hidden.id, "PRIVATE", at);
    await listWith(fx.people.ADMIN, hidden.id, "UNLISTED", at);
    await listWith(fx.people.OWNER, hidden.id, "PUBLIC", at, undefined).then((l) =>
      db().readingList.update({ where: { id: l.id }, data: { visibility: "PRIVATE" } }),
    );
    await annotationAt(member, hidden.id, at, { visibility: "PRIVATE" });
    await annotationAt(fx.people.VIEWER, hidden.id, at, { visibility: "TEAM", teamId: fx.id });
    await annotationAt(fx.people.ADMIN, hidden.id, at, { visibility: "TEAM", teamId: fx.id, listId: teamList.id });
    await annotationAt(fx.outsider, hidden.id, at, { visibility: "PUBLIC", deleted: true });

    const hiddenScore = await scoreOf(hidden.id);
    expect(hiddenScore).toBeDefined();
    expect(hiddenScore).toBeCloseTo((await scoreOf(control.id))!, 12);
    await refreshTrending(db(), NOW);
    const [card] = await trendingPapers(db(), {
      limit: 1,
      offset: (await rankTrending(db(), { limit: 200, now: NOW })).findIndex((r) => r.id === hidden.id),
      now: NOW,
    });
    expect(card).toMatchObject({ id: hidden.id, publicAnnotations: 0, publicLists: 0 });

    // The same kind of act, made public, does move it (so the comparison above can fail).
    await annotationAt(fx.outsider, hidden.id, at, { visibility: "PUBLIC" });
    expect((await scoreOf(hidden.id))!).toBeGreaterThan((await scoreOf(control.id))! + 0.1);
  });

  it("reads real upvotes cast through the API", async () => {
    const p = await datedPaper(null);
    await as(voters[0]!).upvotes.set({ paperId: p.id, upvoted: true });
    // Cast at the real time: inside the window of a `now` just after it, decayed to nothing by 2100.
    const soon = new Date(Date.now() + 1000);
    expect(await scoreOf(p.id, soon)).toBeGreaterThan(1.2);
    expect(await scoreOf(p.id)).toBeLessThan(1e-6);
  });
});
