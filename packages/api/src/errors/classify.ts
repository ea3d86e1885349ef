import { TRPCError } from "@trpc/server";
import { ZodError, z } from "zod";
import { AppError, fromTrpc } from "./app-error.ts";

// Turns whatever was thrown into the domain error. Outages become 503s naming the service; anything
// unexpected becomes a plain "internal" error. No driver text, SQL or internal address ever reaches an
// answer: only AppError messages (written for people) are passed on.

const NETWORK = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ECONNABORTED",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
]);
const DB_UNREACHABLE = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const DB_ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "DatabaseDoesNotExist",
  "TransactionAlreadyClosed",
]);
export const RETRY_AFTER_OUTAGE_SECONDS = 10;

type Service = "database" | "search";

function chain(error: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current && typeof current === "object"; depth++) {
    out.push(current as Record<string, unknown>);
    current = (current as { cause?: unknown }).cause;
  }
  return out;
}

/** Which backing service an error says is unreachable, if any. */
export function unreachableService(error: unknown): Service | null {
  let network = false;
  for (const e of chain(error)) {
    const name = String(e.name ?? e.constructor?.name ?? "");
    const code = String(e.code ?? "");
    // Meilisearch: unreachable, timed out, or answering 5xx (a 4xx is our bug, not an outage).
    if (name === "SearchRequestError") return e.status === undefined || Number(e.status) >= 500 ? "search" : null;
    // meilisearch-js 0.4x spelt these MeiliSearch…, 0.5x+ Meilisearch…RequestTimeOut… (a long query's index stats go through it).
    if (/^Meili[sS]earch(Communication|Request|RequestTimeOut|Timeout)Error$/.test(name)) return "search";
    if (/^Meili[sS]earchApiError$/.test(name)) return Number((e.response as { status?: number } | undefined)?.status ?? 0) >= 500 ? "search" : null;
    if (DB_UNREACHABLE.has(code) || name === "PrismaClientInitializationError" || DB_ADAPTER_KINDS.has(String(e.kind ?? ""))) return "database";
    // PostgreSQL's own codes: connection exceptions (08…), shutting down (57P01–57P03), out of resources (53…).
    if (/^(08|57P0|53)\w{2,3}$/.test(code)) return "database";
    if (NETWORK.has(code)) network = true;
  }
  return network ? "database" : null;
}

/**
 * The 503 for an outage of `service`. A search index that does not exist yet (`index_not_found` in the cause's
 * chain: before the worker's first run) is told apart from a search service that does not answer.
 */
export function serviceUnavailable(service: Service, cause?: unknown): AppError {
  if (service === "search" && chain(cause).some((e) => e.code === "index_not_found"))
    return new AppError("service_unavailable", "Search is not ready yet: the search index is still being built. Try again in a moment.", {
      code: "search_not_ready",
      retryAfter: RETRY_AFTER_OUTAGE_SECONDS,
    });
  const message =
    service === "search"
      ? "Search is temporarily unavailable (the search service is not answering). Try again in a moment."
      : "Commonplace is temporarily unavailable (the database is not answering). Try again in a moment.";
  return new AppError("service_unavailable", message, { code: `${service}_unavailable`, retryAfter: RETRY_AFTER_OUTAGE_SECONDS });
}

export function fromZod(error: ZodError, where = "input"): AppError {
  const issue = error.issues[0];
  const field = issue?.path.join(".") || where;
  return new AppError("invalid_input", `${field}: ${issue?.message ?? "invalid"}`, { details: z.flattenError(error) });
}

/** The domain error for anything thrown; `internal` (with a generic message) for the unexpected. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  // A procedure's input failed its zod schema: the first issue as the message, every field's in `details`.
  if (error instanceof TRPCError && error.cause instanceof ZodError) return fromZod(error.cause);
  if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return fromTrpc(error);
  const inner = error instanceof TRPCError ? error.cause : error;
  if (inner instanceof AppError) return inner;
  if (inner instanceof ZodError) return fromZod(inner);
  const service = unreachableService(inner);
  if (service) return serviceUnavailable(service, inner);
  return new AppError("internal", "Something went wrong on our side.");
}
