import { logger } from "../lib/logger.ts";
import { AppError } from "./app-error.ts";
import { toAppError } from "./classify.ts";

/** The one JSON error shape of every HTTP answer: `{ error: { code, message } }` (+ `details` for invalid input). */
export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export function errorBody(error: AppError): ErrorBody {
  return { error: { code: error.appCode, message: error.message, ...(error.details ? { details: error.details } : {}) } };
}

/** The domain error as an HTTP answer (status, Retry-After, no-store; nosniff also where the proxy does not run). */
export function errorResponse(error: AppError, requestId?: string): Response {
  const headers: Record<string, string> = { "cache-control": "no-store", "x-content-type-options": "nosniff" };
  if (requestId) headers["x-request-id"] = requestId;
  if (error.retryAfter !== undefined) headers["retry-after"] = String(Math.max(1, Math.ceil(error.retryAfter)));
  return Response.json(errorBody(error), { status: error.status, headers });
}

/** Anything thrown, as an HTTP answer; the unexpected is logged with its details, answered without them. */
export function responseForThrown(thrown: unknown, requestId?: string): Response {
  const error = toAppError(thrown);
  if (error.kind === "internal" || error.kind === "service_unavailable") {
    logger().error({ err: thrown, requestId }, error.kind === "internal" ? "request failed" : "backing service unavailable");
  }
  return errorResponse(error, requestId);
}

/** For route handlers: `return fail("not_found", "No paper here.")`. */
export function fail(kind: AppError["kind"], message: string, options?: ConstructorParameters<typeof AppError>[2]): Response {
  return errorResponse(new AppError(kind, message, options));
}
