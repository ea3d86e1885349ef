import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { restRoutes } from "../packages/api/src/rest/handler.ts";
import { openApiDocument } from "../packages/api/src/rest/openapi.ts";

// The REST API's OpenAPI document, as /api/v1/openapi.json serves it, checked by an independent tool:
// Redocly CLI's recommended rules, with no error and no warning allowed.

const dir = mkdtempSync(path.join(tmpdir(), "openapi-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const document = openApiDocument(restRoutes, "https://commonplace.example.org", "1.0.0");

function redoclyLint(doc: unknown) {
  const file = path.join(dir, "openapi.json");
  writeFileSync(file, JSON.stringify(doc, null, 2));
  const require = createRequire(import.meta.url);
  const cli = path.join(path.dirname(require.resolve("@redocly/cli/package.json")), "bin/cli.js");
  const run = spawnSync(process.execPath, [cli, "lint", file, "--format=json"], {
    encoding: "utf8",
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    timeout: 120_000,
  });
  const report = JSON.parse(run.stdout) as {
    totals: { errors: number; warnings: number };
    problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
  };
  return { ...report.totals, problems: report.problems.map((p) => `${p.severity} ${p.ruleId} ${p.location[0]?.pointer}: ${p.message}`) };
}

describe("OpenAPI document", () => {
  it("passes Redocly's recommended rules with no errors and no warnings", () => {
    const result = redoclyLint(document);
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ errors: 0, warnings: 0 });
  }, 120_000);

  it("the lint does fail a document with a rule broken (an operation without security)", () => {
    const broken = structuredClone(document) as { paths: Record<string, Record<string, { security?: unknown }>> };
    delete broken.paths["/papers/search"]!.get!.security;
    expect(redoclyLint(broken).errors).toBe(1);
  }, 120_000);

  const operations = Object.entries(document.paths).flatMap(([p, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ key: `${method.toUpperCase()} ${p}`, op: op as Record<string, unknown> })),
  );

  it("gives every operation a unique operationId, and public reads an optional token ({} or bearer)", () => {
    const ids = operations.map((o) => o.op["operationId"]);
    expect(new Set(ids).size).toBe(operations.length);
    const search = operations.find((o) => o.key === "GET /papers/search")!.op;
    expect(search["security"]).toEqual([{}, { bearer: [] }]);
    expect(operations.find((o) => o.key === "POST /lists")!.op["security"]).toEqual([{ bearer: [] }]);
  });

  it("documents the media types exports really send, with schemas for the JSON ones", () => {
    const content = (key: string) =>
      (operations.find((o) => o.key === key)!.op["responses"] as Record<string, { content: Record<string, { schema: { type?: string } }> }>)["200"]!.content;
    expect(content("GET /papers/{id}/annotations.jsonld")["application/ld+json"]!.schema).toMatchObject({
      type: "object",
      required: expect.arrayContaining(["@context"]),
    });
    expect(Object.keys(content("GET /papers/{id}/annotations"))).toEqual(["application/json", "application/ld+json", "text/markdown"]);
    expect(content("GET /lists/{id}/export")["application/vnd.citationstyles.csl+json"]!.schema).toMatchObject({ type: "array" });
    expect(Object.keys(content("GET /lists/{id}/export"))).toEqual(expect.arrayContaining(["text/plain", "text/html", "application/x-bibtex"]));
  });

  it("documents the invite's 410 and 429 with Retry-After where requests are limited", () => {
    const responses = (key: string) => operations.find((o) => o.key === key)!.op["responses"] as Record<string, { headers?: Record<string, unknown> }>;
    expect(responses("POST /invites/{token}/accept")).toHaveProperty("410");
    expect(responses("GET /papers/search")["429"]!.headers).toHaveProperty("Retry-After");
  });
});
