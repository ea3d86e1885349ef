import { TRPCError } from "@trpc/server";
import type { UploadedFile } from "@commonplace/jobs";
import { AppError } from "../errors/index.ts";
import { fail } from "../errors/http.ts";
import { isForeignOrigin } from "../lib/foreign-origin.ts";
import { isBodyTooLarge, readLimitedForm } from "../lib/limited-form.ts";
import { db } from "../lib/services.ts";
import { resolvePdfChoice } from "./pdf-choice.ts";
import { ingestMaxBytes, startUploadRun } from "./start-run.ts";
import { formatBytes, MAX_FILES_PER_UPLOAD, totalUploadLimit } from "./upload-limits.ts";

// POST /api/ingest/upload: files for the import page. tRPC speaks JSON, so files come as multipart/form-data
// (field `files`) and go to the same ingest entry point as pasted text. Sizes are checked before the body is
// buffered (Content-Length), again while it streams in, then per file. apps/web's route handler only
// resolves the session and calls this (as it does for avatars, profiles/avatar-http.ts).

/** A file field of a parsed form (the fetch runtime's File; node:buffer's File is another type). */
type FormFile = Exclude<ReturnType<FormData["get"]>, string | null>;

/** The files of a multipart upload (and its form, for the PDF choice), or the answer that refuses it. */
async function readFiles(request: Request, perFile: number): Promise<{ files: UploadedFile[]; form: FormData } | Response> {
  const total = totalUploadLimit(perFile);
  const tooLarge = `This upload is larger than ${formatBytes(total)} in total. Import fewer files at a time (each file can be up to ${formatBytes(perFile)}).`;
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > total) return fail("too_large", tooLarge);
  let form: FormData;
  try {
    form = await readLimitedForm(request, total);
  } catch (error) {
    if (isBodyTooLarge(error)) return fail("too_large", tooLarge);
    return fail("invalid_input", "The upload could not be read. Try again, or choose the files again.");
  }
  const entries = form.getAll("files").filter((value): value is FormFile => typeof value !== "string");
  if (entries.length === 0) return fail("invalid_input", "Choose at least one file to import.");
  if (entries.length > MAX_FILES_PER_UPLOAD) {
    return fail("invalid_input", `Import at most ${MAX_FILES_PER_UPLOAD} files at a time (you sent ${entries.length}).`);
  }
  const oversize = entries.find((file) => file.size > perFile);
  if (oversize) {
    return fail("too_large", `${oversize.name} is ${formatBytes(oversize.size)}; the limit is ${formatBytes(perFile)} per file. Nothing was imported.`);
  }
  const empty = entries.find((file) => file.size === 0);
  if (empty) return fail("invalid_input", `${empty.name} is empty. Nothing was imported.`);
  const files = await Promise.all(
    entries.map(async (file) => ({ fileName: file.name.slice(0, 255) || "upload", bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
  return { files, form };
}

export async function handleIngestUpload(request: Request, userId: string | null, perFile: number = ingestMaxBytes()): Promise<Response> {
  if (!userId) return fail("unauthorized", "Sign in to import papers.");
  if (isForeignOrigin(request)) return fail("forbidden", "Uploads must come from this site.");
  if (!(request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    return fail("invalid_input", "Send the files as multipart/form-data in a field named “files”.");
  }
  const read = await readFiles(request, perFile);
  if (read instanceof Response) return read;
  // PDFs are the uploader's: private unless the form says a team or everyone (papers/pdf-access.ts).
  const pdfs = await resolvePdfChoice(db(), userId, read.form.get("pdfVisibility"), read.form.get("pdfTeam")).catch((error: unknown) => {
    if (error instanceof AppError) return fail(error.kind, error.message);
    throw error;
  });
  if (pdfs instanceof Response) return pdfs;
  try {
    const run = await startUploadRun(userId, read.files, pdfs);
    return Response.json({ runId: run.runId }, { status: 201, headers: { "x-content-type-options": "nosniff" } });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "PAYLOAD_TOO_LARGE") return fail("too_large", error.message);
    throw error;
  }
}
