import { crossSiteRefusal, ownOrigins } from "../security/web.ts";

/**
 * Uploads make the proxy's cross-site check themselves: apps/web/src/proxy.ts does not run for them (it
 * would buffer, and cut, bodies over 10 MB), so the same rule is applied here, to every upload (a session
 * may come from somewhere other than the cookie header, so its absence proves nothing).
 */
export function isForeignOrigin(request: Request): boolean {
  return crossSiteRefusal(request, ownOrigins(request), { evenWithoutCookie: true }) !== null;
}
