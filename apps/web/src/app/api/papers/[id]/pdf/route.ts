import { getSession, paperPdfResponse, withRequestLogging } from "@commonplace/api/server";

/* A paper's uploaded PDF that the viewer may see (theirs, their team's, or the public one), for the reader's PDF view and downloads. */
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

const handler = withRequestLogging(async (request: Request, context: Context) =>
  paperPdfResponse(request, (await context.params).id, (await getSession())?.user.id ?? null),
);

export const GET = handler;
export const HEAD = handler;
