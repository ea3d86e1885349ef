import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";
import type { Logger } from "pino";
import type { Db } from "@commonplace/db";
import { db } from "./lib/services.ts";
import { logger } from "./lib/logger.ts";
import { clientIp, requestId } from "./lib/request.ts";
import { env } from "./env.ts";

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
  ip: string;
  log: Logger;
}

/** Built per request by the route handler, with the session next-auth resolved. */
export function createTRPCContext(opts: { headers: Headers; session: { user?: SessionUser | null } | null }): Context {
  const id = requestId(opts.headers);
  const user = opts.session?.user?.id ? opts.session.user : null;
  return { db: db(), user, requestId: id, ip: clientIp(opts.headers, env().TRUST_PROXY), log: logger().child({ requestId: id, userId: user?.id }) };
}

/** What a procedure declares about who may call it; the rungs in policy/procedures.ts set it (policy/access.ts). */
export interface ProcedureMeta {
  permission?: string;
}

const t = initTRPC.context<Context>().meta<ProcedureMeta>().create({
  transformer: superjson,
  // Keeps SSE subscriptions alive through proxies that close idle connections.
  sse: { ping: { enabled: true, intervalMs: 15_000 }, client: { reconnectAfterInactivityMs: 30_000 } },
  errorFormatter({ shape, error }) {
    return {
      ...shape,
      data: {
        ...shape.data,
        zodError: error.cause instanceof ZodError ? z.flattenError(error.cause) : null,
        field: (error.cause as { field?: string } | undefined)?.field ?? null,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
/** For policy/middleware.ts (`requirePermission`), the rung below protected: team- and list-scoped procedures. */
export const middleware = t.middleware;

const logged = t.middleware(async ({ ctx, path, type, next }) => {
  const started = performance.now();
  const result = await next();
  const ms = Math.round(performance.now() - started);
  if (!result.ok && result.error.code === "INTERNAL_SERVER_ERROR") ctx.log.error({ err: result.error, path, type, ms }, "procedure failed");
  else ctx.log.debug({ path, type, ms, ok: result.ok }, "procedure");
  return result;
});

/** Anyone, signed in or not. */
export const publicProcedure = t.procedure.use(logged);

/** Signed-in people only; `ctx.user` is non-null below this rung. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to do that." });
  return next({ ctx: { ...ctx, user: ctx.user } });
});
