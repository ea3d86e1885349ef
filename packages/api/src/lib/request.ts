import { randomUUID } from "node:crypto";

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/** Request id from the proxy (set by apps/web/src/proxy.ts) or a new one. */
export function requestId(headers: HeaderBag): string {
  const id = header(headers, "x-request-id");
  return id && /^[\w-]{1,100}$/.test(id) ? id : randomUUID();
}
