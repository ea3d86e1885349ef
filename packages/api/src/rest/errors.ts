import { TRPCError } from "@trpc/server";
/** REST errors: JSON `{ error: { code, message } }` with a stable code and a message for people. */
export class RestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = (what = "resource") => new RestError(404, "not_found", `No ${what} here.`);

export function errorResponse(error: RestError, requestId: string): Response {
  const body = { error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } };
  return Response.json(body, { status: error.status, headers: { "x-request-id": requestId } });
}

const FROM_TRPC: Partial<Record<TRPCError["code"], [number, string]>> = {
  BAD_REQUEST: [400, "invalid_input"],
  UNAUTHORIZED: [401, "unauthorized"],
  FORBIDDEN: [403, "forbidden"],
  NOT_FOUND: [404, "not_found"],
  CONFLICT: [409, "conflict"],
  PRECONDITION_FAILED: [409, "precondition_failed"],
  PAYLOAD_TOO_LARGE: [413, "too_large"],
  TOO_MANY_REQUESTS: [429, "rate_limited"],
};

/** REST operations reuse the tRPC procedures (one policy); their errors become REST errors with stable codes. */
export function fromTrpcError(error: unknown): unknown {
  if (!(error instanceof TRPCError)) return error;
  const reason = (error.cause as { reason?: unknown } | undefined)?.reason;
  if (typeof reason === "string") return new RestError(410, `invite_${reason}`, error.message);
  const mapped = FROM_TRPC[error.code];
  return mapped ? new RestError(mapped[0], mapped[1], error.message) : error;
}
