import { beforeAll, describe, expect, it } from "vitest";
import { searchableIndex } from "./search-index.ts";
import { REQUEST_LIMITS, withSlots, CONCURRENCY_LIMITS } from "../../src/security/rate-limits.ts";
import { TRPC_MAX_BATCH } from "../../src/security/trpc-http.ts";
import { person, unique } from "../fixtures.ts";
import { callerAt, freshAddress, rest, trpcHttp } from "./http.ts";

// Issue 13: "No rate limit anywhere but sign-in: sign-up, password-reset mail, search, uploads …
// one batched GET runs 300 searches". Limits are counted in PostgreSQL (rate-limiter-flexible), answered
// 429 with Retry-After.

beforeAll(searchableIndex);

const LONG = "how do transformers use attention to model long range dependencies between words in a sentence";

describe("request limits", () => {
  it("anonymous search: 429 with Retry-After once an address has spent its budget (REST)", async () => {
    const address = freshAddress();
    for (let i = 0; i < REQUEST_LIMITS.searchAnonymous.points; i++) expect((await rest("/papers/search?q=x", { address })).status).toBe(200);
    const refused = await rest("/papers/search?q=x", { address });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: { code: "rate_limited", message: expect.stringMatching(/Too many searches/) } });
    // Another address is not affected; a signed-in caller from the same address has their own, larger budget.
    expect((await rest("/papers/search?q=x", { address: freshAddress() })).status).toBe(200);
    await expect(callerAt(address, await person("reader")).papers.search({ q: "x" })).resolves.toBeTruthy();
  });

  it("the 429 reaches tRPC over HTTP with Retry-After", async () => {
    const address = freshAddress();
    for (let i = 0; i < REQUEST_LIMITS.searchAnonymous.points; i++) await callerAt(address).papers.search({ q: "y" });
    const response = await trpcHttp(`papers.search?input=${encodeURIComponent(JSON.stringify({ json: { q: "y" } }))}`, { address });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("sign-up is limited per address", async () => {
    const address = freshAddress();
    const signUp = () => {
      const id = unique();
      return callerAt(address).auth.signUp({ email: `s-${id}@example.org`, handle: `s-${id}`, name: "Sam", password: "an unguessable passphrase" });
    };
    for (let i = 0; i < REQUEST_LIMITS.signUp.points; i++) await signUp();
    await expect(signUp()).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
  });

  it("password-reset mail is limited per address and per email", async () => {
    const email = `r-${unique()}@example.org`;
    for (let i = 0; i < REQUEST_LIMITS.resetMailByEmail.points; i++) await callerAt(freshAddress()).auth.requestPasswordReset({ email });
    await expect(callerAt(freshAddress()).auth.requestPasswordReset({ email })).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
  });

  it("imports are limited per account", async () => {
    const me = await person("importer");
    const caller = callerAt(freshAddress(), me);
    for (let i = 0; i < REQUEST_LIMITS.importRuns.points; i++)
      await caller.ingest.fromText({ text: `10.1000/test-${unique()}` }).catch((e: { code?: string }) => expect(e.code).not.toBe("TOO_MANY_REQUESTS"));
    await expect(caller.ingest.fromText({ text: `10.1000/test-${unique()}` })).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
  });

  it("one batched tRPC request carries at most TRPC_MAX_BATCH calls", async () => {
    const calls = Array.from({ length: TRPC_MAX_BATCH + 1 }, () => "papers.search").join(",");
    const input = Object.fromEntries(Array.from({ length: TRPC_MAX_BATCH + 1 }, (_, i) => [i, { json: { q: "z" } }]));
    const response = await trpcHttp(`${calls}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`, { address: freshAddress() });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toMatch(/Batch call exceeds maximum size/);
  });
});

/** Takes every slot of `name` for `key` and resolves once all are held (not after a guessed delay). */
async function holdSlots(name: keyof typeof CONCURRENCY_LIMITS, key: string) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const entered: Promise<void>[] = [];
  const held = Array.from({ length: CONCURRENCY_LIMITS[name].points }, () => {
    let enter!: () => void;
    entered.push(new Promise<void>((resolve) => (enter = resolve)));
    return withSlots([{ name, key }], "busy", () => (enter(), gate));
  });
  await Promise.all(entered);
  return { release, held: Promise.all(held) };
}

describe("long searches", () => {
  it("hold a slot each: a caller with its slots taken gets 429, and the slot is free again afterwards", async () => {
    const address = freshAddress();
    const { release, held } = await holdSlots("longSearchPerCaller", `a:${address}`);
    await expect(callerAt(address).papers.search({ q: LONG })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringMatching(/long searches/),
    });
    // Short searches are not held back by long ones.
    await expect(callerAt(address).papers.search({ q: "attention" })).resolves.toBeTruthy();
    release();
    await held;
    await expect(callerAt(address).papers.search({ q: LONG })).resolves.toMatchObject({ strategy: expect.any(String) });
  });

  it("anonymous long searches share a cap across addresses", async () => {
    const { release, held } = await holdSlots("longSearchAnonymousTotal", "all");
    await expect(callerAt(freshAddress()).papers.search({ q: LONG })).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    await expect(callerAt(freshAddress(), await person("member")).papers.search({ q: LONG })).resolves.toBeTruthy();
    release();
    await held;
  });
});
