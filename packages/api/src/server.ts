// Server-only entry for apps/web: auth options, session lookup, health, logging.
import { getServerSession } from "next-auth";
import type { NextAuthOptions } from "next-auth";
import { createAuthOptions, oauthProviders } from "./auth/options.ts";
import { env } from "./env.ts";
import { checkHealth as check, checkReadiness as checkReady } from "./health.ts";
import { db, search } from "./lib/services.ts";
import { liveBus } from "./live/services.ts";
import { logger } from "./lib/logger.ts";
import type { SessionUser } from "./trpc.ts";
import { responseForThrown } from "./errors/index.ts";
import { withRequestOrigin } from "./lib/app-url.ts";

export { logger } from "./lib/logger.ts";
export { requestId } from "./lib/request.ts";
export { clientAddress, PEER_HEADER } from "./security/client-address.ts";
export { handleTrpcHttp, TRPC_MAX_BATCH } from "./security/trpc-http.ts";
export { AppError, errorResponse, responseForThrown, fail } from "./errors/index.ts";
export { env } from "./env.ts";
export { startPublicCache } from "./public-cache/index.ts";
export { appUrl, appUrlMismatch, requestOrigin } from "./lib/app-url.ts";
export { oauthProviders };

let options: NextAuthOptions | undefined;
/** Built on first use (not at import), so `next build` needs no runtime configuration. */
export function getAuthOptions(): NextAuthOptions {
  options ??= createAuthOptions();
  return options;
}

export async function getSession(): Promise<{ user: SessionUser } | null> {
  const session = await getServerSession(getAuthOptions());
  const user = session?.user as SessionUser | undefined;
  return user?.id ? { user } : null;
}

/** Every part (`/api/health`): 200 when all are up, else 503 naming those down. */
export function checkHealth() {
  return check({ db: db(), search: search(), live: liveBus(), version: env().APP_VERSION });
}

/** Readiness (`/api/health/ready`): PostgreSQL and Meilisearch reachable; the worker does not count. */
export function checkReadiness() {
  return checkReady({ db: db(), search: search() });
}

/** Wraps a route handler: a request id on every log line and response, and errors logged, not leaked. */
export function withRequestLogging<A extends unknown[]>(
  handler: (request: Request, ...rest: A) => Promise<Response> | Response,
): (request: Request, ...rest: A) => Promise<Response> {
  return async (request, ...rest) => {
    const id = request.headers.get("x-request-id") ?? crypto.randomUUID();
    const log = logger().child({ requestId: id });
    const started = performance.now();
    try {
      const response = await withRequestOrigin(request, () => handler(request, ...rest));
      response.headers.set("x-request-id", id);
      log.info({ method: request.method, url: new URL(request.url).pathname, status: response.status, ms: Math.round(performance.now() - started) }, "request");
      return response;
    } catch (error) {
      const response = responseForThrown(error, id);
      log.info({ method: request.method, url: new URL(request.url).pathname, status: response.status, ms: Math.round(performance.now() - started) }, "request");
      return response;
    }
  };
}
export { handleRestRequest } from "./rest/handler.ts";
export { ingestMaxBytes } from "./ingest/start-run.ts";
export { handleAvatarGet, handleAvatarUpload } from "./profiles/avatar-http.ts";
export { handleIngestUpload } from "./ingest/upload-http.ts";
export { AVATAR_ACCEPT, AVATAR_MAX_BYTES } from "./profiles/avatar.ts";
export { paperPdfResponse } from "./papers/pdf-http.ts";
