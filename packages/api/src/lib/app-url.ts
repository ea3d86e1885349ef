import { AsyncLocalStorage } from "node:async_hooks";
import { env } from "../env.ts";

/*
 * The base URL of links the app hands out (invitations, share links, the live .bib URL, feeds, mails, the
 * OpenAPI server). APP_URL when it is configured; otherwise the address the current request came in on, so
 * a user who opened the app as http://127.0.0.1:3000 or by a LAN name gets links that work there.
 */

const FALLBACK = "http://localhost:3000";
const origins = new AsyncLocalStorage<string>();

type HeaderSource = Pick<Headers, "get">;

/** The origin a request came in on: its Host (X-Forwarded-Host/-Proto only behind a trusted proxy). */
export function requestOrigin(headers: HeaderSource, fallbackUrl?: string): string | undefined {
  const trustProxy = env().TRUST_PROXY;
  const forwardedHost = trustProxy ? headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  const host = forwardedHost || headers.get("host");
  if (!host || !/^[A-Za-z0-9.\-:[\]]+$/.test(host)) return fallbackUrl ? new URL(fallbackUrl).origin : undefined;
  const forwardedProto = trustProxy ? headers.get("x-forwarded-proto")?.split(",")[0]?.trim() : undefined;
  const proto = forwardedProto === "https" || forwardedProto === "http" ? forwardedProto : fallbackUrl?.startsWith("https:") ? "https" : "http";
  return `${proto}://${host}`;
}

/** Runs `fn` with the request's origin as the base of the links it builds. */
export function withRequestOrigin<T>(request: Request, fn: () => T): T {
  const origin = requestOrigin(request.headers, request.url);
  return origin ? origins.run(origin, fn) : fn();
}

/** The base URL for links, without a trailing slash. */
export function appUrl(origin: string | undefined = origins.getStore()): string {
  return (env().APP_URL ?? origin ?? FALLBACK).replace(/\/+$/, "");
}

/**
 * When APP_URL is set but a request came in on another address, links in mails and invitations point
 * elsewhere than where the user is: the notice for administrators names the variable. Null when they agree.
 */
export function appUrlMismatch(origin: string | undefined): { configured: string; requested: string } | null {
  const configured = env().APP_URL;
  if (!configured || !origin) return null;
  return new URL(configured).origin === new URL(origin).origin ? null : { configured: new URL(configured).origin, requested: origin };
}
