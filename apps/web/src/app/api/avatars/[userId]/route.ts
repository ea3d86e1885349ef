import { handleAvatarGet } from "@commonplace/api/server";

// GET /api/avatars/<userId>: the stored 256 px WebP, with caching headers (immutable when versioned).
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ userId: string }> }) {
  return handleAvatarGet(request, (await params).userId);
}
