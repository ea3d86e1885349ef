import { parseConfig, webSchema, type WebConfig } from "@commonplace/config";

/**
 * Server-side configuration of the web deployable (the API runs inside the Next.js process), composed in
 * @commonplace/config. Validated when the server boots (apps/web/src/instrumentation-node.ts); a bad value
 * stops the process naming the variable.
 */
export type ServerEnv = WebConfig;

export function parseEnv(source: Record<string, string | undefined>): ServerEnv {
  return parseConfig("web app", webSchema, source);
}

let cached: ServerEnv | undefined;
export function env(): ServerEnv {
  if (!cached) {
    cached = parseEnv(process.env);
    // next-auth reads its own names: the public URL when one is configured; otherwise it follows the
    // request's host (AUTH_TRUST_HOST), so sign-in and sign-out stay on the address the user opened.
    if (cached.APP_URL) process.env.NEXTAUTH_URL = cached.APP_URL;
    else process.env.AUTH_TRUST_HOST = "1";
  }
  return cached;
}
