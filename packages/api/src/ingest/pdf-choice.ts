import { z } from "zod";
import type { Db } from "@commonplace/db";
import { AppError } from "../errors/index.ts";
import { loadTeam } from "../policy/scope.ts";

// Who may see the PDFs of an upload (and the text extracted from them): the uploader's choice on the import
// page, PRIVATE unless they say otherwise. TEAM names one of the uploader's teams. The worker stores it on
// every PaperPdf of the run (pipeline/keep-pdf.ts); papers/pdf-access.ts serves by it.

export const pdfVisibilitySchema = z.enum(["PRIVATE", "TEAM", "PUBLIC"]);
export type PdfVisibility = z.infer<typeof pdfVisibilitySchema>;

export interface PdfChoice {
  pdfVisibility: PdfVisibility;
  pdfTeamId: string | null;
}

export const PRIVATE_PDFS: PdfChoice = { pdfVisibility: "PRIVATE", pdfTeamId: null };

/** The form's `pdfVisibility` (+ `pdfTeam`, a team slug) as a checked choice: the team must be one of the uploader's. */
export async function resolvePdfChoice(db: Db, userId: string, visibility: unknown, teamSlug: unknown): Promise<PdfChoice> {
  const parsed = pdfVisibilitySchema.safeParse(visibility ?? "PRIVATE");
  if (!parsed.success) throw new AppError("invalid_input", "Choose who may see the PDFs: only you, a team, or everyone.");
  if (parsed.data !== "TEAM") return { pdfVisibility: parsed.data, pdfTeamId: null };
  const scope = typeof teamSlug === "string" && teamSlug.trim() ? await loadTeam(db, teamSlug.trim(), userId) : null;
  if (!scope?.role) throw new AppError("invalid_input", "Choose one of your teams to share the PDFs with.");
  return { pdfVisibility: "TEAM", pdfTeamId: scope.team.id };
}
