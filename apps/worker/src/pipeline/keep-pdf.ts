import type { Prisma } from "@commonplace/db";
import { newId } from "./ids.ts";
import type { RunTrust } from "./trust.ts";
import type { NormalizedPaper } from "./types.ts";

// Part of stage 5 (persist), same transaction: keep every uploaded PDF, with the text extracted from it, as
// its uploader's (PaperPdf), visible as the uploader chose on the import page (the run's pdfVisibility). The
// bytes are copied inside PostgreSQL from the run's IngestUpload row (deleted when the run ends), so they
// never travel through the worker again. One PDF per uploader and paper: a new upload replaces theirs.
//
// Who is served which PDF is decided when it is read (packages/api/src/papers/pdf-access.ts): everyone sees
// only a PUBLIC PDF whose text is the paper's canonical text (the PDF view maps the PDF's text layer onto
// that text); a private PDF never becomes anyone else's. PDFs read from paths or URLs (the CLI) have no
// upload row: not kept.

type Tx = Prisma.TransactionClient;

export interface KeptPdf {
  paperId: string;
  /** The item as parsed, with its full text (the catalogue may have seen it without). */
  item: NormalizedPaper;
}

export async function keepUploadedPdfs(tx: Tx, trust: RunTrust, pdfs: readonly KeptPdf[]): Promise<void> {
  for (const { paperId, item } of pdfs) {
    if (item.fullText === null) continue;
    await copyUpload(tx, trust, item.ref, paperId, item.fullText);
  }
}

/**
 * The upload named `fileName` in this run → the uploader's PDF of the paper (replacing theirs, if any). Two
 * uploads with the same name in one run are ambiguous: neither is kept rather than possibly the wrong one.
 */
async function copyUpload(tx: Tx, trust: RunTrust, fileName: string, paperId: string, fullText: string): Promise<void> {
  const { runId, actorId, pdfVisibility } = trust;
  const teamId = pdfVisibility === "TEAM" ? trust.pdfTeamId : null;
  await tx.$executeRaw`
    WITH up AS (
      SELECT u."fileName", u.size, encode(sha256(u.bytes), 'hex') AS sha, u.bytes FROM "IngestUpload" u
      WHERE u."runId" = ${runId} AND u."fileName" = ${fileName}
        AND NOT EXISTS (SELECT 1 FROM "IngestUpload" o WHERE o."runId" = u."runId" AND o."fileName" = u."fileName" AND o.id <> u.id)
    ), mine AS (
      SELECT f.id FROM "PaperPdf" f WHERE f."paperId" = ${paperId} AND f."uploaderId" IS NOT DISTINCT FROM ${actorId}
    ), upd AS (
      UPDATE "PaperPdf" f SET visibility = ${pdfVisibility}::"PdfVisibility", "teamId" = ${teamId}, "runId" = ${runId}, "fullText" = ${fullText},
        "fileName" = up."fileName", size = up.size, sha256 = up.sha,
        bytes = CASE WHEN f.sha256 = up.sha THEN f.bytes ELSE up.bytes END,
        "updatedAt" = CASE WHEN f.sha256 = up.sha THEN f."updatedAt" ELSE now() END
      FROM up WHERE f.id IN (SELECT id FROM mine)
      RETURNING f.id
    )
    INSERT INTO "PaperPdf" (id, "paperId", "uploaderId", visibility, "teamId", "runId", "fileName", size, sha256, bytes, "fullText", "updatedAt")
    SELECT ${newId()}, ${paperId}, ${actorId}, ${pdfVisibility}::"PdfVisibility", ${teamId}, ${runId}, up."fileName", up.size, up.sha, up.bytes, ${fullText}, now()
    FROM up WHERE NOT EXISTS (SELECT 1 FROM mine)`;
}
