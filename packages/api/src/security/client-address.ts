import proxyaddr from "proxy-addr";
import { env } from "../env.ts";

/**
 * The header through which apps/web/server.mjs (the web app's own HTTP server) hands the TCP peer's
 * address to route handlers. Next.js gives route handlers no socket, and the X-Forwarded-For it fills in
 * itself is kept when a client sends one (`??=`), so neither can be believed. server.mjs overwrites this
 * header on every request, so a value a client sends never survives.
 */
export const PEER_HEADER = "x-commonplace-peer";

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

const compiled = new Map<string, (address: string, hop: number) => boolean>();
function trustFn(list: string[]) {
  const key = list.join(",");
  let fn = compiled.get(key);
  if (!fn) compiled.set(key, (fn = proxyaddr.compile(list)));
  return fn;
}

/**
 * The client's address: the socket peer; with TRUST_PROXY, the right-most X-Forwarded-For hop that is not one
 * of TRUSTED_PROXIES (proxy-addr, as Express does it). Null when the request did not come through server.mjs
 * (in-process callers): callers then skip per-address limits, and sign-in refuses rather than share a bucket.
 */
export function clientAddress(headers: HeaderBag, config: { TRUST_PROXY: boolean; TRUSTED_PROXIES: string[] } = env()): string | null {
  const peer = header(headers, PEER_HEADER)?.trim();
  if (!peer) return null;
  if (!config.TRUST_PROXY) return normalize(peer);
  const forwarded = header(headers, "x-forwarded-for");
  const request = { connection: { remoteAddress: peer }, socket: { remoteAddress: peer }, headers: forwarded ? { "x-forwarded-for": forwarded } : {} };
  return normalize(proxyaddr(request as never, trustFn(config.TRUSTED_PROXIES)));
}

/** "::ffff:10.0.0.1" → "10.0.0.1", so one client is one key whichever socket family it came in on. */
function normalize(address: string): string {
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return (v4 ? v4[1]! : address).toLowerCase();
}
