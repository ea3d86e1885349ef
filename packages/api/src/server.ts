// Server-only entry for apps/web: auth options, session lookup, health, logging.
import { getServerSession } from "next-auth";
import type { NextAuthOptions } from "next-auth";
import { createAuthOptions, oauthProviders } from "./auth/options.ts";
import { env } from "./env.ts";
import { checkHealth as check } from "./health.ts";
import { db } from "./lib/services.ts";
import { logger } from "./lib/logger.ts";
import type { SessionUser } from "./trpc.ts";
import { responseForThrown } from "./errors/index.ts";

export { logger } from "./lib/logger.ts";
export { requestId } from "./lib/request.ts";
export { clientAddress, PEER_HEADER } from "./security/client-address.ts";
export { checkedTrpcRequest, TRPC_MAX_BATCH, trpcResponseMeta } from "./security/trpc-http.ts";
export { AppError, errorResponse, responseForThrown, fail } from "./errors/index.ts";
export { env } from "./env.ts";
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

export function checkHealth() {
  const config = env();
  return check({ db: db(), meiliHost: config.MEILI_HOST, version: config.APP_VERSION });
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
      const response = await handler(request, ...rest);
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
export { startIngestRun, startUploadRun, ingestMaxBytes } from "./ingest/start-run.ts";
export { handleAvatarGet, handleAvatarUpload } from "./profiles/avatar-http.ts";
export { isBodyTooLarge, readLimitedForm } from "./lib/limited-form.ts";
export { AVATAR_ACCEPT, AVATAR_MAX_BYTES } from "./profiles/avatar.ts";
export { paperPdfResponse } from "./papers/pdf-http.ts";
