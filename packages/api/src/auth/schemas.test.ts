import { describe, expect, it } from "vitest";
import { handleSchema, signUpInput } from "./schemas.ts";

describe("handles", () => {
  it.each(["ada", "ada-lovelace", "a1b2c3", "x".repeat(30)])("accepts %s", (h) => {
    expect(handleSchema.safeParse(h).success).toBe(true);
  });
  it.each([
    ["ab", "3 to 30"],
    ["x".repeat(31), "3 to 30"],
    ["Ada", "lowercase"],
    ["ada_l", "lowercase"],
    ["ada l", "lowercase"],
    ["admin", "reserved"],
    ["settings", "reserved"],
  ])("refuses %s", (h, message) => {
    const result = handleSchema.safeParse(h);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(new RegExp(message));
  });
});

describe("sign-up input", () => {
  it("normalizes the email and refuses short passwords with a readable message", () => {
    const ok = signUpInput.parse({ email: "  Ada@Example.ORG ", password: "correct horse battery staple 42", handle: "ada", name: "Ada" });
    expect(ok.email).toBe("ada@example.org");
    const short = signUpInput.safeParse({ email: "a@b.co", password: "short", handle: "ada", name: "Ada" });
    expect(short.error?.issues[0]?.message).toBe("Use at least 10 characters.");
  });
  it("refuses markup in display names", () => {
    expect(signUpInput.safeParse({ email: "a@b.co", password: "correct horse battery staple 42", handle: "ada", name: "<script>" }).success).toBe(false);
  });
});
