import { beforeAll, describe, expect, it } from "vitest";
import type { AnnotationVisibility, Visibility } from "@commonplace/db";
import { db } from "../lib/services.ts";
import { as, outcome, person, team, type Caller, type Person, type TeamFixture } from "../../test/fixtures.ts";
import { rangeOf, textPaper } from "../../test/annotation-fixtures.ts";

// THE authorization matrix for annotations and replies: each scope × {anonymous, outsider, VIEWER, MEMBER,
// ADMIN, OWNER, author} × read / list / reply / edit / delete / resolve / create. "author" is a MEMBER of the
// team who wrote the annotation (and, in the reply rows, the reply). Cells, in ACTORS order:
//   ok = allowed · NF = NOT_FOUND (existence secret) · F = FORBIDDEN · U = UNAUTHORIZED · - = not listed.
// Anonymous callers are refused every write with UNAUTHORIZED before anything is looked up (so it tells
// them nothing about what exists). Team ADMINs/OWNERs moderate: they may delete (never edit) what others wrote in
// a team or list scope.

const ACTORS = ["anonymous", "outsider", "VIEWER", "MEMBER", "ADMIN", "OWNER", "author"] as const;
type Actor = (typeof ACTORS)[number];
const CODES: Record<string, string> = { ok: "ok", NF: "NOT_FOUND", F: "FORBIDDEN", U: "UNAUTHORIZED", "-": "hidden" };
const row = (cells: string) =>
  cells
    .trim()
    .split(/\s+/)
    .map((c) => CODES[c]!);

type Scope = "PRIVATE" | "TEAM" | "PUBLIC" | "list:TEAM" | "list:PRIVATE" | "list:PUBLIC";
const SCOPES: Scope[] = ["PRIVATE", "TEAM", "PUBLIC", "list:TEAM", "list:PRIVATE", "list:PUBLIC"];

//                 PRIVATE                 TEAM                    PUBLIC                  list:TEAM               list:PRIVATE (author's)    list:PUBLIC
const EXPECTED: Record<string, Record<Scope, string>> = {
  read: {
    PRIVATE: "NF NF NF NF NF NF ok",
    TEAM: "NF NF ok ok ok ok ok",
    PUBLIC: "ok ok ok ok ok ok ok",
    "list:TEAM": "NF NF ok ok ok ok ok",
    "list:PRIVATE": "NF NF NF NF ok ok ok",
    "list:PUBLIC": "ok ok ok ok ok ok ok",
  },
  list: {
    PRIVATE: "- - - - - - ok",
    TEAM: "- - ok ok ok ok ok",
    PUBLIC: "ok ok ok ok ok ok ok",
    "list:TEAM": "- - ok ok ok ok ok",
    "list:PRIVATE": "- - - - ok ok ok",
    "list:PUBLIC": "ok ok ok ok ok ok ok",
  },
  reply: {
    PRIVATE: "U NF NF NF NF NF ok",
    TEAM: "U NF F ok ok ok ok",
    PUBLIC: "U ok ok ok ok ok ok",
    "list:TEAM": "U NF F ok ok ok ok",
    "list:PRIVATE": "U NF NF NF ok ok ok",
    "list:PUBLIC": "U F F ok ok ok ok",
  },
  edit: {
    PRIVATE: "U NF NF NF NF NF ok",
    TEAM: "U NF F F F F ok",
    PUBLIC: "U F F F F F ok",
    "list:TEAM": "U NF F F F F ok",
    "list:PRIVATE": "U NF NF NF F F ok",
    "list:PUBLIC": "U F F F F F ok",
  },
  delete: {
    PRIVATE: "U NF NF NF NF NF ok",
    TEAM: "U NF F F ok ok ok",
    PUBLIC: "U F F F F F ok",
    "list:TEAM": "U NF F F ok ok ok",
    "list:PRIVATE": "U NF NF NF ok ok ok",
    "list:PUBLIC": "U F F F ok ok ok",
  },
  resolve: {
    PRIVATE: "U NF NF NF NF NF ok",
    TEAM: "U NF F ok ok ok ok",
    PUBLIC: "U F F F F F ok",
    "list:TEAM": "U NF F ok ok ok ok",
    "list:PRIVATE": "U NF NF NF ok ok ok",
    "list:PUBLIC": "U F F ok ok ok ok",
  },
  create: {
    PRIVATE: "U ok ok ok ok ok ok",
    TEAM: "U NF F ok ok ok ok",
    PUBLIC: "U ok ok ok ok ok ok",
    "list:TEAM": "U NF F ok ok ok ok",
    "list:PRIVATE": "U NF NF NF ok ok ok",
    "list:PUBLIC": "U F F ok ok ok ok",
  },
};

