import { describe, expect, it } from "vitest";
import { actionsFor, PERMISSIONS, roleAllows, ROLES, type Action } from "./permissions.ts";
import { canReadList, decideInviteRole, decideList, decideRemoval, decideRoleChange, decideTeam, visibleListsWhere, type ListSubject } from "./can.ts";

// The catalogue as a table people can review: which role may do what.
const EXPECTED: Record<string, string> = {
  //                       OWNER ADMIN MEMBER VIEWER
  "team.read": "y y y y",
  "team.update": "y y n n",
  "team.delete": "y n n n",
  "member.list": "y y y y",
  "member.invite": "y y n n",
  "member.role.change": "y y n n",
  "member.remove": "y y n n",
  "member.owner.manage": "y n n n",
  "activity.read": "y y y y",
  "list.create": "y y y n",
  "style.manage": "y y y n",
  "list.read": "y y y y",
  "list.read.private": "y y n n",
  "list.export": "y y y y",
  "list.fork": "y y y y",
  "list.update": "y y y n",
  "list.delete": "y y n n",
  "list.bib.read": "y y y y",
  "list.share": "y y n n",
  "item.add": "y y y n",
  "item.update": "y y y n",
  "item.remove": "y y y n",
  "item.reorder": "y y y n",
  "item.import": "y y y n",
  "item.tag": "y y y n",
  "annotation.create": "y y y n",
  "annotation.resolve": "y y y n",
  "annotation.moderate": "y y n n",
  "annotation.tag": "y y y n",
};

describe("permission catalogue", () => {
  it("maps every action to exactly the expected roles", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const [action, cells] of Object.entries(EXPECTED)) {
      const got = ROLES.map((role) => (roleAllows(role, action as Action) ? "y" : "n")).join(" ");
      expect(`${action}: ${got}`).toBe(`${action}: ${cells}`);
    }
  });

  it("no role means no permission; VIEWERs only ever read", () => {
    for (const action of Object.keys(PERMISSIONS) as Action[]) expect(roleAllows(null, action)).toBe(false);
    const viewerWrites = actionsFor("VIEWER", "list").filter((a) => a.startsWith("item.") || a === "list.update" || a === "list.delete");
    expect(viewerWrites).toEqual([]);
  });
});

const list = (over: Partial<ListSubject> = {}): ListSubject => ({
  visibility: "TEAM",
  ownerId: null,
  teamId: "t1",
  createdById: "creator",
  shareToken: "s3cret-token",
  ...over,
});

describe("list decisions", () => {
  it("UNLISTED opens with the exact secret only", () => {
    const l = list({ visibility: "UNLISTED" });
    expect(canReadList(l, null, null, "s3cret-token")).toBe(true);
    expect(canReadList(l, null, null, "s3cret-tokem")).toBe(false);
    expect(canReadList(l, null, null, "s3cret")).toBe(false);
    expect(canReadList(list({ visibility: "UNLISTED", shareToken: null }), null, null, "anything")).toBe(false);
  });

  it("existence is secret before roles are considered", () => {
    expect(decideList("item.add", list({ visibility: "PRIVATE" }), "someone", "MEMBER")).toBe("not_found");
    expect(decideList("item.add", list({ visibility: "PRIVATE" }), "creator", "MEMBER")).toBe("allow");
    expect(decideList("item.add", list({ visibility: "PUBLIC" }), null, null)).toBe("unauthorized");
    expect(decideList("item.add", list({ visibility: "PUBLIC" }), "someone", null)).toBe("forbidden");
    expect(decideList("item.add", list({ visibility: "TEAM" }), "viewer", "VIEWER")).toBe("forbidden");
  });

  it("a personal list's owner acts as OWNER; a TEAM-visible personal list is still theirs only", () => {
    const mine = list({ teamId: null, ownerId: "me", visibility: "TEAM" });
    expect(decideList("list.delete", mine, "me", null)).toBe("allow");
    expect(decideList("list.read", mine, "you", "OWNER")).toBe("not_found");
  });

  it("the where-builder admits PUBLIC to everyone and UNLISTED only with the token", () => {
    expect(visibleListsWhere(null)).toEqual({ OR: [{ visibility: "PUBLIC" }] });
    expect(visibleListsWhere(null, { shareToken: "x" }).OR).toContainEqual({ visibility: "UNLISTED", shareToken: "x" });
    expect(visibleListsWhere("u").OR).toHaveLength(5);
  });
});

describe("team decisions", () => {
  it("outsiders of a private team learn nothing; of a public team they may read it", () => {
    expect(decideTeam("team.read", { isPublic: false }, "u", null)).toBe("not_found");
    expect(decideTeam("team.read", { isPublic: true }, "u", null)).toBe("allow");
    expect(decideTeam("member.list", { isPublic: true }, "u", null)).toBe("forbidden");
    expect(decideTeam("team.read", { isPublic: true }, null, null)).toBe("unauthorized");
  });

  it("only owners grant, change or remove the OWNER role; nobody invites above their rank", () => {
    expect(decideRoleChange("ADMIN", "MEMBER", "ADMIN")).toBe("allow");
    expect(decideRoleChange("ADMIN", "MEMBER", "OWNER")).toBe("forbidden");
    expect(decideRoleChange("ADMIN", "OWNER", "MEMBER")).toBe("forbidden");
    expect(decideRoleChange("OWNER", "OWNER", "MEMBER")).toBe("allow");
    expect(decideRoleChange("MEMBER", "VIEWER", "MEMBER")).toBe("forbidden");
    expect(decideRemoval("ADMIN", "OWNER")).toBe("forbidden");
    expect(decideRemoval("OWNER", "OWNER")).toBe("allow");
    expect(decideInviteRole("ADMIN", "OWNER")).toBe("forbidden");
    expect(decideInviteRole("ADMIN", "ADMIN")).toBe("allow");
  });
});
