import { headers } from "next/headers";
import { cache } from "react";
import { appRouter, createCallerFactory, createTRPCContext } from "@commonplace/api";
import { getSession } from "@commonplace/api/server";

const createCaller = createCallerFactory(appRouter);

/**
 * A tRPC caller for Server Components, with the same context (session + headers) a browser
 * request would get. Cached per request, so layouts and pages share it.
 */
export const getServerCaller = cache(async () => createCaller(await getServerContext()));

/** The request's tRPC context (also for server-side prefetching into the query cache). */
export const getServerContext = cache(async () => {
  const requestHeaders = new Headers(await headers());
  requestHeaders.set("x-trpc-source", "rsc");
  const session = await getSession();
  return createTRPCContext({ headers: requestHeaders, session });
});
