import { TRPCError } from "@trpc/server";

/**
 * The one domain error. Code that refuses something throws an AppError with a stable code and a message
 * meant for people; it is turned into a tRPC error in one place (it *is* a TRPCError, so procedures and
 * callers see the right tRPC code) and into an HTTP answer in one place (`errorResponse` in ./http.ts).
 * Older throw sites that still use TRPCError directly map through the same table (`describeError`).
 */
export const APP_ERRORS = {
  invalid_input: { status: 400, trpc: "BAD_REQUEST" },
  unauthorized: { status: 401, trpc: "UNAUTHORIZED" },
  forbidden: { status: 403, trpc: "FORBIDDEN" },
  not_found: { status: 404, trpc: "NOT_FOUND" },
  method_not_allowed: { status: 405, trpc: "METHOD_NOT_SUPPORTED" },
  conflict: { status: 409, trpc: "CONFLICT" },
  precondition_failed: { status: 409, trpc: "PRECONDITION_FAILED" },
  gone: { status: 410, trpc: "PRECONDITION_FAILED" },
  too_large: { status: 413, trpc: "PAYLOAD_TOO_LARGE" },
  unsupported_media_type: { status: 415, trpc: "UNSUPPORTED_MEDIA_TYPE" },
  rate_limited: { status: 429, trpc: "TOO_MANY_REQUESTS" },
  internal: { status: 500, trpc: "INTERNAL_SERVER_ERROR" },
  service_unavailable: { status: 503, trpc: "SERVICE_UNAVAILABLE" },
} as const satisfies Record<string, { status: number; trpc: TRPCError["code"] }>;

export type AppErrorKind = keyof typeof APP_ERRORS;

export interface AppErrorOptions {
  /** A more specific stable code for clients (e.g. "invalid_token", "search_unavailable"); defaults to the kind. */
  code?: string;
  /** Seconds a client should wait (429, 503): sent as `Retry-After`. */
  retryAfter?: number;
  /** The form field the message is about (sign-up shows it beside the field). */
  field?: string;
  details?: unknown;
  cause?: unknown;
}

export class AppError extends TRPCError {
  readonly kind: AppErrorKind;
  readonly status: number;
  readonly appCode: string;
  readonly retryAfter?: number;
  readonly field?: string;
  readonly details?: unknown;

  constructor(kind: AppErrorKind, message: string, options: AppErrorOptions = {}) {
    // tRPC keeps `cause` for its own use; the field rides on it as before (the sign-up form reads data.field).
    super({ code: APP_ERRORS[kind].trpc, message, cause: options.field ? { field: options.field } : undefined });
    this.kind = kind;
    this.status = APP_ERRORS[kind].status;
    this.appCode = options.code ?? kind;
    this.retryAfter = options.retryAfter;
    this.field = options.field;
    this.details = options.details;
  }
}

const FROM_TRPC = Object.fromEntries(
  Object.entries(APP_ERRORS)
    .filter(([kind]) => kind !== "gone")
    .map(([kind, { trpc }]) => [trpc, kind as AppErrorKind]),
) as Partial<Record<TRPCError["code"], AppErrorKind>>;

/** Any TRPCError as the domain error (same message, the kind from its tRPC code). */
export function fromTrpc(error: TRPCError): AppError {
  if (error instanceof AppError) return error;
  const reason = (error.cause as { reason?: unknown } | undefined)?.reason;
  if (typeof reason === "string") return new AppError("gone", error.message, { code: `invite_${reason}` });
  const field = (error.cause as { field?: unknown } | undefined)?.field;
  return new AppError(FROM_TRPC[error.code] ?? "internal", error.message, { field: typeof field === "string" ? field : undefined });
}
