import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, crossSiteRefusal, newNonce, ownOrigins, securityHeaders } from "@commonplace/api/web-security";
import { isDevelopment } from "./lib/public/env";
import { NONCE_HEADER, PATH_HEADER } from "./lib/paths";

/*
 * Runs before every page and route handler:
 * - refuses cookie-carrying state changes that a browser marks as cross-site (CSRF: tRPC mutations,
 *   uploads, sign-out …; REST writes need a bearer token and carry no cookie);
 * - gives each page a CSP nonce (Next adds it to its own scripts when it sees the policy on the request)
 *   and sends the policy and the other security headers on every answer;
 * - tells layouts the request path (they cannot see it, and the signed-in shell needs it to send anonymous
 *   visitors back after they sign in). Authorisation itself happens in the layouts and the API.
 */
export function proxy(request: NextRequest) {
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const refusal = crossSiteRefusal(request, ownOrigins(request));
  if (refusal) {
    const response = NextResponse.json(
      { error: { code: "cross_site_request", message: `Refused ${refusal}: changes are accepted only from pages of this site.` } },
      { status: 403 },
    );
    for (const [name, value] of Object.entries(securityHeaders({ https }))) response.headers.set(name, value);
    return response;
  }

  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev: isDevelopment, https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  for (const [name, value] of Object.entries(securityHeaders({ https }))) response.headers.set(name, value);
  return response;
}

// Not the two multipart uploads: the proxy buffers a request body only up to 10 MB
// (experimental.proxyClientMaxBodySize) and hands the route a cut body, so a 12 MB import could not be read.
// Those routes stream their bodies under their own limits and make the cross-site check themselves
// (packages/api/src/lib/foreign-origin.ts).
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/ingest/upload|api/avatars).*)"],
};
