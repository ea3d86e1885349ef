import { beforeAll, describe, expect, it } from "vitest";
import { parseBibtex } from "@commonplace/formats";
import { db } from "../lib/services.ts";
import { handleRestRequest } from "./handler.ts";
import { expectDocumented } from "../../test/openapi-check.ts";
import { as, paper, person, unique, type Person } from "../../test/fixtures.ts";

// REST v1 for teams, invitations and lists, with personal access tokens.

async function call(method: string, path: string, opts: { token?: string; body?: unknown; session?: Person } = {}) {
  const headers = new Headers();
  if (opts.token) headers.set("authorization", `Bearer ${opts.token}`);
  if (opts.body !== undefined) headers.set("content-type", "application/json");
  const response = await handleRestRequest(
    new Request(`http://localhost/api/v1${path}`, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) }),
    opts.session ? { user: { id: opts.session.id } } : null,
  );
  await expectDocumented(method, path, response);
  const type = response.headers.get("content-type") ?? "";
  const body =
    type.includes("json") && !type.includes("csl")
      ? ((await response.json()) as Record<string, unknown> & { error?: { code: string; message: string } })
      : await response.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test answers are inspected loosely
  return { status: response.status, type, disposition: response.headers.get("content-disposition"), body: body as never as Record<string, any> };
}

const tokenFor = async (p: Person, scope: "READ" | "WRITE" = "WRITE") => (await as(p).tokens.create({ name: `test ${scope}`, scope })).token;

let ada: Person, bob: Person, eve: Person;
let adaWrite: string, adaRead: string, bobWrite: string, eveWrite: string;
const paperIds: string[] = [];

beforeAll(async () => {
  [ada, bob, eve] = [await person("ada"), await person("bob"), await person("eve")];
  [adaWrite, adaRead, bobWrite, eveWrite] = [await tokenFor(ada), await tokenFor(ada, "READ"), await tokenFor(bob), await tokenFor(eve)];
  paperIds.push(
    (await paper("Attention Is All You Need", { year: 2017, authors: ["Ashish Vaswani"] })).id,
    (await paper("Deep Residual Learning", { year: 2015, authors: ["Kaiming He"] })).id,
  );
});

