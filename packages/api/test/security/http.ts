import { randomInt } from "node:crypto";
import { appRouter } from "../../src/root.ts";
import { createCallerFactory, createTRPCContext } from "../../src/trpc.ts";
import { handleRestRequest } from "../../src/rest/handler.ts";
import { handleTrpcHttp } from "../../src/security/trpc-http.ts";
import { PEER_HEADER } from "../../src/security/client-address.ts";
import type { Person } from "../fixtures.ts";

// Requests as the web app receives them: the socket's address in PEER_HEADER (set by apps/web/server.mjs),
// the rest chosen by the (hostile) client.

const createCaller = createCallerFactory(appRouter);
/**
 * A fresh client address per call, so limits counted in the shared RateLimit table do not leak between tests
 * (random, not a counter: every test file runs in its own worker against the same database).
 */
export const freshAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

export function callerAt(address: string | null, person: Person | null = null, headers: Record<string, string> = {}) {
  const h = new Headers(headers);
  if (address) h.set(PEER_HEADER, address);
  return createCaller(createTRPCContext({ headers: h, session: person ? { user: { id: person.id, name: person.name } } : null }));
}

export function rest(path: string, init: RequestInit & { address?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.address) headers.set(PEER_HEADER, init.address);
  return handleRestRequest(new Request(`http://localhost/api/v1${path}`, { ...init, headers }));
}

export function trpcHttp(path: string, init: RequestInit & { address?: string } = {}, person: Person | null = null) {
  const headers = new Headers(init.headers);
  if (init.address) headers.set(PEER_HEADER, init.address);
  return handleTrpcHttp(new Request(`http://localhost/api/trpc/${path}`, { ...init, headers }), person ? { user: { id: person.id, name: person.name } } : null);
}
