import sharp from "sharp";
import type { Db } from "@commonplace/db";

// Avatar images: checked by their content (not the name or declared type), re-encoded to a square
// 256 px WebP, and kept in UserAvatar. Re-encoding drops EXIF (camera, GPS) and anything hidden in the
// file. User.avatarUrl points at the served copy with a version, so a new upload busts every cache.

export const AVATAR_MAX_BYTES = 5 * 1024 * 1024;
export const AVATAR_SIZE = 256;
/** Decompression bombs: a small file that decodes to a huge bitmap is refused before it is decoded. */
const MAX_INPUT_PIXELS = 40_000_000;
const ACCEPTED = new Set(["jpeg", "png", "webp", "gif", "avif", "heif"]);
export const AVATAR_ACCEPT = "image/jpeg,image/png,image/webp,image/gif,image/avif";

export type AvatarErrorCode = "TOO_LARGE" | "UNSUPPORTED_TYPE" | "UNREADABLE" | "EMPTY" | "TOO_SMALL";

export class AvatarError extends Error {
  constructor(
    readonly code: AvatarErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const mb = (bytes: number) => `${Number((bytes / 1024 / 1024).toFixed(2))} MB`;
export const AVATAR_TOO_LARGE = `This image is larger than ${mb(AVATAR_MAX_BYTES)}; choose a smaller one.`;

/** Validates and resizes an uploaded image; throws AvatarError with a message meant for the person uploading. */
export async function processAvatar(input: Uint8Array): Promise<{ bytes: Uint8Array<ArrayBuffer>; contentType: "image/webp"; width: number; height: number }> {
  if (input.byteLength === 0) throw new AvatarError("EMPTY", "The file is empty. Choose a JPEG, PNG, WebP or GIF image.");
  if (input.byteLength > AVATAR_MAX_BYTES) throw new AvatarError("TOO_LARGE", AVATAR_TOO_LARGE);
  let format: string | undefined;
  let width = 0;
  let height = 0;
  try {
    const meta = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
    format = meta.format;
    width = meta.width ?? 0;
    height = meta.height ?? 0;
  } catch {
    throw new AvatarError("UNSUPPORTED_TYPE", "This file is not an image we can read. Use a JPEG, PNG, WebP or GIF image.");
  }
  if (!format || !ACCEPTED.has(format))
    throw new AvatarError("UNSUPPORTED_TYPE", `${format ? format.toUpperCase() : "This"} files can’t be avatars. Use a JPEG, PNG, WebP or GIF image.`);
  if (width * height > MAX_INPUT_PIXELS) throw new AvatarError("TOO_LARGE", "This image has too many pixels; use one smaller than 6000 × 6000.");
  if (width < 16 || height < 16) throw new AvatarError("TOO_SMALL", "This image is too small; use one at least 16 × 16 pixels.");
  try {
    const { data, info } = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, animated: false })
      .rotate() // honour the camera's orientation before EXIF is dropped
      .resize(AVATAR_SIZE, AVATAR_SIZE, { fit: "cover", position: "attention" })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    return { bytes: new Uint8Array(data), contentType: "image/webp", width: info.width, height: info.height };
  } catch {
    throw new AvatarError("UNREADABLE", "This image could not be read (it may be damaged). Try another file.");
  }
}

export const avatarPath = (userId: string, updatedAt: Date) => `/api/avatars/${encodeURIComponent(userId)}?v=${updatedAt.getTime().toString(36)}`;

export async function saveAvatar(db: Db, userId: string, image: { bytes: Uint8Array<ArrayBuffer>; contentType: string }): Promise<string> {
  return db.$transaction(async (tx) => {
    const row = await tx.userAvatar.upsert({
      where: { userId },
      create: { userId, contentType: image.contentType, bytes: image.bytes },
      update: { contentType: image.contentType, bytes: image.bytes },
      select: { updatedAt: true },
    });
    const url = avatarPath(userId, row.updatedAt);
    await tx.user.update({ where: { id: userId }, data: { avatarUrl: url } });
    return url;
  });
}

export async function removeAvatar(db: Db, userId: string): Promise<void> {
  await db.$transaction([db.userAvatar.deleteMany({ where: { userId } }), db.user.update({ where: { id: userId }, data: { avatarUrl: null } })]);
}

export function loadAvatar(db: Db, userId: string) {
  return db.userAvatar.findUnique({ where: { userId }, select: { bytes: true, contentType: true, updatedAt: true } });
}