describe("personal access tokens", () => {
  it("are shown once, stored hashed with a visible prefix, listed and revocable; a revoked token is a 401", async () => {
    const created = await as(ada).tokens.create({ name: "laptop", scope: "READ" });
    expect(created.token).toMatch(/^cp_/);
    expect(created.token.startsWith(created.prefix)).toBe(true);
    const row = await db().apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).not.toContain(created.token);
    expect(await as(ada).tokens.list()).toContainEqual(expect.objectContaining({ id: created.id, prefix: created.prefix, scope: "READ" }));
    expect((await as(ada).tokens.list()).some((t) => "token" in t)).toBe(false);
    expect((await call("GET", "/lists", { token: created.token })).status).toBe(200);
    expect((await db().apiToken.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt).toBeInstanceOf(Date);
    await expect(as(bob).tokens.revoke({ id: created.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await as(ada).tokens.revoke({ id: created.id });
    expect(await call("GET", "/lists", { token: created.token })).toMatchObject({ status: 401, body: { error: { code: "invalid_token" } } });
  });

  it("401 without a token where one is needed, or with a bad one anywhere; 403 for writes with a read token", async () => {
    expect(await call("GET", "/lists")).toMatchObject({ status: 401, body: { error: { code: "unauthorized" } } });
    expect((await call("POST", "/teams", { body: { name: "X", slug: `x-${unique()}` } })).status).toBe(401);
    expect((await call("GET", `/teams/anything`)).status).toBe(401);
    expect(await call("GET", `/papers/${paperIds[0]}`, { token: "cp_nope" })).toMatchObject({ status: 401, body: { error: { code: "invalid_token" } } });
    expect(await call("POST", "/lists", { token: adaRead, body: { title: "x", visibility: "PRIVATE" } })).toMatchObject({
      status: 403,
      body: { error: { code: "insufficient_scope" } },
    });
    // The web session counts for reads, never for writes.
    expect((await call("GET", "/lists", { session: ada })).status).toBe(200);
    expect((await call("POST", "/lists", { session: ada, body: { title: "x", visibility: "PRIVATE" } })).status).toBe(401);
  });
});

describe("REST v1: teams and invitations", () => {
  it("creates a team, shows it to members only, invites by link; the invitee joins with their token", async () => {
    const slug = `rest-${unique()}`;
    const created = await call("POST", "/teams", { token: adaWrite, body: { name: "REST Lab", slug } });
    expect(created).toMatchObject({ status: 201, body: { slug, name: "REST Lab", myRole: "OWNER" } });
    expect(await call("POST", "/teams", { token: bobWrite, body: { name: "Dup", slug } })).toMatchObject({
      status: 409,
      body: { error: { code: "conflict" } },
    });
    expect(await call("POST", "/teams", { token: bobWrite, body: { name: "Bad", slug: "Bad Slug!" } })).toMatchObject({
      status: 400,
      body: { error: { code: "invalid_input" } },
    });

    const team = await call("GET", `/teams/${slug}`, { token: adaRead });
    expect(team).toMatchObject({ status: 200, body: { slug, members: [{ role: "OWNER", user: { id: ada.id } }] } });
    expect(await call("GET", `/teams/${slug}`, { token: eveWrite })).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });

    const invite = await call("POST", `/teams/${slug}/invites`, { token: adaWrite, body: { role: "VIEWER", expiresInDays: 2, maxUses: 1 } });
    expect(invite).toMatchObject({ status: 201, body: { token: expect.any(String), url: expect.stringContaining("/invite/"), role: "VIEWER" } });
    expect((await call("POST", `/teams/${slug}/invites`, { token: eveWrite, body: { role: "MEMBER" } })).status).toBe(404);
    expect((await call("POST", `/invites/${invite.body.token}/accept`)).status).toBe(401);
    expect(await call("POST", `/invites/${invite.body.token}/accept`, { token: bobWrite })).toMatchObject({
      status: 200,
      body: { role: "VIEWER", alreadyMember: false, team: { slug } },
    });
    expect(await call("POST", `/invites/${invite.body.token}/accept`, { token: eveWrite })).toMatchObject({
      status: 410,
      body: { error: { code: "invite_used_up" } },
    });
    expect(await call("POST", `/invites/${"n".repeat(30)}/accept`, { token: eveWrite })).toMatchObject({ status: 404 });
    // Bob is a VIEWER: he sees the team but cannot invite.
    expect((await call("GET", `/teams/${slug}`, { token: bobWrite })).body.myRole).toBe("VIEWER");
    expect(await call("POST", `/teams/${slug}/invites`, { token: bobWrite, body: { role: "VIEWER" } })).toMatchObject({
      status: 403,
      body: { error: { code: "forbidden" } },
    });
  });
});

describe("REST v1: lists", () => {
  it("creates, reads, edits a list; adds and removes items; 404 for those who may not see it; 403 for a VIEWER", async () => {
    const slug = `rl-${unique()}`;
    await as(ada).teams.create({ name: "Lists Lab", slug });
    const { token } = await as(ada).teams.createInvite({ teamSlug: slug, role: "VIEWER" });
    await as(bob).teams.acceptInvite({ token });

    const created = await call("POST", "/lists", {
      token: adaWrite,
      body: { title: "Team reading", description: "*weekly*", visibility: "TEAM", teamSlug: slug },
    });
    expect(created).toMatchObject({ status: 201, body: { id: expect.any(String), title: "Team reading", visibility: "TEAM", team: { slug } } });
    const id = created.body.id as string;
    expect((await call("POST", "/lists", { token: eveWrite, body: { title: "x", visibility: "TEAM", teamSlug: slug } })).status).toBe(404);

    const added = await call("POST", `/lists/${id}/items`, { token: adaWrite, body: { paperId: paperIds[0], note: "start here" } });
    expect(added).toMatchObject({ status: 201, body: { created: true, paperId: paperIds[0], note: "start here" } });
    expect((await call("POST", `/lists/${id}/items`, { token: adaWrite, body: { paperId: paperIds[0] } })).body).toMatchObject({
      created: false,
      id: added.body.id,
    });
    await call("POST", `/lists/${id}/items`, { token: adaWrite, body: { paperId: paperIds[1] } });
    expect((await call("POST", `/lists/${id}/items`, { token: adaWrite, body: { paperId: "no-such-paper" } })).status).toBe(404);

    const read = await call("GET", `/lists/${id}`, { token: bobWrite });
    expect(read).toMatchObject({ status: 200, body: { id, counts: { total: 2 }, myRole: "VIEWER" } });
    expect(read.body.items.map((i: { paperId: string }) => i.paperId)).toEqual(paperIds);
    expect(await call("GET", `/lists/${id}`, { token: eveWrite })).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
    expect((await call("GET", `/lists/${id}`)).status).toBe(404);
    expect(await call("POST", `/lists/${id}/items`, { token: bobWrite, body: { paperId: paperIds[1] } })).toMatchObject({
      status: 403,
      body: { error: { code: "forbidden" } },
    });
    expect((await call("PATCH", `/lists/${id}`, { token: bobWrite, body: { title: "Mine now" } })).status).toBe(403);
    expect((await call("GET", "/lists", { token: bobWrite })).body.lists.map((l: { id: string }) => l.id)).toContain(id);
    expect((await call("GET", "/lists", { token: eveWrite })).body.lists.map((l: { id: string }) => l.id)).not.toContain(id);

    const patched = await call("PATCH", `/lists/${id}`, { token: adaWrite, body: { title: "Public reading", visibility: "PUBLIC" } });
    expect(patched).toMatchObject({ status: 200, body: { title: "Public reading", visibility: "PUBLIC", version: 1 } });
    expect(await call("PATCH", `/lists/${id}`, { token: adaWrite, body: { title: "Stale", expectedVersion: 0 } })).toMatchObject({
      status: 409,
      body: { error: { code: "conflict", message: expect.stringMatching(/reload/) } },
    });
    expect((await call("GET", `/lists/${id}`)).status).toBe(200);
    expect((await call("POST", `/lists/${id}/items`, { token: eveWrite, body: { paperId: paperIds[1] } })).status).toBe(403);

    expect((await call("DELETE", `/lists/${id}/items/${added.body.id}`, { token: bobWrite })).status).toBe(403);
    expect(await call("DELETE", `/lists/${id}/items/${added.body.id}`, { token: adaWrite })).toMatchObject({ status: 200, body: { ok: true } });
    expect((await call("DELETE", `/lists/${id}/items/${added.body.id}`, { token: adaWrite })).status).toBe(404);
    expect((await call("GET", `/lists/${id}`)).body.counts.total).toBe(1);
  });

  it("exports in four formats with their content types; BibTeX parses back into the same papers", async () => {
    const list = await as(ada).lists.create({ title: "Export me", visibility: "UNLISTED" });
    for (const paperId of paperIds) await as(ada).lists.addItem({ listId: list.id, paperId });
    const shareToken = new URL(list.shareUrl!).searchParams.get("share")!;
    expect((await call("GET", `/lists/${list.id}/export?format=bibtex`)).status).toBe(404);
    const bib = await call("GET", `/lists/${list.id}/export?format=bibtex&shareToken=${shareToken}`);
    expect(bib.status).toBe(200);
    expect(bib.type).toMatch(/^application\/x-bibtex/);
    expect(bib.disposition).toContain("export-me.bib");
    expect(parseBibtex(bib.body as unknown as string).map((o) => (o.ok ? o.paper.title : o.error))).toEqual([
      "Attention Is All You Need",
      "Deep Residual Learning",
    ]);
    const types = { ris: /x-research-info-systems/, "csl-json": /csl\+json/, markdown: /^text\/markdown/ };
    for (const [format, type] of Object.entries(types)) {
      const out = await call("GET", `/lists/${list.id}/export?format=${format}`, { token: adaRead });
      expect(out.status).toBe(200);
      expect(out.type).toMatch(type);
      expect(String(out.body)).toContain("Attention Is All You Need");
    }
    expect((await call("GET", `/lists/${list.id}/export?format=docx`, { token: adaRead })).status).toBe(400);
  });

  it("serves a live .bib with its secret token and no session; regenerating or revoking it cuts the old URL", async () => {
    const list = await as(ada).lists.create({ title: "Thesis refs", visibility: "PRIVATE" });
    await as(ada).lists.addItem({ listId: list.id, paperId: paperIds[1]! });
    expect((await as(ada).lists.liveBib({ listId: list.id })).url).toBeNull();
    const { url } = await as(ada).lists.regenerateLiveBib({ listId: list.id });
    const path = new URL(url).pathname.replace("/api/v1", "") + new URL(url).search;
    const live = await call("GET", path);
    expect(live.status).toBe(200);
    const titlesOf = (text: unknown) => parseBibtex(String(text)).map((o) => (o.ok ? o.paper.title : o.error));
    expect(titlesOf(live.body)).toEqual(["Deep Residual Learning"]);
    // New items show up: the URL is live.
    await as(ada).lists.addItem({ listId: list.id, paperId: paperIds[0]! });
    expect(titlesOf((await call("GET", path)).body)).toEqual(["Deep Residual Learning", "Attention Is All You Need"]);
    expect((await call("GET", `/lists/${list.id}/live.bib?token=wrong`)).status).toBe(404);
    const { url: next } = await as(ada).lists.regenerateLiveBib({ listId: list.id });
    expect((await call("GET", path)).status).toBe(404);
    const nextPath = new URL(next).pathname.replace("/api/v1", "") + new URL(next).search;
    expect((await call("GET", nextPath)).status).toBe(200);
    await as(ada).lists.revokeLiveBib({ listId: list.id });
    expect((await call("GET", nextPath)).status).toBe(404);
  });

  it("lists every operation in the OpenAPI document", async () => {
    const { body } = await call("GET", "/openapi.json");
    const paths = body.paths as Record<string, Record<string, { security?: unknown; responses: Record<string, { content: Record<string, unknown> }> }>>;
    const ops = Object.entries(paths).flatMap(([p, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${p}`));
    expect(ops).toEqual(
      expect.arrayContaining([
        "POST /teams",
        "GET /teams/{slug}",
        "POST /teams/{slug}/invites",
        "POST /invites/{token}/accept",
        "GET /lists",
        "POST /lists",
        "GET /lists/{id}",
        "PATCH /lists/{id}",
        "POST /lists/{id}/items",
        "DELETE /lists/{id}/items/{itemId}",
        "GET /lists/{id}/export",
      ]),
    );
    expect(paths["/teams"]!.post!.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(paths["/lists/{id}/export"]!.get!.responses["200"]!.content)).toContain("application/x-bibtex");
  });
});
