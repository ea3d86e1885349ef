import { headers } from "next/headers";
import { cache } from "react";
import { appRouter, createTRPCContext } from "@commonplace/api";
import { getSession } from "@commonplace/api/server";

/**
 * A tRPC caller for Server Components, with the same context (session + headers) a browser
 * request would get. Cached per request, so layouts and pages share it.
 */
export const getServerCaller = cache(async () => {
  const requestHeaders = new Headers(await headers());
  requestHeaders.set("x-trpc-source", "rsc");
  const session = await getSession();
  return appRouter.createCaller(await createTRPCContext({ headers: requestHeaders, session }));
});
