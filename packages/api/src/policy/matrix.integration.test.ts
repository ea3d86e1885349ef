import { beforeAll, describe, expect, it } from "vitest";
import type { TeamRole, Visibility } from "@commonplace/db";
import { db } from "../lib/services.ts";
import { newSecret } from "../lib/tokens.ts";
import { as, outcome, paper, person, team, type Caller, type Person, type TeamFixture } from "../../test/fixtures.ts";

// THE authorization matrix: every team and list procedure × {anonymous, outsider, VIEWER, MEMBER, ADMIN, OWNER}
// × each visibility. Expected outcomes are written out cell by cell (columns in ACTORS order):
//   ok = allowed · NF = NOT_FOUND (existence secret) · F = FORBIDDEN · U = UNAUTHORIZED · PF = PRECONDITION_FAILED.

const ACTORS = ["anonymous", "outsider", "VIEWER", "MEMBER", "ADMIN", "OWNER"] as const;
type Actor = (typeof ACTORS)[number];
const CODES: Record<string, string> = { ok: "ok", NF: "NOT_FOUND", F: "FORBIDDEN", U: "UNAUTHORIZED", PF: "PRECONDITION_FAILED" };
const row = (cells: string) =>
  cells
    .trim()
    .split(/\s+/)
    .map((c) => CODES[c]!);

let fx: TeamFixture;
const who = (actor: Actor): Person | null => (actor === "anonymous" ? null : actor === "outsider" ? fx.outsider : fx.people[actor as TeamRole]);

beforeAll(async () => {
  fx = await team({ extraMembers: 1 });
});

// ───────────── team procedures (the team is not public) ─────────────

interface TeamCell {
  slug: string;
  teamId: string;
  spare: Person;
  inviteId: string;
}

/** A fresh team per cell for procedures that change it (same people, same roles). */
async function freshTeam(): Promise<TeamCell> {
  const slug = `m-${newSecret(6)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "x")}`;
  const spare = await person("spare");
  const roles: [Person, TeamRole][] = [
    [fx.people.VIEWER, "VIEWER"],
    [fx.people.MEMBER, "MEMBER"],
    [fx.people.ADMIN, "ADMIN"],
    [fx.people.OWNER, "OWNER"],
    [spare, "MEMBER"],
  ];
  const t = await db().team.create({ data: { slug, name: `Team ${slug}`, memberships: { create: roles.map(([p, role]) => ({ userId: p.id, role })) } } });
  const invite = await db().invite.create({
    data: { teamId: t.id, tokenHash: newSecret(), role: "MEMBER", expiresAt: new Date(Date.now() + 86_400_000), createdById: fx.people.OWNER.id },
  });
  return { slug, teamId: t.id, spare, inviteId: invite.id };
}

const TEAM_MATRIX: [string, (c: Caller, t: TeamCell) => Promise<unknown>, string][] = [
  //                                                                                         anon outsider VIEWER MEMBER ADMIN OWNER
  ["teams.get", (c, t) => c.teams.get({ teamSlug: t.slug }), "U NF ok ok ok ok"],
  ["teams.members", (c, t) => c.teams.members({ teamSlug: t.slug }), "U NF ok ok ok ok"],
  ["lists.forTeam", (c, t) => c.lists.forTeam({ teamSlug: t.slug }), "U NF ok ok ok ok"],
  ["activity.team", (c, t) => c.activity.team({ teamSlug: t.slug }), "U NF ok ok ok ok"],
  ["teams.update", (c, t) => c.teams.update({ teamSlug: t.slug, name: "Renamed" }), "U NF F F ok ok"],
  ["teams.createInvite", (c, t) => c.teams.createInvite({ teamSlug: t.slug, role: "MEMBER" }), "U NF F F ok ok"],
  ["teams.createInvite(OWNER)", (c, t) => c.teams.createInvite({ teamSlug: t.slug, role: "OWNER" }), "U NF F F F ok"],
  ["teams.invites", (c, t) => c.teams.invites({ teamSlug: t.slug }), "U NF F F ok ok"],
  ["teams.revokeInvite", (c, t) => c.teams.revokeInvite({ teamSlug: t.slug, inviteId: t.inviteId }), "U NF F F ok ok"],
  ["teams.changeRole", (c, t) => c.teams.changeRole({ teamSlug: t.slug, userId: t.spare.id, role: "VIEWER" }), "U NF F F ok ok"],
  ["teams.changeRole(→OWNER)", (c, t) => c.teams.changeRole({ teamSlug: t.slug, userId: t.spare.id, role: "OWNER" }), "U NF F F F ok"],
  ["teams.removeMember", (c, t) => c.teams.removeMember({ teamSlug: t.slug, userId: t.spare.id }), "U NF F F ok ok"],
  ["teams.delete", (c, t) => c.teams.delete({ teamSlug: t.slug, confirmSlug: t.slug }), "U NF F F F ok"],
  // The only OWNER cannot leave (last-owner rule).
  ["teams.leave", (c, t) => c.teams.leave({ teamSlug: t.slug }), "U NF ok ok ok PF"],
  ["lists.create(team)", (c, t) => c.lists.create({ title: "T", visibility: "TEAM", teamSlug: t.slug }), "U NF F ok ok ok"],
];

