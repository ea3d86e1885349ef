import type { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { AppError, responseForThrown, toAppError } from "../errors/index.ts";
import { appRouter } from "../root.ts";
import { createTRPCContext, type SessionUser } from "../trpc.ts";
import { assertCleanUrl, readTextBody } from "./text-input.ts";

/** Calls in one batched tRPC request (the web client batches up to this many). More → 400. */
export const TRPC_MAX_BATCH = 12;
const MAX_BODY_BYTES = 2 * 1024 * 1024;

/**
 * The boundary checks tRPC's own parser does not make: the URL and a JSON body must be UTF-8 without
 * NUL (else 400 before anything parses them), and a body is at most 2 MB. Returns the request to hand to
 * tRPC (with the body already read).
 */
export async function checkedTrpcRequest(request: Request): Promise<Request> {
  assertCleanUrl(new URL(request.url));
  if (request.method !== "POST" || !request.body) return request;
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw new AppError("too_large", "The request body is larger than 2 MB.");
  const text = await readTextBody(request, MAX_BODY_BYTES);
  return new Request(request.url, { method: "POST", headers: request.headers, body: text, signal: request.signal });
}

/** Status and Retry-After from the domain errors of a tRPC answer (429 for limits, 503 for outages). */
export function trpcResponseMeta({ errors }: { errors: TRPCError[] }): { status?: number; headers?: Headers } {
  const retry = errors.map((e) => toAppError(e).retryAfter).filter((s): s is number => s !== undefined);
  if (!retry.length) return {};
  return { headers: new Headers({ "retry-after": String(Math.max(...retry)) }) };
}

/**
 * Serves /api/trpc: the boundary checks above, then tRPC with the batch cap and Retry-After on 429/503.
 * apps/web's route handler only resolves the session and calls this.
 */
export async function handleTrpcHttp(request: Request, session: { user?: SessionUser | null } | null): Promise<Response> {
  let req: Request;
  try {
    req = await checkedTrpcRequest(request);
  } catch (error) {
    return responseForThrown(error);
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    maxBatchSize: TRPC_MAX_BATCH,
    responseMeta: trpcResponseMeta,
    createContext: () => createTRPCContext({ headers: req.headers, session }),
  });
}
