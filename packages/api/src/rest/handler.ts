import { createTRPCContext } from "../trpc.ts";
import { env } from "../env.ts";
import { appUrl } from "../lib/app-url.ts";
import { AppError, fromZod, responseForThrown } from "../errors/index.ts";
import { assertCleanInput, assertCleanUrl, readTextBody } from "../security/text-input.ts";
import { matchPath, TextBody, type RestRoute } from "./route.ts";
import { openApiDocument } from "./openapi.ts";
import { paperRoutes } from "./papers.ts";
import { upvoteRoutes } from "./upvotes.ts";
import { teamRoutes } from "./teams.ts";
import { inviteRoutes } from "./invites.ts";
import { listRoutes } from "./lists.ts";
import { annotationRoutes } from "./annotations.ts";
import { citeRoutes } from "./cite.ts";
import { annotationSearchRoutes } from "./annotation-search.ts";
import { assertAuth, resolveCaller } from "./tokens.ts";
import { resolvePaperId } from "../catalogue/redirect.ts";

export const restRoutes: RestRoute[] = [
  ...paperRoutes,
  ...upvoteRoutes,
  ...teamRoutes,
  ...inviteRoutes,
  ...listRoutes,
  ...annotationRoutes,
  ...annotationSearchRoutes,
  ...citeRoutes,
];
const MAX_BODY_BYTES = 1024 * 1024;

function queryObject(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    out[key] = values.length > 1 ? values : values[0]!;
  }
  return out;
}

async function readBody(request: Request): Promise<unknown> {
  const text = await readTextBody(request, MAX_BODY_BYTES);
  if (!text) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("invalid_input", "The request body is not valid JSON.", { code: "invalid_json" });
  }
  assertCleanInput(body, "body");
  return body;
}

function textResponse(text: TextBody, status: number, requestId: string): Response {
  const headers: Record<string, string> = { "content-type": text.contentType, "x-request-id": requestId, "cache-control": "no-store" };
  if (text.filename) headers["content-disposition"] = `attachment; filename="${text.filename.replace(/[^\w.-]/g, "_")}"`;
  return new Response(text.body, { status, headers });
}

/**
 * Serves /api/v1/* : matches a route, authenticates the caller (bearer token, else the session for reads),
 * validates params/query/body with zod, runs it, answers JSON (or text for exports).
 */
export async function handleRestRequest(request: Request, session: { user?: { id: string } | null } | null = null): Promise<Response> {
  const ctx = createTRPCContext({ headers: request.headers, session: null });
  const url = new URL(request.url);
  try {
    // NUL bytes and percent-encoded bytes that are not UTF-8 are refused before anything decodes them.
    assertCleanUrl(url);
    const path = url.pathname.replace(/^\/api\/v1/, "") || "/";
    if (request.method === "GET" && path === "/openapi.json") {
      return Response.json(openApiDocument(restRoutes, appUrl(), env().APP_VERSION));
    }
    const candidates = restRoutes.map((route) => ({ route, params: matchPath(route.path, path) })).filter((c) => c.params);
    if (!candidates.length) throw new AppError("not_found", "No API operation at this path. See /api/v1/openapi.json.");
    const match = candidates.find((c) => c.route.method === request.method);
    if (!match) throw new AppError("method_not_allowed", `${request.method} is not supported on this path.`);
    const { route, params } = match;
    const caller = await resolveCaller(request, session);
    assertAuth(caller, route.auth ?? "public");
    if (caller.user) {
      ctx.user = caller.user;
      ctx.log = ctx.log.child({ userId: caller.user.id, via: caller.via });
    }
    const query = route.query ? route.query.safeParse(queryObject(url)) : { success: true as const, data: undefined };
    if (!query.success) throw fromZod(query.error, "query");
    const body = route.body ? route.body.safeParse(await readBody(request)) : { success: true as const, data: undefined };
    if (!body.success) throw fromZod(body.error, "body");
    // A merged paper's id leads to its survivor on every route under /papers/{id}.
    if (route.path.startsWith("/papers/{id}") && params!.id) params!.id = await resolvePaperId(ctx.db, params!.id);
    const data = await route.handle({ ctx, params: params!, query: query.data, body: body.data });
    if (data instanceof TextBody) return textResponse(data, route.status ?? 200, ctx.requestId);
    return Response.json(route.response.parse(data), { status: route.status ?? 200, headers: { "x-request-id": ctx.requestId } });
  } catch (error) {
    // One mapping for every thrown thing (domain errors, outages → 503, the unexpected → 500 without details).
    return responseForThrown(error, ctx.requestId);
  }
}
