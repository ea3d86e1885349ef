import { randomUUID } from "node:crypto";

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/** The client's address: the first X-Forwarded-For hop only behind a trusted proxy, else X-Real-IP / socket. */
export function clientIp(headers: HeaderBag, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = header(headers, "x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  return header(headers, "x-real-ip") ?? header(headers, "x-commonplace-ip") ?? "unknown";
}

/** Request id from the proxy (set by apps/web/src/proxy.ts) or a new one. */
export function requestId(headers: HeaderBag): string {
  return header(headers, "x-request-id") ?? randomUUID();
}
