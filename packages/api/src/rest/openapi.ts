import { z } from "zod";
import type { RestRoute } from "./route.ts";

const errorSchema = {
  type: "object",
  properties: { error: { type: "object", properties: { code: { type: "string" }, message: { type: "string" } }, required: ["code", "message"] } },
};

const retryAfterHeader = { description: "Seconds to wait before retrying", schema: { type: "integer", minimum: 1 } };

function jsonSchema(schema: z.ZodType, io: "input" | "output") {
  return z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    // Dates travel as ISO 8601 strings in JSON.
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type === "date") Object.assign(ctx.jsonSchema, { type: "string", format: "date-time" });
    },
  });
}

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate requests. */
export function openApiDocument(routes: RestRoute[], serverUrl: string, version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const parameters: unknown[] = [];
    for (const name of route.path.match(/\{(\w+)\}/g) ?? []) {
      parameters.push({ name: name.slice(1, -1), in: "path", required: true, schema: { type: "string" } });
    }
    if (route.query) {
      const schema = jsonSchema(route.query, "input") as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        parameters.push({ name, in: "query", required: schema.required?.includes(name) ?? false, schema: property });
      }
    }
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = {
      summary: route.summary,
      tags: [route.tag],
      parameters,
      ...(route.body ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(route.body, "input") } } } } : {}),
      ...(route.auth && route.auth !== "public" ? { security: [{ bearer: [] }] } : {}),
      responses: {
        [String(route.status ?? 200)]: {
          description: "OK",
          content: route.produces
            ? Object.fromEntries(route.produces.map((type) => [type, { schema: { type: "string" } }]))
            : { "application/json": { schema: jsonSchema(route.response, "output") } },
        },
        "400": { description: "Invalid input", content: { "application/json": { schema: errorSchema } } },
        "401": { description: "Missing or invalid token", content: { "application/json": { schema: errorSchema } } },
        "403": { description: "Not allowed", content: { "application/json": { schema: errorSchema } } },
        "404": { description: "Not found", content: { "application/json": { schema: errorSchema } } },
        "409": { description: "Conflict (a stale expectedVersion, a taken slug…)", content: { "application/json": { schema: errorSchema } } },
        "429": {
          description: "Rate limited (per address when anonymous, per account when signed in); wait `Retry-After` seconds",
          headers: { "Retry-After": retryAfterHeader },
          content: { "application/json": { schema: errorSchema } },
        },
        "503": {
          description: "A service is temporarily unavailable (code `search_unavailable` or `database_unavailable`); retry after `Retry-After` seconds",
          headers: { "Retry-After": retryAfterHeader },
          content: { "application/json": { schema: errorSchema } },
        },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: "Commonplace API", version, description: "Public REST API v1. Send a personal access token as `Authorization: Bearer …` where needed." },
    servers: [{ url: `${serverUrl.replace(/\/$/, "")}/api/v1` }],
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
    paths,
  };
}
