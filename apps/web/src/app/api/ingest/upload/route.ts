import { TRPCError } from "@trpc/server";
import { getSession, ingestMaxBytes, isBodyTooLarge, readLimitedForm, startUploadRun, withRequestLogging } from "@commonplace/api/server";
import { formatBytes, MAX_FILES_PER_UPLOAD, totalUploadLimit } from "@/components/import/limits";

/*
 * File uploads for the import page. tRPC speaks JSON, so files come here as multipart/form-data
 * (field `files`) and are handed to the same ingest entry point as pasted text. Sizes are checked
 * before the body is buffered (Content-Length) and again while it streams in, then per file.
 */
export const dynamic = "force-dynamic";

type ErrorCode = "UNAUTHORIZED" | "FORBIDDEN" | "PAYLOAD_TOO_LARGE" | "BAD_REQUEST";
const statusOf: Record<ErrorCode, number> = { UNAUTHORIZED: 401, FORBIDDEN: 403, PAYLOAD_TOO_LARGE: 413, BAD_REQUEST: 400 };

function fail(code: ErrorCode, message: string) {
  return Response.json({ error: { code, message } }, { status: statusOf[code] });
}

/** The session cookie is SameSite=Lax already; refusing foreign origins keeps uploads same-site explicitly. */
function isForeignOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

async function upload(request: Request): Promise<Response> {
  const session = await getSession();
  if (!session) return fail("UNAUTHORIZED", "Sign in to import papers.");
  if (isForeignOrigin(request)) return fail("FORBIDDEN", "Uploads must come from this site.");
  if (!(request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    return fail("BAD_REQUEST", "Send the files as multipart/form-data in a field named “files”.");
  }

  const perFile = ingestMaxBytes();
  const total = totalUploadLimit(perFile);
  const tooLarge = `This upload is larger than ${formatBytes(total)} in total. Import fewer files at a time (each file can be up to ${formatBytes(perFile)}).`;
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > total) return fail("PAYLOAD_TOO_LARGE", tooLarge);

  let form: FormData;
  try {
    form = await readLimitedForm(request, total);
  } catch (error) {
    if (isBodyTooLarge(error)) {
      return fail("PAYLOAD_TOO_LARGE", tooLarge);
    }
    return fail("BAD_REQUEST", "The upload could not be read. Try again, or choose the files again.");
  }

  const entries = form.getAll("files").filter((value): value is File => typeof value !== "string");
  if (entries.length === 0) return fail("BAD_REQUEST", "Choose at least one file to import.");
  if (entries.length > MAX_FILES_PER_UPLOAD) {
    return fail("BAD_REQUEST", `Import at most ${MAX_FILES_PER_UPLOAD} files at a time (you sent ${entries.length}).`);
  }
  const oversize = entries.find((file) => file.size > perFile);
  if (oversize) {
    return fail("PAYLOAD_TOO_LARGE", `${oversize.name} is ${formatBytes(oversize.size)}; the limit is ${formatBytes(perFile)} per file. Nothing was imported.`);
  }
  const empty = entries.find((file) => file.size === 0);
  if (empty) return fail("BAD_REQUEST", `${empty.name} is empty. Nothing was imported.`);

  const files = await Promise.all(
    entries.map(async (file) => ({ fileName: file.name.slice(0, 255) || "upload", bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
  try {
    const run = await startUploadRun(session.user.id, files);
    return Response.json({ runId: run.runId }, { status: 201 });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "PAYLOAD_TOO_LARGE") return fail("PAYLOAD_TOO_LARGE", error.message);
    throw error;
  }
}

export const POST = withRequestLogging(upload);
