import { describe, expect, it } from "vitest";
import { db } from "../../src/lib/services.ts";
import { unique } from "../fixtures.ts";
import { callerAt, freshAddress } from "./http.ts";

// Issue 13 (smaller): "sign-up tells whether an email is registered; a password of ten spaces is accepted;
// display names accept right-to-left overrides and zero-width-only text."

const input = (overrides: Partial<{ email: string; handle: string; name: string; password: string }> = {}) => {
  const id = unique();
  return { email: `a-${id}@example.org`, handle: `a-${id}`, name: "Ada Lovelace", password: "an unguessable passphrase", ...overrides };
};

describe("sign-up", () => {
  it("answers a registered email exactly as a new one, and changes nothing about the existing account", async () => {
    const first = input();
    const fresh = await callerAt(freshAddress()).auth.signUp(first);
    const before = await db().user.findUniqueOrThrow({ where: { email: first.email } });
    const again = input({ email: first.email });
    const repeat = await callerAt(freshAddress()).auth.signUp(again);
    expect(Object.keys(repeat)).toEqual(Object.keys(fresh));
    expect(repeat).toEqual({ handle: again.handle });
    const after = await db().user.findUniqueOrThrow({ where: { email: first.email } });
    expect(after.passwordHash).toBe(before.passwordHash);
    expect(await db().user.count({ where: { handle: again.handle } })).toBe(0);
  });

  it.each([
    ["ten spaces", "          "],
    ["a common password", "password123"],
    ["a keyboard row", "qwertyuiop"],
    ["the handle itself", "HANDLE"],
  ])("refuses %s as a password", async (_label, password) => {
    const data = input();
    await expect(
      callerAt(freshAddress()).auth.signUp({ ...data, password: password === "HANDLE" ? `${data.handle}${data.handle}` : password }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("display names", () => {
  it("lose bidi overrides and isolates", async () => {
    const data = input({ name: "\u202Egnp.exe\u202C Mallory\u2066" });
    await callerAt(freshAddress()).auth.signUp(data);
    const user = await db().user.findUniqueOrThrow({ where: { email: data.email } });
    expect(user.name).toBe("gnp.exe Mallory");
  });

  it("must have something visible", async () => {
    await expect(callerAt(freshAddress()).auth.signUp(input({ name: "\u200B\u200B\u200D" }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(callerAt(freshAddress()).auth.signUp(input({ name: "\u202E\u200B" }))).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
