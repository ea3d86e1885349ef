/** Request header set by proxy.ts so server layouts know the path being requested. */
export const PATH_HEADER = "x-commonplace-path";

/** Request header set by proxy.ts: this response's CSP nonce (the root layout gives it to inline scripts). */
export const NONCE_HEADER = "x-nonce";

/**
 * Only same-origin paths are allowed as post-sign-in destinations (packages/api/src/security/web.ts:
 * absolute, protocol-relative, backslash, control-character and percent-encoded variants are refused).
 */
export { safeCallbackPath as safeCallbackUrl } from "@commonplace/api/web-security";
