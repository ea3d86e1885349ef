import { describe, expect, it } from "vitest";
import { db } from "../../src/lib/services.ts";
import { hashPassword } from "../../src/auth/password.ts";
import { createResetLink } from "../../src/auth/password-reset.ts";
import { sessionStillValid } from "../../src/auth/sessions.ts";
import { createAuthOptions } from "../../src/auth/options.ts";
import { team, unique, type Person } from "../fixtures.ts";
import { callerAt, freshAddress, rest } from "./http.ts";

// Issue 13: "Sessions and tokens outlive a password reset; tokens never expire; there is no sign out
// everywhere; a removed member's live .bib URL keeps working."

const PASSWORD = "the current passphrase";

async function withPassword(): Promise<Person> {
  const id = unique();
  return db().user.create({
    data: { email: `s-${id}@example.org`, handle: `s-${id}`, name: "Session Holder", passwordHash: await hashPassword(PASSWORD) },
    select: { id: true, handle: true, name: true, email: true },
  });
}
/** What next-auth's session callback makes of a JWT issued with `version`. */
async function sessionFor(userId: string, version: number) {
  const session = await createAuthOptions().callbacks!.session!({ session: { user: {}, expires: "2099-01-01" }, token: { sub: userId, sv: version } } as never);
  return (session as { user?: { id?: string } }).user?.id ?? null;
}
async function tokenFor(me: Person, expiresInDays?: number) {
  return (await callerAt(freshAddress(), me).tokens.create({ name: `t-${unique()}`, scope: "READ", expiresInDays })).token;
}
const tokenWorks = async (token: string) => (await rest("/lists", { headers: { authorization: `Bearer ${token}` }, address: freshAddress() })).status !== 401;

describe("a password reset", () => {
  it("ends every session (the JWT's version no longer matches) and, when asked, revokes tokens", async () => {
    const me = await withPassword();
    const token = await tokenFor(me);
    expect(await sessionFor(me.id, 0)).toBe(me.id);
    const link = await createResetLink(db(), me.email, "http://localhost:3000");
    await callerAt(freshAddress()).auth.resetPassword({
      token: new URL(link!.url).searchParams.get("token")!,
      password: "a brand new passphrase",
      revokeTokens: true,
    });
    expect(await sessionFor(me.id, 0)).toBeNull();
    expect(await sessionStillValid(me.id, 1)).toBe(true);
    expect(await tokenWorks(token)).toBe(false);
  });
});

describe("a password change", () => {
  it("needs the current password, ends every session, and keeps tokens unless asked", async () => {
    const me = await withPassword();
    const token = await tokenFor(me);
    await expect(
      callerAt(freshAddress(), me).auth.changePassword({ currentPassword: "not it at all", newPassword: "a brand new passphrase" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await callerAt(freshAddress(), me).auth.changePassword({ currentPassword: PASSWORD, newPassword: "a brand new passphrase" });
    expect(await sessionFor(me.id, 0)).toBeNull();
    expect(await tokenWorks(token)).toBe(true);
  });
});

describe("sign out everywhere", () => {
  it("ends every session; with revokeTokens, every token too", async () => {
    const me = await withPassword();
    const token = await tokenFor(me);
    await callerAt(freshAddress(), me).auth.signOutEverywhere({ revokeTokens: true });
    expect(await sessionFor(me.id, 0)).toBeNull();
    expect(await tokenWorks(token)).toBe(false);
  });
});

describe("API tokens", () => {
  it("may carry an expiry, after which they are refused; use is recorded", async () => {
    const me = await withPassword();
    const token = await tokenFor(me, 30);
    expect(await tokenWorks(token)).toBe(true);
    const [row] = await callerAt(freshAddress(), me).tokens.list();
    expect(row).toMatchObject({ expiresAt: expect.any(Date), lastUsedAt: expect.any(Date) });
    await db().apiToken.update({ where: { id: row!.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const response = await rest("/lists", { headers: { authorization: `Bearer ${token}` }, address: freshAddress() });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "invalid_token", message: expect.stringMatching(/expired/) } });
  });
});

describe("the live .bib URL", () => {
  it("stops working when the member who made it leaves the team", async () => {
    const fx = await team();
    const admin = fx.people.ADMIN;
    const list = await callerAt(freshAddress(), admin).lists.create({ title: "Team reading", teamSlug: fx.slug, visibility: "TEAM" });
    const { url } = await callerAt(freshAddress(), admin).lists.regenerateLiveBib({ listId: list.id });
    const path = new URL(url).pathname.replace(/^\/api\/v1/, "") + new URL(url).search;
    expect((await rest(path, { address: freshAddress() })).status).toBe(200);
    await db().membership.delete({ where: { teamId_userId: { teamId: fx.id, userId: admin.id } } });
    expect((await rest(path, { address: freshAddress() })).status).toBe(404);
  });

  it("keeps working for a member who still has access", async () => {
    const fx = await team();
    const list = await callerAt(freshAddress(), fx.people.OWNER).lists.create({ title: "Kept", teamSlug: fx.slug, visibility: "TEAM" });
    const { url } = await callerAt(freshAddress(), fx.people.OWNER).lists.regenerateLiveBib({ listId: list.id });
    await db().membership.delete({ where: { teamId_userId: { teamId: fx.id, userId: fx.people.VIEWER.id } } });
    expect((await rest(new URL(url).pathname.replace(/^\/api\/v1/, "") + new URL(url).search, { address: freshAddress() })).status).toBe(200);
  });
});
