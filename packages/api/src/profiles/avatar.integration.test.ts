import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { db } from "../lib/services.ts";
import { as, person } from "../../test/fixtures.ts";
import { handleAvatarGet, handleAvatarUpload } from "./avatar-http.ts";
import { AVATAR_MAX_BYTES } from "./avatar.ts";

// Avatar upload and serving through the same handlers the web app's route uses.

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } })
    .png()
    .toBuffer();

function upload(userId: string | null, file: Blob, name = "me.png", headers: Record<string, string> = {}) {
  const form = new FormData();
  form.set("avatar", file, name);
  return handleAvatarUpload(new Request("http://localhost/api/avatars", { method: "POST", body: form, headers }), userId);
}

async function errorOf(response: Response) {
  return { status: response.status, ...((await response.json()) as { error: { code: string; message: string } }).error };
}

describe("avatar upload", () => {
  it("resizes a valid image to a 256 px square WebP, stores it, and points the profile at it", async () => {
    const ada = await person("ada");
    const res = await upload(ada.id, new Blob([new Uint8Array(await png(800, 600))], { type: "image/png" }));
    expect(res.status).toBe(201);
    const { avatarUrl } = (await res.json()) as { avatarUrl: string };
    expect(avatarUrl).toMatch(new RegExp(`^/api/avatars/${ada.id}\\?v=[a-z0-9]+$`));

    const stored = await db().userAvatar.findUniqueOrThrow({ where: { userId: ada.id } });
    const meta = await sharp(stored.bytes).metadata();
    expect({ format: meta.format, width: meta.width, height: meta.height, contentType: stored.contentType }).toEqual({
      format: "webp",
      width: 256,
      height: 256,
      contentType: "image/webp",
    });
    expect((await as(null).profiles.byHandle({ handle: ada.handle })).user.avatarUrl).toBe(avatarUrl);

    // Served with the versioned URL: cached for good; ETag revalidation answers 304.
    const served = await handleAvatarGet(new Request(`http://localhost${avatarUrl}`), ada.id);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/webp");
    expect(served.headers.get("cache-control")).toContain("immutable");
    expect((await served.arrayBuffer()).byteLength).toBe(stored.bytes.byteLength);
    const bare = await handleAvatarGet(
      new Request(`http://localhost/api/avatars/${ada.id}`, { headers: { "if-none-match": served.headers.get("etag")! } }),
      ada.id,
    );
    expect(bare.status).toBe(304);
    expect(bare.headers.get("cache-control")).toMatch(/max-age=3600/);

    await as(ada).profiles.removeAvatar();
    expect((await as(ada).profiles.me()).avatarUrl).toBeNull();
    expect((await handleAvatarGet(new Request(`http://localhost${avatarUrl}`), ada.id)).status).toBe(404);
  });

  it("refuses what is not an image, whatever it claims to be", async () => {
    const ada = await person("ada");
    const text = await errorOf(await upload(ada.id, new Blob(["hello, not a picture"], { type: "image/png" }), "fake.png"));
    expect(text).toMatchObject({ status: 415, code: "unsupported_media_type" });
    expect(text.message).toMatch(/JPEG, PNG, WebP or GIF/);
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><script>alert(1)</script><rect width="64" height="64"/></svg>';
    expect(await errorOf(await upload(ada.id, new Blob([svg], { type: "image/svg+xml" }), "me.svg"))).toMatchObject({
      status: 415,
      message: expect.stringMatching(/SVG files can’t be avatars/),
    });
    expect(await errorOf(await upload(ada.id, new Blob([new Uint8Array(await png(8, 8))]), "tiny.png"))).toMatchObject({
      status: 400,
      message: expect.stringMatching(/too small/),
    });
    expect(await db().userAvatar.count({ where: { userId: ada.id } })).toBe(0);
  });

  it("refuses oversized files and anonymous or cross-site uploads", async () => {
    const ada = await person("ada");
    const big = new Uint8Array(AVATAR_MAX_BYTES + 1024);
    big.set(await png(64, 64));
    expect(await errorOf(await upload(ada.id, new Blob([big]), "huge.png"))).toMatchObject({
      status: 413,
      code: "too_large",
      message: expect.stringMatching(/larger than 5 MB/),
    });
    expect((await errorOf(await upload(null, new Blob([new Uint8Array(await png(64, 64))])))).status).toBe(401);
    expect((await errorOf(await upload(ada.id, new Blob([new Uint8Array(await png(64, 64))]), "me.png", { origin: "https://evil.example" }))).status).toBe(403);
    expect(await db().userAvatar.count({ where: { userId: ada.id } })).toBe(0);
  });
});
