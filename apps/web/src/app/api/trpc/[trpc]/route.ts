import { getSession, handleTrpcHttp, withRequestLogging } from "@commonplace/api/server";

// tRPC over HTTP: boundary checks (UTF-8, size, batch cap) and Retry-After live in @commonplace/api (security/trpc-http.ts).
async function handler(request: Request): Promise<Response> {
  return handleTrpcHttp(request, await getSession());
}

export const GET = withRequestLogging(handler);
export const POST = withRequestLogging(handler);
