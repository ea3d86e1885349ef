import { getSession, handleIngestUpload, withRequestLogging } from "@commonplace/api/server";

// POST /api/ingest/upload: files for the import page (multipart/form-data, field `files`).
// Limits, validation and the ingest run live in @commonplace/api (ingest/upload-http.ts).
export const dynamic = "force-dynamic";

export const POST = withRequestLogging(async (request: Request) => {
  const session = await getSession();
  return handleIngestUpload(request, session?.user.id ?? null);
});
