import { db } from "../lib/services.ts";
import { servePaperPdf } from "./pdf.ts";
import { resolvePaperId } from "../catalogue/redirect.ts";

/**
 * GET/HEAD /api/papers/<id>/pdf (apps/web route handler, which passes the signed-in viewer): the PDF of the
 * paper this viewer may see (papers/pdf-access.ts), 404 when none. A merged paper's id serves its survivor's.
 */
export async function paperPdfResponse(request: Request, paperId: string, viewerId: string | null): Promise<Response> {
  return servePaperPdf(db(), request, await resolvePaperId(db(), paperId), viewerId);
}
