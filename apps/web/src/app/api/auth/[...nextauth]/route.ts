import NextAuth from "next-auth";
import { getAuthOptions, withRequestLogging } from "@commonplace/api/server";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

// Options are built on the first request, not at import: `next build` runs without runtime secrets.
async function handler(req: Request, context: RouteContext): Promise<Response> {
  return NextAuth(getAuthOptions())(req, context);
}

export const GET = withRequestLogging(handler);
export const POST = withRequestLogging(handler);
