import { z } from "zod";
import { createTRPCContext } from "../trpc.ts";
import { env } from "../env.ts";
import { errorResponse, RestError } from "./errors.ts";
import { matchPath, type RestRoute } from "./route.ts";
import { openApiDocument } from "./openapi.ts";
import { paperRoutes } from "./papers.ts";

export const restRoutes: RestRoute[] = [...paperRoutes];
const MAX_BODY_BYTES = 1024 * 1024;

function queryObject(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    out[key] = values.length > 1 ? values : values[0]!;
  }
  return out;
}

function invalid(error: z.ZodError, where: string): RestError {
  const issue = error.issues[0];
  const field = issue?.path.join(".") || where;
  return new RestError(400, "invalid_input", `${field}: ${issue?.message ?? "invalid"}`, z.flattenError(error));
}

async function readBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) throw new RestError(413, "too_large", "The request body is larger than 1 MB.");
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new RestError(400, "invalid_json", "The request body is not valid JSON.");
  }
}

/** Serves /api/v1/* : matches a route, validates params/query/body with zod, runs it, answers JSON. */
export async function handleRestRequest(request: Request, session: { user?: { id: string } | null } | null = null): Promise<Response> {
  const ctx = createTRPCContext({ headers: request.headers, session });
  const url = new URL(request.url);
  const path = url.pathname.replace(/^\/api\/v1/, "") || "/";
  try {
    if (request.method === "GET" && path === "/openapi.json") {
      return Response.json(openApiDocument(restRoutes, env().APP_URL, env().APP_VERSION));
    }
    const candidates = restRoutes.map((route) => ({ route, params: matchPath(route.path, path) })).filter((c) => c.params);
    if (!candidates.length) throw new RestError(404, "not_found", `No API operation at ${path}. See /api/v1/openapi.json.`);
    const match = candidates.find((c) => c.route.method === request.method);
    if (!match) throw new RestError(405, "method_not_allowed", `${request.method} is not supported on ${path}.`);
    const { route, params } = match;
    const query = route.query ? route.query.safeParse(queryObject(url)) : { success: true as const, data: undefined };
    if (!query.success) throw invalid(query.error, "query");
    const body = route.body ? route.body.safeParse(await readBody(request)) : { success: true as const, data: undefined };
    if (!body.success) throw invalid(body.error, "body");
    const data = await route.handle({ ctx, params: params!, query: query.data, body: body.data });
    return Response.json(route.response.parse(data), { status: route.status ?? 200, headers: { "x-request-id": ctx.requestId } });
  } catch (error) {
    if (error instanceof RestError) return errorResponse(error, ctx.requestId);
    ctx.log.error({ err: error, path }, "REST request failed");
    return errorResponse(new RestError(500, "internal", "Something went wrong on our side."), ctx.requestId);
  }
}
