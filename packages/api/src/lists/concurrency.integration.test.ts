import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../lib/services.ts";
import { as, outcome, paper, papers, team, type TeamFixture } from "../../test/fixtures.ts";
import { comparePositions } from "./positions.ts";
import { CONFLICT_MESSAGE } from "./items.ts";

// Two people editing one list lose nothing: adds are serialised on the list row and never conflict,
// edits compare-and-set the item's version, and reorders place items next to neighbours under the lock.

let fx: TeamFixture;
beforeAll(async () => {
  fx = await team({ extraMembers: 20 });
});

function assertStrictOrder(positions: string[]) {
  for (let i = 1; i < positions.length; i++) expect(comparePositions(positions[i - 1]!, positions[i]!)).toBe(-1);
}

describe("20 concurrent writers on one team list", () => {
  it("keeps every add, with unique, strictly ordered positions and one consistent final order", async () => {
    const list = await as(fx.people.OWNER).lists.create({ title: "Busy list", visibility: "TEAM", teamSlug: fx.slug });
    const seed = await papers(3, "Seed");
    const seeded: { id: string }[] = [];
    for (const p of seed) seeded.push((await as(fx.people.OWNER).lists.addItem({ listId: list.id, paperId: p.id })).item);
    const fresh = await papers(fx.extra.length, "Concurrent paper");

    // Every writer adds its own paper; every third also moves a seed item, every other one puts its paper on top.
    const results = await Promise.all(
      fx.extra.map(async (member, i) => {
        const caller = as(member);
        const { item, created } = await caller.lists.addItem({
          listId: list.id,
          paperId: fresh[i]!.id,
          note: `from writer ${i}`,
          at: i % 2 ? "top" : "bottom",
        });
        // Seed 0 moves around concurrently: to the top, or after seed 2.
        if (i % 3 === 0) await caller.lists.moveItem({ listId: list.id, itemId: seeded[0]!.id, afterId: i % 2 ? null : seeded[2]!.id });
        if (i % 4 === 1) await caller.lists.moveItem({ listId: list.id, itemId: item.id, beforeId: null });
        return { item, created };
      }),
    );
    expect(results.every((r) => r.created)).toBe(true);

    const items = await as(fx.people.VIEWER).lists.items({ listId: list.id });
    expect(items).toHaveLength(23);
    expect(new Set(items.map((i) => i.paperId))).toEqual(new Set([...seed, ...fresh].map((p) => p.id)));
    expect(new Set(items.map((i) => i.position)).size).toBe(23);
    assertStrictOrder(items.map((i) => i.position));
    for (const [i, p] of fresh.entries()) expect(items.find((it) => it.paperId === p.id)?.note).toBe(`from writer ${i}`);

    // The same order whoever reads it, and as stored.
    const again = await as(fx.extra[7]!).lists.items({ listId: list.id });
    expect(again.map((i) => i.id)).toEqual(items.map((i) => i.id));
    const stored = await db().readingListItem.findMany({ where: { listId: list.id }, select: { id: true, position: true } });
    expect(stored.sort((a, b) => comparePositions(a.position, b.position)).map((s) => s.id)).toEqual(items.map((i) => i.id));
  });

  it("20 concurrent reorders of different items leave unique positions", async () => {
    const list = await as(fx.people.OWNER).lists.create({ title: "Shuffle", visibility: "TEAM", teamSlug: fx.slug });
    const added: { id: string }[] = [];
    for (let i = 0; i < 20; i++) added.push((await as(fx.people.OWNER).lists.addItem({ listId: list.id, paperId: (await paper(`Shuffle ${i}`)).id })).item);
    // Everyone drops their item right after the first one: all land between item 0 and its successor, in some order.
    await Promise.all(
      fx.extra.map((member, i) => (i === 0 ? Promise.resolve() : as(member).lists.moveItem({ listId: list.id, itemId: added[i]!.id, afterId: added[0]!.id }))),
    );
    const items = await as(fx.people.OWNER).lists.items({ listId: list.id });
    expect(items).toHaveLength(20);
    expect(items[0]!.id).toBe(added[0]!.id);
    expect(new Set(items.map((i) => i.position)).size).toBe(20);
    assertStrictOrder(items.map((i) => i.position));
  });

  it("adding a paper that is already there is a no-op returning the existing item, even concurrently", async () => {
    const list = await as(fx.people.OWNER).lists.create({ title: "Same paper", visibility: "TEAM", teamSlug: fx.slug });
    const p = await paper("Everyone wants this one");
    const results = await Promise.all(fx.extra.slice(0, 8).map((m) => as(m).lists.addItem({ listId: list.id, paperId: p.id })));
    expect(new Set(results.map((r) => r.item.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db().readingListItem.count({ where: { listId: list.id } })).toBe(1);
  });
});

describe("optimistic concurrency", () => {
  it("a stale item version is a CONFLICT with a clear message, and the first edit is kept", async () => {
    const list = await as(fx.people.OWNER).lists.create({ title: "Notes", visibility: "TEAM", teamSlug: fx.slug });
    const { item } = await as(fx.people.MEMBER).lists.addItem({ listId: list.id, paperId: (await paper()).id });
    const a = await as(fx.people.MEMBER).lists.updateItem({ listId: list.id, itemId: item.id, expectedVersion: item.version, note: "A's note" });
    expect(a.version).toBe(item.version + 1);
    await expect(
      as(fx.people.ADMIN).lists.updateItem({ listId: list.id, itemId: item.id, expectedVersion: item.version, note: "B's note" }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: CONFLICT_MESSAGE });
    const [after] = await as(fx.people.OWNER).lists.items({ listId: list.id });
    expect(after!.note).toBe("A's note");
    // With the fresh version B succeeds.
    const b = await as(fx.people.ADMIN).lists.updateItem({ listId: list.id, itemId: item.id, expectedVersion: a.version, note: "B's note", status: "READ" });
    expect(b).toMatchObject({ note: "B's note", status: "READ", version: a.version + 1 });
  });

  it("concurrent edits of one note: exactly one wins, the others conflict", async () => {
    const list = await as(fx.people.OWNER).lists.create({ title: "Race", visibility: "TEAM", teamSlug: fx.slug });
    const { item } = await as(fx.people.OWNER).lists.addItem({ listId: list.id, paperId: (await paper()).id });
    const outcomes = await Promise.all(
      fx.extra.slice(0, 10).map((m, i) => outcome(as(m).lists.updateItem({ listId: list.id, itemId: item.id, expectedVersion: 0, note: `note ${i}` }))),
    );
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "CONFLICT")).toHaveLength(9);
  });

  it("a stale list version is a CONFLICT; removing with a stale version too", async () => {
    const list = await as(fx.people.OWNER).lists.create({ title: "Title v0", visibility: "TEAM", teamSlug: fx.slug });
    await as(fx.people.MEMBER).lists.update({ listId: list.id, expectedVersion: list.version, title: "Title v1" });
    await expect(as(fx.people.ADMIN).lists.update({ listId: list.id, expectedVersion: list.version, title: "Other" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/Someone else changed this list/),
    });
    const { item } = await as(fx.people.OWNER).lists.addItem({ listId: list.id, paperId: (await paper()).id });
    await as(fx.people.MEMBER).lists.updateItem({ listId: list.id, itemId: item.id, expectedVersion: 0, status: "READING" });
    expect(await outcome(as(fx.people.ADMIN).lists.removeItem({ listId: list.id, itemId: item.id, expectedVersion: 0 }))).toBe("CONFLICT");
    expect(await outcome(as(fx.people.ADMIN).lists.removeItem({ listId: list.id, itemId: item.id, expectedVersion: 1 }))).toBe("ok");
  });
});