describe("authorization matrix: team procedures", () => {
  it.each(TEAM_MATRIX)("%s", async (_name, call, expected) => {
    const got: string[] = [];
    for (const actor of ACTORS) got.push(await outcome(call(as(who(actor)), await freshTeam())));
    expect(Object.fromEntries(ACTORS.map((a, i) => [a, got[i]]))).toEqual(Object.fromEntries(ACTORS.map((a, i) => [a, row(expected)[i]])));
  });
});

// ───────────── list procedures on a team list created by its OWNER ─────────────

interface ListCell {
  listId: string;
  shareToken?: string;
  itemId: string;
  otherItemId: string;
  paperId: string;
}

let spareMember: Person;
const papers: string[] = [];

async function freshList(visibility: Visibility, withLink: boolean): Promise<ListCell> {
  const shareToken = visibility === "UNLISTED" ? newSecret(18) : null;
  const list = await db().readingList.create({
    data: { title: `L ${visibility}`, visibility, teamId: fx.id, createdById: fx.people.OWNER.id, shareToken, bibToken: newSecret(12) },
  });
  const a = await db().readingListItem.create({ data: { listId: list.id, paperId: papers[0]!, position: "a0", addedById: fx.people.OWNER.id } });
  const b = await db().readingListItem.create({ data: { listId: list.id, paperId: papers[1]!, position: "a1", addedById: fx.people.OWNER.id } });
  return { listId: list.id, shareToken: withLink && shareToken ? shareToken : undefined, itemId: a.id, otherItemId: b.id, paperId: papers[2]! };
}

const ref = (l: ListCell) => ({ listId: l.listId, ...(l.shareToken ? { shareToken: l.shareToken } : {}) });

type ListCall = (c: Caller, l: ListCell) => Promise<unknown>;
const READS: [string, ListCall][] = [
  ["lists.get", (c, l) => c.lists.get(ref(l))],
  ["lists.items", (c, l) => c.lists.items(ref(l))],
  ["lists.export", (c, l) => c.lists.export({ ...ref(l), format: "bibtex" })],
  ["activity.list", (c, l) => c.activity.list(ref(l))],
];
const EDITS: [string, ListCall][] = [
  ["lists.update", (c, l) => c.lists.update({ ...ref(l), expectedVersion: 0, title: "New title" })],
  ["lists.addItem", (c, l) => c.lists.addItem({ ...ref(l), paperId: l.paperId })],
  ["lists.updateItem", (c, l) => c.lists.updateItem({ ...ref(l), itemId: l.itemId, expectedVersion: 0, note: "mine", status: "READING" })],
  ["lists.moveItem", (c, l) => c.lists.moveItem({ ...ref(l), itemId: l.itemId, afterId: l.otherItemId })],
  ["lists.removeItem", (c, l) => c.lists.removeItem({ ...ref(l), itemId: l.itemId })],
  ["lists.importCitations", (c, l) => c.lists.importCitations({ ...ref(l), text: "@article{x, title={Imported}, author={Doe, Jane}, year={2020}}" })],
];
const MANAGE: [string, ListCall][] = [
  ["lists.delete", (c, l) => c.lists.delete(ref(l))],
  ["lists.regenerateLiveBib", (c, l) => c.lists.regenerateLiveBib(ref(l))],
  ["lists.revokeLiveBib", (c, l) => c.lists.revokeLiveBib(ref(l))],
  ["lists.regenerateShareLink", (c, l) => c.lists.regenerateShareLink(ref(l))],
];
const BIB: [string, ListCall][] = [["lists.liveBib", (c, l) => c.lists.liveBib(ref(l))]];
const FORK: [string, ListCall][] = [["lists.fork", (c, l) => c.lists.fork(ref(l))]];

// Columns: anonymous outsider VIEWER MEMBER ADMIN OWNER. "UNLISTED+link" = the caller holds the secret link.
const EXPECTED: Record<string, Record<string, string>> = {
  //              PRIVATE               TEAM                 UNLISTED             UNLISTED+link        PUBLIC
  read: {
    PRIVATE: "NF NF NF NF ok ok",
    TEAM: "NF NF ok ok ok ok",
    UNLISTED: "NF NF ok ok ok ok",
    "UNLISTED+link": "ok ok ok ok ok ok",
    PUBLIC: "ok ok ok ok ok ok",
  },
  edit: { PRIVATE: "NF NF NF NF ok ok", TEAM: "NF NF F ok ok ok", UNLISTED: "NF NF F ok ok ok", "UNLISTED+link": "U F F ok ok ok", PUBLIC: "U F F ok ok ok" },
  manage: { PRIVATE: "NF NF NF NF ok ok", TEAM: "NF NF F F ok ok", UNLISTED: "NF NF F F ok ok", "UNLISTED+link": "U F F F ok ok", PUBLIC: "U F F F ok ok" },
  bib: {
    PRIVATE: "NF NF NF NF ok ok",
    TEAM: "NF NF ok ok ok ok",
    UNLISTED: "NF NF ok ok ok ok",
    "UNLISTED+link": "U F ok ok ok ok",
    PUBLIC: "U F ok ok ok ok",
  },
  fork: {
    PRIVATE: "NF NF NF NF ok ok",
    TEAM: "NF NF ok ok ok ok",
    UNLISTED: "NF NF ok ok ok ok",
    "UNLISTED+link": "U ok ok ok ok ok",
    PUBLIC: "U ok ok ok ok ok",
  },
};
const COLUMNS = ["PRIVATE", "TEAM", "UNLISTED", "UNLISTED+link", "PUBLIC"] as const;

