import { beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../root.ts";
import { createCallerFactory, createTRPCContext } from "../trpc.ts";
import { db } from "../lib/services.ts";
import { verifyCredentials, INVALID_CREDENTIALS } from "./credentials.ts";
import { createResetLink } from "./password-reset.ts";
import { THROTTLE } from "./throttle.ts";

const createCaller = createCallerFactory(appRouter);
const anonymous = () => createCaller(createTRPCContext({ headers: new Headers(), session: null }));
const noSleep = async () => {};
const unique = () => Math.random().toString(36).slice(2, 8);

async function signUp(overrides: Partial<{ email: string; handle: string; password: string; name: string }> = {}) {
  const id = unique();
  const input = { email: `ada-${id}@example.org`, handle: `ada-${id}`, password: "correct horse battery", name: "Ada Lovelace", ...overrides };
  await anonymous().auth.signUp(input);
  return input;
}

describe("accounts", () => {
  beforeAll(async () => {
    await db().$queryRaw`SELECT 1`;
  });

  it("signs up, then signs in with the same password (argon2id hash stored, never the password)", async () => {
    const input = await signUp();
    const user = await verifyCredentials(db(), { email: input.email.toUpperCase(), password: input.password, ip: "10.0.0.1" }, noSleep);
    expect(user.handle).toBe(input.handle);
    const stored = await db().user.findUniqueOrThrow({ where: { email: input.email } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("refuses a taken handle with a message naming it (a taken email is not revealed: security/accounts)", async () => {
    const input = await signUp();
    await expect(anonymous().auth.signUp({ ...input, email: `x-${unique()}@example.org` })).rejects.toThrow(/handle is taken/);
  });

  it("rejects invalid input at the boundary and stores nothing", async () => {
    const before = await db().user.count();
    await expect(anonymous().auth.signUp({ email: "nope", password: "short", handle: "Bad Handle", name: "" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db().user.count()).toBe(before);
  });

  it("gives the same answer for an unknown email and a wrong password", async () => {
    const input = await signUp();
    await expect(verifyCredentials(db(), { email: input.email, password: "wrong password!", ip: "10.0.0.2" }, noSleep)).rejects.toThrow(INVALID_CREDENTIALS);
    await expect(verifyCredentials(db(), { email: `nobody-${unique()}@example.org`, password: "whatever12345", ip: "10.0.0.2" }, noSleep)).rejects.toThrow(
      INVALID_CREDENTIALS,
    );
  });

  it("slows, then refuses an account from the failing address, even with the right password", async () => {
    const input = await signUp();
    const delays: number[] = [];
    const sleep = async (ms: number) => void delays.push(ms);
    for (let i = 0; i < THROTTLE.accountAddress.points; i++) {
      await expect(verifyCredentials(db(), { email: input.email, password: "wrong password!", ip: "10.0.0.3" }, sleep)).rejects.toThrow(INVALID_CREDENTIALS);
    }
    expect(delays.length).toBeGreaterThan(0);
    await expect(verifyCredentials(db(), { email: input.email, password: input.password, ip: "10.0.0.3" }, sleep)).rejects.toThrow(
      /Too many failed sign-in attempts/,
    );
  });

  it("resets a password with a single-use link, which also lifts the lock", async () => {
    const input = await signUp();
    for (let i = 0; i < THROTTLE.accountAddress.points + 1; i++) {
      await verifyCredentials(db(), { email: input.email, password: "wrong password!", ip: "10.0.0.4" }, noSleep).catch(() => {});
    }
    const link = await createResetLink(db(), input.email, "http://localhost:3000");
    const token = new URL(link!.url).searchParams.get("token")!;
    await anonymous().auth.resetPassword({ token, password: "a brand new passphrase" });
    await expect(anonymous().auth.resetPassword({ token, password: "another passphrase!" })).rejects.toThrow(/invalid or has expired/);
    const user = await verifyCredentials(db(), { email: input.email, password: "a brand new passphrase", ip: "10.0.0.4" }, noSleep);
    expect(user.email).toBe(input.email);
  });

  it("answers a reset request the same way for unknown emails", async () => {
    await expect(anonymous().auth.requestPasswordReset({ email: `nobody-${unique()}@example.org` })).resolves.toEqual({ ok: true });
  });

  it("protected procedures reject anonymous callers", async () => {
    await expect(anonymous().auth.session()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const signedIn = createCaller(createTRPCContext({ headers: new Headers(), session: { user: { id: "u1" } } }));
    await expect(signedIn.auth.session()).resolves.toEqual({ userId: "u1" });
  });
});
