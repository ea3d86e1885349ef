import { paperPdfResponse, withRequestLogging } from "@commonplace/api/server";

/* A paper's original PDF (kept when its text came from an uploaded PDF), for the reader's PDF view and downloads. */
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

const handler = withRequestLogging(async (request: Request, context: Context) => paperPdfResponse(request, (await context.params).id));

export const GET = handler;
export const HEAD = handler;
