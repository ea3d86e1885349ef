import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter, createTRPCContext } from "@commonplace/api";
import { getSession, withRequestLogging } from "@commonplace/api/server";

async function handler(req: Request): Promise<Response> {
  const session = await getSession();
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createTRPCContext({ headers: req.headers, session }),
  });
}

export const GET = withRequestLogging(handler);
export const POST = withRequestLogging(handler);
