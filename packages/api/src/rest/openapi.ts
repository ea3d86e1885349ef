import { z } from "zod";
import type { RestRoute } from "./route.ts";
import { mediaSchema } from "./media-schemas.ts";

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

/** "GET /papers/{id}/annotations.jsonld" → "getPapersByIdAnnotationsJsonld" (unique: one operation per method and path). */
export function operationIdOf(route: RestRoute): string {
  const words = route.path
    .split("/")
    .filter(Boolean)
    .flatMap((part) => (part.startsWith("{") ? [`by-${part.slice(1, -1)}`] : part.split(/[^A-Za-z0-9]+/)))
    .flatMap((part) => part.split("-"))
    .filter(Boolean);
  return route.method.toLowerCase() + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
}

const jsonError = (description: string) => ({ description, content: { "application/json": { schema: errorSchema } } });

/** The answers an operation documents: its success (every media type it sends), the common errors and its own. */
function responses(route: RestRoute) {
  const success = route.produces
    ? Object.fromEntries(route.produces.map((type) => [type, { schema: mediaSchema(type) }]))
    : {
        "application/json": { schema: jsonSchema(route.response, "output") },
        ...Object.fromEntries((route.alternates ?? []).map((type) => [type, { schema: mediaSchema(type) }])),
      };
  return {
    [String(route.status ?? 200)]: { description: "OK", content: success },
    "400": jsonError("Invalid input"),
    "401": jsonError("Missing or invalid token"),
    "403": jsonError("Not allowed"),
    "404": jsonError("Not found"),
    "409": jsonError("Conflict (a stale expectedVersion, a taken slug…)"),
    ...Object.fromEntries(Object.entries(route.errors ?? {}).map(([status, description]) => [status, jsonError(description)])),
    ...(route.rateLimited
      ? {
          "429": {
            description: "Rate limited (per address when anonymous, per account when signed in); wait `Retry-After` seconds",
            headers: { "Retry-After": retryAfterHeader },
            content: { "application/json": { schema: errorSchema } },
          },
        }
      : {}),
    "503": {
      description:
        "A service is temporarily unavailable (code `search_unavailable`, `search_not_ready` before the search index is first built, or `database_unavailable`); retry after `Retry-After` seconds",
      headers: { "Retry-After": retryAfterHeader },
      content: { "application/json": { schema: errorSchema } },
    },
  };
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
      const schema = jsonSchema(route.query, "input") as { properties?: Record<string, { description?: string }>; required?: string[] };
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        const { description, ...rest } = property;
        parameters.push({ name, in: "query", required: schema.required?.includes(name) ?? false, ...(description ? { description } : {}), schema: rest });
      }
    }
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = {
      operationId: route.operationId ?? operationIdOf(route),
      summary: route.summary,
      tags: [route.tag],
      parameters,
      ...(route.body ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(route.body, "input") } } } } : {}),
      // A public operation works without a token ({}), and a token (when sent) identifies the caller.
      security: route.auth === "public" ? [{}, { bearer: [] }] : [{ bearer: [] }],
      responses: responses(route),
    };
  }
  const tags = [...new Set(routes.map((r) => r.tag))].sort().map((name) => ({ name, description: TAG_DESCRIPTIONS[name] ?? name }));
  return {
    openapi: "3.1.0",
    info: {
      title: "Commonplace API",
      version,
      description: "Public REST API v1. Send a personal access token as `Authorization: Bearer …` where needed.",
      license: { name: "Apache-2.0", identifier: "Apache-2.0" },
    },
    servers: [{ url: `${serverUrl.replace(/\/$/, "")}/api/v1` }],
    tags,
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "A personal access token (Settings → Tokens)" } } },
    paths,
  };
}

const TAG_DESCRIPTIONS: Record<string, string> = {
  papers: "Search papers and read their records; upvotes",
  annotations: "Highlights and discussion on a paper's text (W3C Web Annotation export and import)",
  lists: "Reading lists, their items and exports",
  teams: "Teams, members and invitations",
  citations: "Citations and bibliographies in CSL styles (APA, IEEE, …) and single-paper exports",
};