let fx: TeamFixture;
let author: Person;
let paperId: string;
const lists = {} as Record<"TEAM" | "PRIVATE" | "PUBLIC", string>;
const who = (actor: Actor): Person | null =>
  actor === "anonymous" ? null : actor === "outsider" ? fx.outsider : actor === "author" ? author : fx.people[actor];

beforeAll(async () => {
  fx = await team({ extraMembers: 1 });
  author = fx.extra[0]!;
  paperId = (await textPaper()).id;
  for (const visibility of ["TEAM", "PRIVATE", "PUBLIC"] as Visibility[]) {
    // The PRIVATE team list is the author's own draft: readable by its creator and the team's managers.
    // A MEMBER may not publish a team list (list.share): the PUBLIC one is created TEAM and published by the owner.
    let list = await as(author).lists.create({ title: `Matrix ${visibility}`, visibility: visibility === "PUBLIC" ? "TEAM" : visibility, teamSlug: fx.slug });
    if (visibility === "PUBLIC") list = await as(fx.people.OWNER).lists.update({ listId: list.id, expectedVersion: list.version, visibility });
    await as(author).lists.addItem({ listId: list.id, paperId });
    lists[visibility as keyof typeof lists] = list.id;
  }
});

function scopeInput(scope: Scope): { visibility: AnnotationVisibility; teamSlug?: string; listId?: string } {
  if (scope === "TEAM") return { visibility: "TEAM", teamSlug: fx.slug };
  if (scope.startsWith("list:")) return { visibility: "TEAM", listId: lists[scope.slice(5) as keyof typeof lists] };
  return { visibility: scope as AnnotationVisibility };
}

/** A fresh thread by the author in `scope`; with `reply`, the cell acts on the author's reply in it. */
async function fresh(scope: Scope, reply: boolean): Promise<Cell> {
  // A paper per cell keeps each cell's listing small and independent of the others.
  const paperId = (await textPaper()).id;
  if (scope.startsWith("list:")) await as(author).lists.addItem({ listId: lists[scope.slice(5) as keyof typeof lists], paperId });
  const root = await as(author).annotations.create({ paperId, target: rangeOf("neural networks"), body: "matrix", ...scopeInput(scope) });
  if (!reply) return { paperId, rootId: root.id, id: root.id };
  const r = await as(author).annotations.reply({ id: root.id, body: "matrix reply" });
  return { paperId, rootId: root.id, id: r.id };
}

interface Cell {
  paperId: string;
  rootId: string;
  id: string;
}
type Call = (c: Caller, a: Cell, scope: Scope) => Promise<unknown>;
const listed: Call = async (c, a) => {
  const { threads } = await c.annotations.list({ paperId: a.paperId });
  const thread = threads.find((t) => t.id === a.rootId);
  if (!thread || (a.id !== a.rootId && !thread.replies.some((r) => r.id === a.id))) throw Object.assign(new Error("not listed"), { code: "hidden" });
};
const ACTIONS: [string, Call][] = [
  ["read", (c, a) => c.annotations.thread({ id: a.id })],
  ["list", listed],
  ["reply", (c, a) => c.annotations.reply({ id: a.id, body: "a reply" })],
  ["edit", (c, a) => c.annotations.edit({ id: a.id, body: "edited" })],
  ["delete", (c, a) => c.annotations.delete({ id: a.id })],
  ["resolve", (c, a) => c.annotations.resolve({ id: a.rootId })],
  ["create", (c, a, scope) => c.annotations.create({ paperId: a.paperId, target: rangeOf("Transformer"), ...scopeInput(scope) })],
];

const cases = ACTIONS.flatMap(([name, call]) => SCOPES.map((scope) => [name, scope, call, EXPECTED[name]![scope]] as const));

async function run(scope: Scope, call: Call, reply: boolean) {
  const got: Record<string, string> = {};
  for (const actor of ACTORS) got[actor] = await outcome(call(as(who(actor)), await fresh(scope, reply), scope));
  return got;
}
const expectRow = (expected: string) => Object.fromEntries(ACTORS.map((a, i) => [a, row(expected)[i]]));

describe("authorization matrix: annotations (thread roots)", () => {
  it.each(cases)("%s × %s", async (_name, scope, call, expected) => {
    expect(await run(scope, call, false)).toEqual(expectRow(expected));
  });
});

