import { describe, expect, it } from "vitest";
import { db } from "./lib/services.ts";
import { seedDemo, DEMO_PASSWORD, DEMO_USERS } from "./seed.ts";
import { verifyCredentials } from "./auth/credentials.ts";

describe("demo seed", () => {
  it("is idempotent and its printed credentials sign in", async () => {
    const first = await seedDemo(db());
    const counts = async () => [await db().user.count(), await db().team.count(), await db().membership.count()];
    const before = await counts();
    const second = await seedDemo(db());
    expect(second).toEqual(first);
    expect(await counts()).toEqual(before);
    const user = await verifyCredentials(db(), { email: DEMO_USERS[0].email, password: DEMO_PASSWORD, ip: "seed-test" });
    expect(user.handle).toBe("ada");
    const roles = await db().membership.findMany({ where: { team: { slug: first.team } }, select: { role: true } });
    expect(roles.map((r) => r.role).sort()).toEqual(["MEMBER", "OWNER"]);
    // The first demo person administers the site (sees every import run); the second does not.
    const admins = await db().user.findMany({
      where: { email: { in: DEMO_USERS.map((u) => u.email) } },
      select: { handle: true, isAdmin: true },
      orderBy: { handle: "asc" },
    });
    expect(admins).toEqual([
      { handle: "ada", isAdmin: true },
      { handle: "alan", isAdmin: false },
    ]);
  });
});
