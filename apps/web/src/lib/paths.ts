/** Request header set by proxy.ts so server layouts know the path being requested. */
export const PATH_HEADER = "x-commonplace-path";

/**
 * Only same-origin relative paths are allowed as post-sign-in destinations
 * (an absolute or protocol-relative URL would be an open redirect).
 */
export function safeCallbackUrl(value: string | string[] | null | undefined, fallback = "/dashboard"): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return fallback;
  if (raw.startsWith("/sign-in") || raw.startsWith("/sign-up") || raw.startsWith("/api/")) return fallback;
  return raw;
}
