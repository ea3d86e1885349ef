import type { Prisma } from "@commonplace/db";
import type { Decision } from "./types.ts";

// Part of stage 5 (persist), same transaction: keep the original PDF of a paper whose full text came
// from an uploaded PDF, so the reader can show its pages (PaperPdf, served at /api/papers/<id>/pdf).
// The bytes are copied inside PostgreSQL from the run's IngestUpload row (which is deleted when the
// run ends), so they never travel through the worker again.
//
// Invariant: a paper's PaperPdf, when it has one, is the PDF its `fullText` was extracted from — the
// PDF view maps the PDF's text layer onto that text. So a change of text drops the stored PDF, and a
// PDF is stored only when its text is the paper's text after this batch (not when a better-ranked
// source kept an older text). PDFs read from paths or URLs (the CLI) have no upload row: not kept.

type Tx = Prisma.TransactionClient;

function finalPaper(d: Decision) {
  return d.kind === "update" ? d.after : d.paper;
}

export async function keepUploadedPdfs(tx: Tx, runId: string, decisions: readonly Decision[]): Promise<void> {
  for (const d of decisions) {
    const paper = finalPaper(d);
    if (d.kind === "update" && d.before.fullText !== d.after.fullText) {
      await tx.paperPdf.deleteMany({ where: { paperId: paper.id } });
    }
    const item = d.item;
    if (item.source !== "pdf" || item.fullText === null || paper.fullText !== item.fullText) continue;
    await copyUpload(tx, runId, item.ref, paper.id);
  }
}

/**
 * The upload named `fileName` in this run → the paper's PDF (replacing a different one). Two uploads
 * with the same name in one run are ambiguous: neither is kept rather than possibly the wrong one.
 */
async function copyUpload(tx: Tx, runId: string, fileName: string, paperId: string): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "PaperPdf" ("paperId", "fileName", size, sha256, bytes, "updatedAt")
    SELECT ${paperId}, u."fileName", u.size, encode(sha256(u.bytes), 'hex'), u.bytes, now()
    FROM "IngestUpload" u
    WHERE u."runId" = ${runId} AND u."fileName" = ${fileName}
      AND NOT EXISTS (SELECT 1 FROM "IngestUpload" o WHERE o."runId" = u."runId" AND o."fileName" = u."fileName" AND o.id <> u.id)
    ON CONFLICT ("paperId") DO UPDATE
      SET "fileName" = EXCLUDED."fileName", size = EXCLUDED.size, sha256 = EXCLUDED.sha256, bytes = EXCLUDED.bytes, "updatedAt" = now()
      WHERE "PaperPdf".sha256 <> EXCLUDED.sha256`;
}
