import { db } from "../lib/services.ts";
import { servePaperPdf } from "./pdf.ts";

/**
 * GET/HEAD /api/papers/<id>/pdf (apps/web route handler, which passes the signed-in viewer): the PDF of the
 * paper this viewer may see (papers/pdf-access.ts), 404 when none.
 */
export function paperPdfResponse(request: Request, paperId: string, viewerId: string | null): Promise<Response> {
  return servePaperPdf(db(), request, paperId, viewerId);
}
