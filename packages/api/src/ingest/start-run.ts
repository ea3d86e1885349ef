import { TRPCError } from "@trpc/server";
import { createIngestRun, UploadTooLargeError, type UploadedFile } from "@commonplace/jobs";
import { parseIdentifier, splitIdentifiers, formatSize } from "@commonplace/formats";
import type { Db } from "@commonplace/db";
import { boss, db } from "../lib/services.ts";
import { env } from "../env.ts";
import { PRIVATE_PDFS, type PdfChoice } from "./pdf-choice.ts";
import { takeRequest } from "../security/rate-limits.ts";

/** Pasted text: a list of identifiers becomes an identifier run; anything else is ingested as a file. */
export function classifyPaste(text: string): { identifiers: string[] } | { file: UploadedFile } {
  const candidates = splitIdentifiers(text);
  if (candidates.length > 0 && candidates.every((c) => parseIdentifier(c))) return { identifiers: candidates };
  const trimmed = text.trimStart();
  const fileName = trimmed.startsWith("TY  -") ? "pasted.ris" : /^[[{]/.test(trimmed) ? "pasted.json" : "pasted.bib";
  return { file: { fileName, bytes: new TextEncoder().encode(text) } };
}

/** Every import (uploads, pasted text, identifiers, list imports, REST) starts here, under one per-account budget. */
export async function startIngestRun(
  db: Db,
  userId: string,
  input: { files: UploadedFile[] } | { identifiers: string[] },
  source: string,
  pdfs: PdfChoice = PRIVATE_PDFS,
) {
  await takeRequest("importRuns", { userId });
  const maxBytes = env().INGEST_MAX_BYTES;
  try {
    return await createIngestRun(db, await boss(), input, { source, createdById: userId, maxBytes, ...pdfs });
  } catch (error) {
    if (error instanceof UploadTooLargeError) {
      throw new TRPCError({
        code: "PAYLOAD_TOO_LARGE",
        message: `${error.fileName} is ${formatSize(error.size)}; the limit is ${formatSize(error.maxBytes)}. Nothing was imported.`,
      });
    }
    throw error;
  }
}

/** Files posted to the web upload route (apps/web/src/app/api/ingest/upload): one run, source "upload". */
export function startUploadRun(userId: string, files: UploadedFile[], pdfs: PdfChoice = PRIVATE_PDFS) {
  return startIngestRun(db(), userId, { files }, "upload", pdfs);
}

/** The per-file upload limit, for route handlers and pages that check sizes before reading bytes. */
export function ingestMaxBytes(): number {
  return env().INGEST_MAX_BYTES;
}
