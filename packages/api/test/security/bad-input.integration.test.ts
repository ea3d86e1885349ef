import { beforeAll, describe, expect, it } from "vitest";
import { person, type Person } from "../fixtures.ts";
import { callerAt, freshAddress, rest, trpcHttp } from "./http.ts";
import { searchableIndex } from "./search-index.ts";

// Issue 13: "500s with internals: a NUL byte in any text field answers 500 with Prisma's text; 51 filter
// values, /api/v1/papers/%00 … answer 500 instead of 4xx." Bad input is refused at the boundary with 400
// in the one error shape { error: { code, message } }, and no answer carries driver text.

let me: Person;
beforeAll(async () => {
  me = await person("writer");
  await searchableIndex();
});

const INTERNALS = /prisma|postgres|invalid byte sequence|ECONNREFUSED|127\.0\.0\.1|at .*\.ts:\d+|\bstack\b/i;

describe("NUL bytes and broken text", () => {
  it("a NUL in a tRPC text field is a 400, and nothing is stored", async () => {
    const error = await callerAt(freshAddress(), me)
      .lists.create({ title: "Reading\u0000list" })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/NUL/) });
    expect(String((error as Error).message)).not.toMatch(INTERNALS);
  });

  it("a lone surrogate is a 400", async () => {
    await expect(callerAt(freshAddress(), me).lists.create({ title: "broken \ud800 text" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("/api/v1/papers/%00 and bytes that are not UTF-8 in the address are 400s in the one error shape", async () => {
    for (const path of ["/papers/%00", "/papers/%FF%FE", "/papers/search?q=%00", "/papers/search?q=%E0%A4"]) {
      const response = await rest(path, { address: freshAddress() });
      expect(response.status, path).toBe(400);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("invalid_text");
      expect(JSON.stringify(body)).not.toMatch(INTERNALS);
    }
  });

  it("a tRPC body that is not UTF-8 is a 400", async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{"json":{"title":"'), 0xc3, 0x28, ...new TextEncoder().encode('"}}')]);
    const response = await trpcHttp(
      "lists.create",
      { method: "POST", body: bytes, headers: { "content-type": "application/json" }, address: freshAddress() },
      me,
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "invalid_text" } });
  });
});

describe("oversized filters", () => {
  it("51 category values are a 400 on REST and tRPC, not a 500", async () => {
    const query = Array.from({ length: 51 }, (_, i) => `category=c${i}`).join("&");
    const response = await rest(`/papers/search?${query}`, { address: freshAddress() });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "invalid_input" } });
    const categories = Array.from({ length: 51 }, (_, i) => `c${i}`);
    await expect(callerAt(freshAddress()).papers.search({ q: "x", filters: { categories } })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("one error shape", () => {
  it("REST errors are { error: { code, message } } with a lower-case code", async () => {
    for (const [path, status] of [
      ["/nothing-here", 404],
      ["/papers/does-not-exist", 404],
    ] as const) {
      const response = await rest(path, { address: freshAddress() });
      expect(response.status).toBe(status);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(Object.keys(body)).toEqual(["error"]);
      expect(body.error.code).toMatch(/^[a-z_]+$/);
      expect(typeof body.error.message).toBe("string");
    }
  });
});
