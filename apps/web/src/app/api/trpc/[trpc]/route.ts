import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter, createTRPCContext } from "@commonplace/api";
import { checkedTrpcRequest, getSession, responseForThrown, TRPC_MAX_BATCH, trpcResponseMeta, withRequestLogging } from "@commonplace/api/server";

async function handler(request: Request): Promise<Response> {
  let req: Request;
  try {
    req = await checkedTrpcRequest(request);
  } catch (error) {
    return responseForThrown(error);
  }
  const session = await getSession();
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    maxBatchSize: TRPC_MAX_BATCH,
    responseMeta: trpcResponseMeta,
    createContext: () => createTRPCContext({ headers: req.headers, session }),
  });
}

export const GET = withRequestLogging(handler);
export const POST = withRequestLogging(handler);
