import { getSession, handleAvatarUpload, withRequestLogging } from "@commonplace/api/server";

// POST /api/avatars: the signed-in person's new avatar (multipart/form-data, field `avatar`).
// Validation, resizing and storage live in @commonplace/api (profiles/avatar*.ts).
export const dynamic = "force-dynamic";

export const POST = withRequestLogging(async (request: Request) => {
  const session = await getSession();
  return handleAvatarUpload(request, session?.user.id ?? null);
});
