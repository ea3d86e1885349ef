import { beforeAll, describe, expect, it } from "vitest";
import { handleRestRequest } from "./handler.ts";
import { expectDocumented } from "../../test/openapi-check.ts";
import { as, paper, person, type Person } from "../../test/fixtures.ts";

// REST v1 upvotes: POST/DELETE /papers/{id}/upvote with a WRITE personal access token.

async function call(method: string, path: string, token?: string, session?: Person) {
  const headers = new Headers();
  if (token) headers.set("authorization", `Bearer ${token}`);
  const response = await handleRestRequest(new Request(`http://localhost/api/v1${path}`, { method, headers }), session ? { user: { id: session.id } } : null);
  await expectDocumented(method, path, response);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

let ada: Person;
let write: string, read: string;
beforeAll(async () => {
  ada = await person("ada");
  write = (await as(ada).tokens.create({ name: "cli", scope: "WRITE" })).token;
  read = (await as(ada).tokens.create({ name: "reader", scope: "READ" })).token;
});

describe("REST upvotes", () => {
  it("upvotes once however often it is sent, and undoes", async () => {
    const p = await paper();
    const path = `/papers/${p.id}/upvote`;
    expect(await call("POST", path, write)).toEqual({ status: 200, body: { paperId: p.id, upvoted: true, count: 1 } });
    expect(await call("POST", path, write)).toEqual({ status: 200, body: { paperId: p.id, upvoted: true, count: 1 } });
    expect((await call("GET", `/papers/${p.id}`)).body.upvotes).toBe(1);
    expect(await call("DELETE", path, write)).toEqual({ status: 200, body: { paperId: p.id, upvoted: false, count: 0 } });
    expect(await call("DELETE", path, write)).toEqual({ status: 200, body: { paperId: p.id, upvoted: false, count: 0 } });
  });

  it("needs a WRITE token (not a READ token, not the session cookie) and a real paper", async () => {
    const p = await paper();
    expect((await call("POST", `/papers/${p.id}/upvote`)).status).toBe(401);
    expect((await call("POST", `/papers/${p.id}/upvote`, read)).status).toBe(403);
    expect((await call("POST", `/papers/${p.id}/upvote`, undefined, ada)).status).toBeGreaterThanOrEqual(401);
    expect((await call("POST", "/papers/no-such-paper/upvote", write)).status).toBe(404);
    expect((await call("GET", `/papers/${p.id}`)).body.upvotes).toBe(0);
  });

  it("is described in the OpenAPI document", async () => {
    const { body } = await call("GET", "/openapi.json");
    const op = (body.paths as Record<string, Record<string, unknown>>)["/papers/{id}/upvote"];
    expect(Object.keys(op ?? {})).toEqual(expect.arrayContaining(["post", "delete"]));
  });
});