const cases = (["read", "edit", "manage", "bib", "fork"] as const).flatMap((kind) => {
  const procs = { read: READS, edit: EDITS, manage: MANAGE, bib: BIB, fork: FORK }[kind];
  return procs.flatMap(([name, call]) => COLUMNS.map((column) => [name, column, call, EXPECTED[kind]![column]!] as const));
});

describe("authorization matrix: list procedures on a team list", () => {
  beforeAll(async () => {
    spareMember = fx.extra[0]!;
    for (let i = 0; i < 3; i++) papers.push((await paper(`Matrix paper ${i}`)).id);
  });

  it.each(cases)("%s × %s", async (_name, column, call, expected) => {
    const visibility = column === "UNLISTED+link" ? "UNLISTED" : column;
    const got: string[] = [];
    for (const actor of ACTORS) got.push(await outcome(call(as(who(actor)), await freshList(visibility, column === "UNLISTED+link"))));
    expect(Object.fromEntries(ACTORS.map((a, i) => [a, got[i]]))).toEqual(Object.fromEntries(ACTORS.map((a, i) => [a, row(expected)[i]])));
  });

  it("a MEMBER's PRIVATE team list is theirs and the managers' only", async () => {
    const list = await as(spareMember).lists.create({ title: "Draft", visibility: "PRIVATE", teamSlug: fx.slug });
    const got = await Promise.all([...ACTORS.map((a) => who(a)), spareMember].map((p) => outcome(as(p).lists.get({ listId: list.id }))));
    expect(got).toEqual(["NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "ok", "ok", "ok"]);
  });
});

// ───────────── personal lists ─────────────

describe("authorization matrix: a personal list", () => {
  // Columns: anonymous, another signed-in person, the owner.
  const PERSONAL: Record<string, Record<string, string>> = {
    read: { PRIVATE: "NF NF ok", UNLISTED: "NF NF ok", "UNLISTED+link": "ok ok ok", PUBLIC: "ok ok ok" },
    edit: { PRIVATE: "NF NF ok", UNLISTED: "NF NF ok", "UNLISTED+link": "U F ok", PUBLIC: "U F ok" },
    manage: { PRIVATE: "NF NF ok", UNLISTED: "NF NF ok", "UNLISTED+link": "U F ok", PUBLIC: "U F ok" },
    bib: { PRIVATE: "NF NF ok", UNLISTED: "NF NF ok", "UNLISTED+link": "U F ok", PUBLIC: "U F ok" },
  };
  let owner: Person;
  let other: Person;
  beforeAll(async () => {
    owner = await person("owner");
    other = await person("other");
  });

  const personalCases = (["read", "edit", "manage", "bib"] as const).flatMap((kind) => {
    const procs = { read: READS, edit: EDITS, manage: MANAGE, bib: BIB }[kind];
    return procs.flatMap(([name, call]) => Object.keys(PERSONAL[kind]!).map((column) => [name, column, call, PERSONAL[kind]![column]!] as const));
  });

  it.each(personalCases)("%s × %s", async (_name, column, call, expected) => {
    const visibility = (column === "UNLISTED+link" ? "UNLISTED" : column) as Visibility;
    const got: string[] = [];
    for (const actor of [null, other, owner]) {
      const shareToken = visibility === "UNLISTED" ? newSecret(18) : null;
      const list = await db().readingList.create({ data: { title: "Mine", visibility, ownerId: owner.id, createdById: owner.id, shareToken } });
      const a = await db().readingListItem.create({ data: { listId: list.id, paperId: papers[0]!, position: "a0", addedById: owner.id } });
      const b = await db().readingListItem.create({ data: { listId: list.id, paperId: papers[1]!, position: "a1", addedById: owner.id } });
      const cell = { listId: list.id, shareToken: column === "UNLISTED+link" ? shareToken! : undefined, itemId: a.id, otherItemId: b.id, paperId: papers[2]! };
      got.push(await outcome(call(as(actor), cell)));
    }
    expect(got).toEqual(row(expected));
  });

  it("a personal list cannot be TEAM-visible", async () => {
    expect(await outcome(as(owner).lists.create({ title: "x", visibility: "TEAM" }))).toBe("BAD_REQUEST");
  });
});
