import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";
import type { Logger } from "pino";
import type { Db } from "@commonplace/db";
import { db } from "./lib/services.ts";
import { logger } from "./lib/logger.ts";
import { requestId } from "./lib/request.ts";
import { clientAddress } from "./security/client-address.ts";
import { assertCleanInput } from "./security/text-input.ts";
import { toAppError } from "./errors/index.ts";
import { publicCache } from "./public-cache/index.ts";

export interface SessionUser {
  id: string;
  handle?: string;
  name?: string | null;
  email?: string | null;
}

export interface Context {
  db: Db;
  user: SessionUser | null;
  requestId: string;
  /** The client's address (security/client-address.ts); null for in-process callers (tests, scripts). */
  ip: string | null;
  log: Logger;
}

/** Built per request by the route handler, with the session next-auth resolved. */
export function createTRPCContext(opts: { headers: Headers; session: { user?: SessionUser | null } | null }): Context {
  const id = requestId(opts.headers);
  const user = opts.session?.user?.id ? opts.session.user : null;
  return { db: db(), user, requestId: id, ip: clientAddress(opts.headers), log: logger().child({ requestId: id, userId: user?.id }) };
}

/** What a procedure declares about who may call it; the rungs in policy/procedures.ts set it (policy/access.ts). */
export interface ProcedureMeta {
  permission?: string;
}

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    transformer: superjson,
    // Keeps SSE subscriptions alive through proxies that close idle connections.
    sse: { ping: { enabled: true, intervalMs: 15_000 }, client: { reconnectAfterInactivityMs: 30_000 } },
    // Every error leaves as the domain error: its message (never a driver's or an internal address), its
    // stable code (`appCode`, the same codes REST answers with) and Retry-After seconds when there is one.
    errorFormatter({ shape, error }) {
      const app = toAppError(error);
      return {
        ...shape,
        message: app.message,
        data: {
          ...shape.data,
          code: app.code,
          httpStatus: app.status,
          appCode: app.appCode,
          retryAfter: app.retryAfter ?? null,
          stack: undefined,
          // Forms show these beside their fields (apps/web lib/trpc-errors.ts); `logged` has already made the
          // input's ZodError the domain error, which carries them in `details`.
          zodError: error.cause instanceof ZodError ? z.flattenError(error.cause) : flattenedIssues(app.details),
          field: (error.cause as { field?: string } | undefined)?.field ?? null,
        },
      };
    },
  });

function flattenedIssues(details: unknown): { formErrors: string[]; fieldErrors: Record<string, string[]> } | null {
  const d = details as { formErrors?: unknown; fieldErrors?: unknown } | null | undefined;
  return d && Array.isArray(d.formErrors) && d.fieldErrors && typeof d.fieldErrors === "object"
    ? (d as { formErrors: string[]; fieldErrors: Record<string, string[]> })
    : null;
}

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
/** For policy/middleware.ts (`requirePermission`), the rung below protected: team- and list-scoped procedures. */
export const middleware = t.middleware;

const logged = t.middleware(async ({ ctx, path, type, next, getRawInput }) => {
  const started = performance.now();
  // NUL bytes and broken Unicode are refused here, before any procedure (or PostgreSQL) sees them.
  assertCleanInput(await getRawInput());
  const result = await next();
  // Read-your-writes on public pages: this instance's public cache has applied the change before we answer.
  if (type === "mutation") await publicCache().sync(ctx.db);
  const ms = Math.round(performance.now() - started);
  if (result.ok) {
    ctx.log.debug({ path, type, ms, ok: true }, "procedure");
    return result;
  }
  // Thrown errors become the domain error once, here: outages a 503 naming the service, the unexpected "internal".
  const error = toAppError(result.error);
  if (error.kind === "internal" || error.kind === "service_unavailable") ctx.log.error({ err: result.error, path, type, ms }, "procedure failed");
  else ctx.log.debug({ path, type, ms, ok: false, code: error.appCode }, "procedure");
  return { ...result, error };
});

/** Anyone, signed in or not. */
export const publicProcedure = t.procedure.use(logged);

/** Signed-in people only; `ctx.user` is non-null below this rung. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to do that." });
  return next({ ctx: { ...ctx, user: ctx.user } });
});
