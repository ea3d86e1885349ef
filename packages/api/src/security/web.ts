// Browser-facing protections that need no configuration module: pure functions, so apps/web/src/proxy.ts
// can import them without loading the server environment (subpath @commonplace/api/web-security).

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-site request check for state changes made with cookies. A browser says where a request comes
 * from: `Sec-Fetch-Site` (every current browser), else `Origin`. Anything but the app's own origin is
 * refused; a request with neither header is not from a browser (curl, scripts) and has no ambient
 * credentials to abuse. Returns why a request is refused, or null.
 */
export function crossSiteRefusal(
  request: { method: string; headers: Headers },
  ownOrigins: string[],
  options: { evenWithoutCookie?: boolean } = {},
): string | null {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return null;
  if (!options.evenWithoutCookie && !request.headers.get("cookie")) return null;
  const site = request.headers.get("sec-fetch-site");
  if (site) return site === "same-origin" ? null : `a ${site} request`;
  const origin = request.headers.get("origin");
  if (origin === null) return null;
  return ownOrigins.includes(origin) ? null : `a request from ${origin === "null" ? "an opaque origin" : "another origin"}`;
}

/**
 * The origins a request may come from to count as this site: the URL it was sent to, and its Host and
 * X-Forwarded-Host (set by the browser or the proxy in front, never by a cross-site page).
 */
export function ownOrigins(request: { url: string; headers: Headers }): string[] {
  const hosts = [request.headers.get("host"), request.headers.get("x-forwarded-host")].filter((h): h is string => !!h);
  return [new URL(request.url).origin, ...hosts.flatMap((h) => [`http://${h}`, `https://${h}`])];
}

/**
 * The post-sign-in destination: a path on this site, or `fallback`. Refuses absolute and protocol-relative
 * URLs, backslashes, whitespace and control characters, also when percent-encoded (once or more): a
 * browser drops tabs and newlines from URLs, so "/%09/evil.example" would become "//evil.example".
 */
export function safeCallbackPath(value: string | string[] | null | undefined, fallback = "/dashboard"): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || raw.length > 2000) return fallback;
  let decoded = raw;
  for (let i = 0; i < 4; i++) {
    if (/[\u0000-\u0020\u007f-\u009f\\\u2028\u2029\u200b-\u200f\ufeff]/.test(decoded)) return fallback;
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return fallback;
    }
    if (next === decoded) break;
    decoded = next;
  }
  if (!raw.startsWith("/") || raw.startsWith("//") || !decoded.startsWith("/") || decoded.startsWith("//")) return fallback;
  let url: URL;
  try {
    url = new URL(raw, "http://commonplace.invalid");
  } catch {
    return fallback;
  }
  if (url.origin !== "http://commonplace.invalid") return fallback;
  if (/^\/(sign-in|sign-up|api\/)/.test(url.pathname)) return fallback;
  return url.pathname + url.search + url.hash;
}

/** A fresh CSP nonce (128 random bits, base64). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The pages' Content-Security-Policy. Scripts only with this response's nonce ('strict-dynamic' lets them
 * load the app's chunks); styles from the app plus inline style attributes (Radix positions popovers
 * with them); pdf.js runs in a worker from the app's origin; nothing may frame the app.
 */
export function contentSecurityPolicy(nonce: string, options: { dev: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${options.dev ? " ws: wss:" : ""}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
  ];
  if (options.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** Headers every answer carries (pages, API, files). HSTS only when the app is served over https. */
export function securityHeaders(options: { https: boolean }): Record<string, string> {
  return {
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    ...(options.https ? { "strict-transport-security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
