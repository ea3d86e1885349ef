import type { Db } from "@commonplace/db";
import { db as services } from "../lib/services.ts";
import { isForeignOrigin } from "../lib/foreign-origin.ts";
import { isBodyTooLarge, readLimitedForm } from "../lib/limited-form.ts";
import { AVATAR_MAX_BYTES, AVATAR_TOO_LARGE, AvatarError, loadAvatar, processAvatar, saveAvatar } from "./avatar.ts";
import { fail as failWith } from "../errors/http.ts";

// HTTP for avatars (tRPC speaks JSON, images come as multipart/form-data): POST /api/avatars uploads the
// signed-in person's avatar (field `avatar`), GET /api/avatars/<userId> serves one. apps/web's route
// handlers only resolve the session and call these.

type Status = 400 | 401 | 403 | 404 | 413 | 415;
// The one error shape and code set (errors/http.ts), by status.
const KINDS = { 400: "invalid_input", 401: "unauthorized", 403: "forbidden", 404: "not_found", 413: "too_large", 415: "unsupported_media_type" } as const;
const fail = (status: Status, message: string) => failWith(KINDS[status], message);
/** Multipart framing around the file; the file itself is checked against AVATAR_MAX_BYTES. */
const BODY_LIMIT = AVATAR_MAX_BYTES + 64 * 1024;

const tooLarge = () => fail(413, AVATAR_TOO_LARGE);

export async function handleAvatarUpload(request: Request, userId: string | null, db: Db = services()): Promise<Response> {
  if (!userId) return fail(401, "Sign in to change your avatar.");
  if (isForeignOrigin(request)) return fail(403, "Uploads must come from this site.");
  if (!(request.headers.get("content-type") ?? "").startsWith("multipart/form-data"))
    return fail(400, "Send the image as multipart/form-data in a field named “avatar”.");
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > BODY_LIMIT) return tooLarge();
  let form: FormData;
  try {
    form = await readLimitedForm(request, BODY_LIMIT);
  } catch (error) {
    if (isBodyTooLarge(error)) return tooLarge();
    return fail(400, "The upload could not be read. Choose the image again.");
  }
  const file = form.get("avatar");
  if (!file || typeof file === "string") return fail(400, "Choose an image to upload.");
  try {
    const image = await processAvatar(new Uint8Array(await file.arrayBuffer()));
    const avatarUrl = await saveAvatar(db, userId, image);
    return Response.json({ avatarUrl, width: image.width, height: image.height }, { status: 201 });
  } catch (error) {
    if (!(error instanceof AvatarError)) throw error;
    return fail(error.code === "TOO_LARGE" ? 413 : error.code === "UNSUPPORTED_TYPE" ? 415 : 400, error.message);
  }
}

export async function handleAvatarGet(request: Request, userId: string, db: Db = services()): Promise<Response> {
  const avatar = userId.length <= 64 ? await loadAvatar(db, userId) : null;
  if (!avatar) return new Response("No avatar", { status: 404, headers: { "cache-control": "public, max-age=60" } });
  const version = avatar.updatedAt.getTime().toString(36);
  const etag = `"${version}"`;
  // A versioned URL (what avatarUrl holds) never changes content; the bare URL is revalidated hourly.
  const versioned = new URL(request.url).searchParams.get("v") === version;
  const headers = {
    "content-type": avatar.contentType,
    etag,
    "cache-control": versioned ? "public, max-age=31536000, immutable" : "public, max-age=3600, stale-while-revalidate=86400",
    "x-content-type-options": "nosniff",
    "content-security-policy": "default-src 'none'",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(Buffer.from(avatar.bytes), { status: 200, headers: { ...headers, "content-length": String(avatar.bytes.byteLength) } });
}
