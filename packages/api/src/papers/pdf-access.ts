import type { Db } from "@commonplace/db";

// Who may see which uploaded PDF (PaperPdf) — the one rule, used by /api/papers/<id>/pdf, the reader's
// document and the paper page. A PDF belongs to its uploader: they always see it; the members of its team
// see a TEAM one; everyone sees a PUBLIC one only while its text is the paper's canonical text (so an
// upload that merely claims a paper, or whose text an administrator has not accepted, is never served to
// others). When several are visible the viewer's own comes first, then the canonical one, then the newest.

type PdfDb = Pick<Db, "$queryRaw">;

export interface VisiblePdf {
  id: string;
  size: number;
  sha256: string;
  fileName: string;
  updatedAt: Date;
  visibility: "PRIVATE" | "TEAM" | "PUBLIC";
  /** Its text is the paper's canonical full text (the reader may map its pages onto that text). */
  canonical: boolean;
  /** Everyone may see it (cacheable by shared caches). */
  public: boolean;
  mine: boolean;
}

export async function visiblePdf(db: PdfDb, paperId: string, viewerId: string | null): Promise<VisiblePdf | null> {
  const rows = await db.$queryRaw<VisiblePdf[]>`
    SELECT f.id, f.size, f.sha256, f."fileName", f."updatedAt", f.visibility::text AS visibility,
      (f."fullText" IS NOT NULL AND f."fullText" = p."fullText") AS canonical,
      (f.visibility = 'PUBLIC' AND f."fullText" IS NOT NULL AND f."fullText" = p."fullText") AS public,
      (f."uploaderId" IS NOT NULL AND f."uploaderId" = ${viewerId}) AS mine
    FROM "PaperPdf" f JOIN "Paper" p ON p.id = f."paperId"
    WHERE f."paperId" = ${paperId} AND (
      (f.visibility = 'PUBLIC' AND f."fullText" IS NOT NULL AND f."fullText" = p."fullText")
      OR (${viewerId}::text IS NOT NULL AND f."uploaderId" = ${viewerId})
      OR (f.visibility = 'TEAM' AND f."teamId" IN (SELECT m."teamId" FROM "Membership" m WHERE m."userId" = ${viewerId})))
    ORDER BY mine DESC, canonical DESC, f."updatedAt" DESC
    LIMIT 1`;
  return rows[0] ?? null;
}
