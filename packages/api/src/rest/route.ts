import type { z } from "zod";
import type { Context } from "../trpc.ts";

export type Method = "GET" | "POST" | "PATCH" | "DELETE";

/**
 * Who may call: "public" anyone (a token or session, when sent, identifies the caller) · "read" a signed-in
 * caller (any token, or the web session) · "write" a personal access token with WRITE scope (never the
 * session cookie: no CSRF surface on mutations).
 */
export type RestAuth = "public" | "read" | "write";

/** A non-JSON answer (exports): the body as text, its media type, and a download name. */
export class TextBody {
  constructor(
    readonly body: string,
    readonly contentType: string,
    readonly filename?: string,
  ) {}
}

/** One REST v1 operation: its path template, zod schemas (which also feed the OpenAPI document) and handler. */
export interface RestRoute<Q extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  method: Method;
  /** e.g. "/papers/{id}" (relative to /api/v1). */
  path: string;
  summary: string;
  tag: string;
  query?: Q;
  body?: B;
  response: R;
  /** Status of a successful answer (200 unless stated). */
  status?: number;
  /** Who may call it, always stated (test/security/procedures checks every route). */
  auth: RestAuth;
  /** Media types of a text answer (the handler returns a TextBody); JSON otherwise. */
  produces?: string[];
  /** Media types answered instead of the JSON `response` when the query asks for them (`?format=jsonld`). */
  alternates?: string[];
  /** The OpenAPI operationId, when the one derived from method and path does not read well. */
  operationId?: string;
  /** Takes from a request limit (429 with Retry-After when spent). */
  rateLimited?: boolean;
  /** Statuses beyond the common ones this operation answers, with what they mean (e.g. 410). */
  errors?: Record<number, string>;
  handle(input: { ctx: Context; params: Record<string, string>; query: z.output<Q>; body: z.output<B> }): Promise<z.input<R> | TextBody>;
}

export const defineRoute = <Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(route: RestRoute<Q, B, R>) => route as unknown as RestRoute;

/** "/papers/{id}" matched against "/papers/abc" → { id: "abc" }, or null. */
export function matchPath(template: string, path: string): Record<string, string> | null {
  const want = template.split("/").filter(Boolean);
  const have = path.split("/").filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const actual = have[i]!;
    if (part.startsWith("{") && part.endsWith("}")) params[part.slice(1, -1)] = decodeURIComponent(actual);
    else if (part !== actual) return null;
  }
  return params;
}
