import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../lib/services.ts";
import { handleRestRequest } from "../rest/handler.ts";
import { expectDocumented } from "../../test/openapi-check.ts";
import { as, person, team, type Person, type TeamFixture } from "../../test/fixtures.ts";
import { rangeOf, TEXT, textPaper } from "../../test/annotation-fixtures.ts";

// Export (Markdown, W3C JSON-LD) → import round trip with re-anchoring, and REST v1 with tokens.

let fx: TeamFixture;
let ada: Person;
let paperId: string;

beforeAll(async () => {
  fx = await team();
  ada = await person("ada");
  paperId = (await textPaper()).id;
});

describe("export and import", () => {
  it("round-trips a paper's threads through W3C JSON-LD onto a changed text, one outcome per item", async () => {
    const root = await as(ada).annotations.create({ paperId, target: rangeOf("the Transformer"), body: "Key *idea*", color: "blue", visibility: "PUBLIC" });
    const gone = await as(ada).annotations.create({ paperId, target: rangeOf("two machine translation tasks"), body: "Evaluation", visibility: "PUBLIC" });
    await as(fx.people.MEMBER).annotations.reply({ id: root.id, body: "Indeed" });
    const md = await as(null).annotations.export({ paperId, format: "markdown" });
    expect(md.contentType).toMatch(/^text\/markdown/);
    expect(md.body).toContain("> the Transformer");
    expect(md.body).toContain("Key *idea*");
    expect(md.body).toContain("  Indeed");

    const exported = await as(null).annotations.export({ paperId, format: "jsonld" });
    const doc = JSON.parse(exported.body);
    expect(doc).toMatchObject({ "@context": "http://www.w3.org/ns/anno.jsonld", type: "AnnotationCollection", total: 3 });

    // A new version: text inserted before the passage, and the evaluation sentence rewritten away.
    const changed = `Preface added in v2.\n\n${TEXT.replace("Experiments on two machine translation tasks show", "Results show")}`;
    const target = (await textPaper(changed)).id;
    const result = await as(fx.people.ADMIN).annotations.import({ paperId: target, json: exported.body, visibility: "PRIVATE" });
    expect(result.created).toBe(3);
    const byBody = new Map((await as(fx.people.ADMIN).annotations.list({ paperId: target })).threads.map((t) => [t.body, t]));
    const moved = byBody.get("Key *idea*")!;
    expect(moved).toMatchObject({
      quote: "the Transformer",
      start: changed.indexOf("the Transformer"),
      anchorStatus: "ANCHORED",
      color: "blue",
      visibility: "PRIVATE",
      author: { id: fx.people.ADMIN.id },
    });
    expect(moved.replies.map((r) => r.body)).toEqual(["Indeed"]);
    expect(byBody.get("Evaluation")).toMatchObject({ anchorStatus: "ORPHANED", start: null, quote: "two machine translation tasks" });
    expect(result.outcomes.find((o) => o.status === "ORPHANED")).toBeDefined();
    expect((await as(fx.people.ADMIN).annotations.needsAttention({})).items.map((i) => i.body)).toContain("Evaluation");
    expect(gone.id).not.toBe(byBody.get("Evaluation")!.id);
  });

  it("reports bad items one by one and keeps the good ones", async () => {
    const json = JSON.stringify([
      {
        type: "Annotation",
        target: { source: "x", selector: { type: "TextQuoteSelector", exact: "attention mechanisms" } },
        body: { type: "TextualBody", value: "good" },
      },
      { type: "NotAnAnnotation" },
      { type: "Annotation", motivation: "replying", target: "https://elsewhere.example/api/v1/annotations/zzz", body: "orphan reply" },
      { type: "Annotation", target: { source: "x" }, body: "page note" },
    ]);
    const result = await as(ada).annotations.import({ paperId, json, visibility: "PRIVATE" });
    expect(result.outcomes.map((o) => [o.ok, o.status ?? null])).toEqual([
      [true, "ANCHORED"],
      [false, null],
      [false, null],
      [true, "ANCHORED"], // a page note (target without selector): a thread on the whole paper
    ]);
    expect(result.outcomes[2]!.error).toMatch(/not in this import/);
  });

  it("exports a list's annotations (Markdown with a section per paper, JSON-LD)", async () => {
    const list = await as(fx.people.OWNER).lists.create({ title: "Group reading", visibility: "TEAM", teamSlug: fx.slug });
    const other = (await textPaper()).id;
    for (const p of [paperId, other]) await as(fx.people.OWNER).lists.addItem({ listId: list.id, paperId: p });
    await as(fx.people.MEMBER).annotations.create({ paperId, listId: list.id, target: rangeOf("neural networks"), body: "LIST-NOTE-1", visibility: "TEAM" });
    await as(fx.people.ADMIN).annotations.create({ paperId: other, listId: list.id, target: rangeOf("parsing"), body: "LIST-NOTE-2", visibility: "TEAM" });
    const md = (await as(fx.people.VIEWER).annotations.export({ listId: list.id, format: "markdown" })).body;
    expect(md).toMatch(/^# Group reading\n/);
    expect(md.match(/^## /gm)).toHaveLength(2);
    expect(md).toContain("LIST-NOTE-1");
    const ld = JSON.parse((await as(fx.people.VIEWER).annotations.export({ listId: list.id, format: "jsonld" })).body);
    expect(ld.total).toBe(2);
    expect((await as(fx.people.VIEWER).annotations.list({ listId: list.id })).threads.map((t) => t.body).sort()).toEqual(["LIST-NOTE-1", "LIST-NOTE-2"]);
  });
});

async function call(method: string, path: string, opts: { token?: string; body?: unknown } = {}) {
  const headers = new Headers();
  if (opts.token) headers.set("authorization", `Bearer ${opts.token}`);
  const response = await handleRestRequest(
    new Request(`http://localhost/api/v1${path}`, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) }),
  );
  await expectDocumented(method, path, response);
  const type = response.headers.get("content-type") ?? "";
  return {
    status: response.status,
    type,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- loosely typed JSON, read by assertions only
    body: (type.includes("application/json") ? await response.json() : await response.text()) as never as Record<string, any>,
  };
}

describe("REST v1", () => {
  it("creates with a W3C target, reads, replies, edits, resolves and deletes with a write token; lists only what the token's owner may see", async () => {
    const [write, read, outsiderToken] = [
      (await as(fx.people.MEMBER).tokens.create({ name: "w", scope: "WRITE" })).token,
      (await as(fx.people.VIEWER).tokens.create({ name: "r", scope: "READ" })).token,
      (await as(fx.outsider).tokens.create({ name: "o", scope: "WRITE" })).token,
    ];
    const p = (await textPaper()).id;
    const selector = [{ type: "TextQuoteSelector", exact: "simple network architecture", prefix: "We propose a new ", suffix: ", the Transformer" }];
    const created = await call("POST", "/annotations", {
      token: write,
      body: { paperId: p, target: { selector }, body: "REST note", visibility: "TEAM", teamSlug: fx.slug },
    });
    expect(created).toMatchObject({
      status: 201,
      body: { id: expect.any(String), quote: "simple network architecture", start: TEXT.indexOf("simple network architecture"), visibility: "TEAM" },
    });
    const id = created.body.id as string;
    expect((await call("POST", "/annotations", { token: read, body: { paperId: p, target: { selector }, body: "x", visibility: "PUBLIC" } })).status).toBe(403);
    expect((await call("POST", "/annotations", { body: { paperId: p, target: { selector }, body: "x", visibility: "PUBLIC" } })).status).toBe(401);

    expect(await call("GET", `/annotations/${id}`, { token: read })).toMatchObject({ status: 200, body: { id, body: "REST note", replies: [] } });
    expect(await call("GET", `/annotations/${id}`, { token: outsiderToken })).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
    expect((await call("GET", `/annotations/${id}`)).status).toBe(404);

    const reply = await call("POST", `/annotations/${id}/replies`, { token: write, body: { body: "a reply" } });
    expect(reply).toMatchObject({ status: 201, body: { rootId: id, parentId: id, body: "a reply" } });
    expect((await call("POST", `/annotations/${id}/replies`, { token: outsiderToken, body: { body: "sneaky" } })).status).toBe(404);

    expect(await call("PATCH", `/annotations/${id}`, { token: write, body: { body: "edited", color: "pink" } })).toMatchObject({
      status: 200,
      body: { body: "edited", color: "pink" },
    });
    expect(await call("PATCH", `/annotations/${id}`, { token: write, body: { resolved: true } })).toMatchObject({ status: 200, body: { resolved: true } });
    expect((await call("PATCH", `/annotations/${id}`, { token: outsiderToken, body: { body: "x" } })).status).toBe(404);

    const listed = await call("GET", `/papers/${p}/annotations`, { token: read });
    expect(listed.body.threads.map((t: { id: string }) => t.id)).toEqual([id]);
    expect((await call("GET", `/papers/${p}/annotations`, { token: outsiderToken })).body.threads).toEqual([]);
    expect((await call("GET", `/papers/${p}/annotations`)).body.threads).toEqual([]);
    const ld = await call("GET", `/papers/${p}/annotations.jsonld`, { token: read });
    expect(ld.type).toBe("application/ld+json");
    expect(JSON.parse(ld.body as never).total).toBe(2);
    const md = await call("GET", `/papers/${p}/annotations?format=markdown`, { token: outsiderToken });
    expect(md.body).not.toContain("edited");

    expect(await call("DELETE", `/annotations/${id}`, { token: write })).toMatchObject({ status: 200, body: { id, deleted: true } });
    expect(await call("GET", `/annotations/${id}`, { token: read })).toMatchObject({ status: 200, body: { deleted: true, body: "[deleted]", replyCount: 1 } });
  });

  it("documents the annotation operations in the OpenAPI document", async () => {
    const { body } = await call("GET", "/openapi.json");
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(["/papers/{id}/annotations", "/annotations", "/annotations/{id}", "/annotations/{id}/replies", "/papers/{id}/annotations.jsonld"]),
    );
    expect(Object.keys(body.paths["/annotations/{id}"])).toEqual(expect.arrayContaining(["get", "patch", "delete"]));
  });
});

it("keeps imported rows in the importer's scope", async () => {
  expect(await db().annotation.count({ where: { paperId, authorId: ada.id, visibility: "PRIVATE" } })).toBeGreaterThan(0);
});
