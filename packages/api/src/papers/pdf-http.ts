import { db } from "../lib/services.ts";
import { servePaperPdf } from "./pdf.ts";

/** GET/HEAD /api/papers/<id>/pdf (apps/web route handler): the paper's original PDF, 404 when it has none. */
export function paperPdfResponse(request: Request, paperId: string): Promise<Response> {
  return servePaperPdf(db(), request, paperId);
}