describe("authorization matrix: replies (the author's reply in the author's thread)", () => {
  // Replies carry their thread's scope, so the same table holds; resolve acts on the thread.
  it.each(cases.filter(([name]) => name !== "create"))("%s × %s", async (_name, scope, call, expected) => {
    expect(await run(scope, call, true)).toEqual(expectRow(expected));
  });
});

describe("what people may not see never shows up elsewhere", () => {
  it("private annotations write no feed row; team and list ones reach only feeds their readers can open", async () => {
    const secret = await as(author).annotations.create({ paperId, target: rangeOf("Transformer"), body: "secret", visibility: "PRIVATE" });
    const teamOne = await as(author).annotations.create({ paperId, target: rangeOf("Transformer"), body: "team", visibility: "TEAM", teamSlug: fx.slug });
    const onPrivateList = await as(author).annotations.create({ paperId, target: rangeOf("Transformer"), body: "draft", ...scopeInput("list:PRIVATE") });
    expect(await db().activity.count({ where: { annotationId: secret.id } })).toBe(0);
    expect(await db().activity.findFirstOrThrow({ where: { annotationId: teamOne.id } })).toMatchObject({
      teamId: fx.id,
      isPublic: false,
      verb: "annotation.created",
    });

    const feedIds = async (c: Caller) => (await c.activity.team({ teamSlug: fx.slug })).entries.map((e) => e.id);
    const rowOf = async (id: string) => String((await db().activity.findFirstOrThrow({ where: { annotationId: id } })).id);
    expect(await feedIds(as(fx.people.VIEWER))).toContain(await rowOf(teamOne.id));
    // The PRIVATE list's row is for those who may read that list only.
    expect(await feedIds(as(fx.people.VIEWER))).not.toContain(await rowOf(onPrivateList.id));
    expect(await feedIds(as(fx.people.ADMIN))).toContain(await rowOf(onPrivateList.id));
    expect(await outcome(as(fx.outsider).activity.team({ teamSlug: fx.slug }))).toBe("NOT_FOUND");
    const profile = (await as(null).activity.user({ handle: author.handle })).entries.map((e) => e.id);
    expect(profile).not.toContain(await rowOf(teamOne.id));
    expect(profile).not.toContain(await rowOf(onPrivateList.id));
  });

  it("exports hold only what the caller may see", async () => {
    const p = (await textPaper()).id;
    await as(author).annotations.create({ paperId: p, target: rangeOf("Transformer"), body: "PRIVATE-NOTE-X", visibility: "PRIVATE" });
    await as(author).annotations.create({ paperId: p, target: rangeOf("Transformer"), body: "TEAM-NOTE-Y", visibility: "TEAM", teamSlug: fx.slug });
    await as(author).annotations.create({ paperId: p, target: rangeOf("Transformer"), body: "PUBLIC-NOTE-Z", visibility: "PUBLIC" });
    for (const format of ["markdown", "jsonld"] as const) {
      const outsider = (await as(fx.outsider).annotations.export({ paperId: p, format })).body;
      expect([outsider.includes("PRIVATE-NOTE-X"), outsider.includes("TEAM-NOTE-Y"), outsider.includes("PUBLIC-NOTE-Z")]).toEqual([false, false, true]);
      const viewer = (await as(fx.people.VIEWER).annotations.export({ paperId: p, format })).body;
      expect([viewer.includes("PRIVATE-NOTE-X"), viewer.includes("TEAM-NOTE-Y"), viewer.includes("PUBLIC-NOTE-Z")]).toEqual([false, true, true]);
      const own = (await as(author).annotations.export({ paperId: p, format })).body;
      expect([own.includes("PRIVATE-NOTE-X"), own.includes("TEAM-NOTE-Y"), own.includes("PUBLIC-NOTE-Z")]).toEqual([true, true, true]);
    }
  });

  it("a person removed from the team loses the team's annotations at once", async () => {
    const leaver = await person("leaver");
    await db().membership.create({ data: { teamId: fx.id, userId: leaver.id, role: "ADMIN" } });
    const a = await as(author).annotations.create({ paperId, target: rangeOf("Transformer"), body: "team", visibility: "TEAM", teamSlug: fx.slug });
    expect(await outcome(as(leaver).annotations.thread({ id: a.id }))).toBe("ok");
    await db().membership.delete({ where: { teamId_userId: { teamId: fx.id, userId: leaver.id } } });
    expect(await outcome(as(leaver).annotations.thread({ id: a.id }))).toBe("NOT_FOUND");
    expect(await outcome(as(leaver).annotations.resolve({ id: a.id }))).toBe("NOT_FOUND");
  });
});
