import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { appRouter } from "../../src/root.ts";
import { OPEN_PROCEDURES, WEB_ROUTES } from "../../src/policy/access.ts";
import { PERMISSIONS } from "../../src/policy/permissions.ts";
import { SITE_PERMISSIONS } from "../../src/policy/site.ts";
import { restRoutes } from "../../src/rest/handler.ts";
import { as, person } from "../fixtures.ts";

// Issue 13.8: every tRPC procedure, REST v1 route and web route handler declares who may call it, and the
// declaration holds. A procedure on a scoped rung carries its action (policy/procedures.ts); any other must be
// listed in policy/access.ts. A new procedure or route without a declaration fails here, by name.

type Procedure = { _def: { type: "query" | "mutation" | "subscription"; meta?: { permission?: string } } };
const procedures = Object.entries((appRouter as unknown as { _def: { procedures: Record<string, Procedure> } })._def.procedures);
const known = new Set<string>([...Object.keys(PERMISSIONS), ...Object.keys(SITE_PERMISSIONS)]);

function call(caller: unknown, pathName: string, input: unknown): Promise<unknown> {
  const fn = pathName.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], caller) as (i: unknown) => unknown;
  return Promise.resolve().then(() => fn(input));
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    const result = await p;
    // A subscription answers with a stream; its refusal comes when it is read.
    if (result && typeof (result as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function") {
      const it = (result as AsyncIterable<unknown>)[Symbol.asyncIterator]();
      const first = await Promise.race([it.next(), new Promise((r) => setTimeout(() => r("open"), 300))]);
      await it.return?.();
      return first === "open" ? "OK" : "OK";
    }
    return "OK";
  } catch (error) {
    return error instanceof TRPCError ? error.code : String(error);
  }
}

describe("every tRPC procedure declares a permission", () => {
  it("is on a scoped rung with a known action, or listed in policy/access.ts — never both, never neither", () => {
    const undeclared = procedures.filter(([name, p]) => !p._def.meta?.permission && !(name in OPEN_PROCEDURES)).map(([n]) => n);
    expect(undeclared, "add these to OPEN_PROCEDURES in policy/access.ts, or put them on a scoped rung").toEqual([]);
    const unknownActions = procedures.filter(([, p]) => p._def.meta?.permission && !known.has(p._def.meta.permission)).map(([n]) => n);
    expect(unknownActions).toEqual([]);
    const twice = procedures.filter(([name, p]) => p._def.meta?.permission && name in OPEN_PROCEDURES).map(([n]) => n);
    expect(twice).toEqual([]);
    const stale = Object.keys(OPEN_PROCEDURES).filter((name) => !procedures.some(([n]) => n === name));
    expect(stale, "entries in OPEN_PROCEDURES for procedures that no longer exist").toEqual([]);
  });

  it("holds for a signed-out caller: signed-in and scoped procedures refuse, with UNAUTHORIZED or as if nothing were there", async () => {
    const anonymous = as(null);
    const wrong: string[] = [];
    for (const [name, p] of procedures) {
      const declared = p._def.meta?.permission ?? OPEN_PROCEDURES[name]!;
      if (declared.startsWith("public")) continue;
      const code = await codeOf(call(anonymous, name, { listId: "no-such-list", teamSlug: "no-such-team", id: "x", paperId: "x" }));
      if (!["UNAUTHORIZED", "NOT_FOUND"].includes(code)) wrong.push(`${name} (${declared}): ${code}`);
    }
    expect(wrong).toEqual([]);
  });

  it("site actions refuse a signed-in person who is not a site administrator", async () => {
    const someone = as(await person("not-admin"));
    const site = procedures.filter(([, p]) => p._def.meta?.permission && p._def.meta.permission in SITE_PERMISSIONS);
    expect(site.length).toBeGreaterThan(0);
    for (const [name] of site) expect(`${name}: ${await codeOf(call(someone, name, { id: "x", paperId: "x", changeId: "x" }))}`).toBe(`${name}: FORBIDDEN`);
  });
});

describe("every REST route and route handler declares who may call it", () => {
  it("REST v1 routes state `auth` explicitly", () => {
    const silent = restRoutes.filter((r) => r.auth === undefined).map((r) => `${r.method} ${r.path}`);
    expect(silent, 'state auth: "public" | "read" | "write" on these routes').toEqual([]);
  });

  it("every route.ts under apps/web/src/app is listed in policy/access.ts WEB_ROUTES, and every entry exists", () => {
    const app = path.resolve(import.meta.dirname, "../../../../apps/web/src/app");
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (name === "route.ts" || name === "route.tsx") found.push(path.relative(app, dir).split(path.sep).join("/"));
      }
    };
    walk(app);
    expect(found.length).toBeGreaterThan(5);
    expect(
      found.filter((r) => !(r in WEB_ROUTES)),
      "add these to WEB_ROUTES in policy/access.ts",
    ).toEqual([]);
    expect(Object.keys(WEB_ROUTES).filter((r) => !found.includes(r))).toEqual([]);
  });
});
