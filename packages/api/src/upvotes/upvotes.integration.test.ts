import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../lib/services.ts";
import { as, outcome, paper, person, type Person } from "../../test/fixtures.ts";

let people: Person[];
beforeAll(async () => {
  people = [];
  for (let i = 0; i < 10; i++) people.push(await person("upvoter"));
});

const state = async (paperId: string) => {
  const [row, votes, outbox] = await Promise.all([
    db().paper.findUniqueOrThrow({ where: { id: paperId }, select: { upvoteCount: true } }),
    db().upvote.count({ where: { paperId } }),
    db().searchOutbox.count({ where: { paperId } }),
  ]);
  return { count: row.upvoteCount, votes, outbox };
};

describe("upvotes", () => {
  it("counts one upvote per person, idempotently, and undoes it", async () => {
    const p = await paper();
    const me = as(people[0]!);
    expect(await me.upvotes.set({ paperId: p.id, upvoted: true })).toEqual({ paperId: p.id, upvoted: true, count: 1 });
    expect(await me.upvotes.set({ paperId: p.id, upvoted: true })).toEqual({ paperId: p.id, upvoted: true, count: 1 });
    expect(await me.upvotes.mine({ paperIds: [p.id] })).toEqual([p.id]);
    // Only the change queued the paper for the search index (search sorts by upvotes).
    expect(await state(p.id)).toEqual({ count: 1, votes: 1, outbox: 1 });

    expect(await me.upvotes.set({ paperId: p.id, upvoted: false })).toEqual({ paperId: p.id, upvoted: false, count: 0 });
    expect(await me.upvotes.set({ paperId: p.id, upvoted: false })).toEqual({ paperId: p.id, upvoted: false, count: 0 });
    expect(await me.upvotes.mine({ paperIds: [p.id] })).toEqual([]);
    expect(await state(p.id)).toEqual({ count: 0, votes: 0, outbox: 2 });
    expect((await as(null).papers.byId({ id: p.id, fullText: false })).upvotes).toBe(0);
  });

  it("keeps every vote when many people vote at once, and one when one person double-clicks", async () => {
    const p = await paper();
    const results = await Promise.all(people.map((u) => as(u).upvotes.set({ paperId: p.id, upvoted: true })));
    expect(results.every((r) => r.upvoted)).toBe(true);
    expect(Math.max(...results.map((r) => r.count))).toBe(people.length);
    expect((await state(p.id)).count).toBe(people.length);

    const me = as(people[0]!);
    await Promise.all([0, 1, 2, 3, 4].map(() => me.upvotes.set({ paperId: p.id, upvoted: false })));
    expect(await state(p.id)).toMatchObject({ count: people.length - 1, votes: people.length - 1 });
    await Promise.all([0, 1, 2, 3, 4].map(() => me.upvotes.set({ paperId: p.id, upvoted: true })));
    expect(await state(p.id)).toMatchObject({ count: people.length, votes: people.length });

    // Half of them undo at once.
    await Promise.all(people.slice(0, 5).map((u) => as(u).upvotes.set({ paperId: p.id, upvoted: false })));
    expect(await state(p.id)).toMatchObject({ count: people.length - 5, votes: people.length - 5 });
  });

  it("needs a signed-in person and an existing paper", async () => {
    const p = await paper();
    expect(await outcome(as(null).upvotes.set({ paperId: p.id, upvoted: true }))).toBe("UNAUTHORIZED");
    expect(await outcome(as(people[0]!).upvotes.set({ paperId: "no-such-paper", upvoted: true }))).toBe("NOT_FOUND");
    expect(await outcome(as(people[0]!).upvotes.set({ paperId: "no-such-paper", upvoted: false }))).toBe("NOT_FOUND");
    expect(await as(null).upvotes.mine({ paperIds: [p.id] })).toEqual([]);
    expect(await db().upvote.count({ where: { paperId: "no-such-paper" } })).toBe(0);
  });
});
