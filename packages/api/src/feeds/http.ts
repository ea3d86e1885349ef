import { createHash } from "node:crypto";
import { FEED_CONTENT_TYPES, feedUpdated, renderFeed, type FeedDescription, type FeedFormat } from "./render.ts";

// HTTP for feeds: the right content type, a short shared cache, and conditional GETs (feed readers poll),
// answered from an ETag of the rendered document and its Last-Modified date.

export const FEED_MAX_AGE_SECONDS = 300;

function notModified(request: Request, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch) return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag || tag.trim() === "*");
  const since = Date.parse(request.headers.get("if-modified-since") ?? "");
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) <= Math.floor(since / 1000);
}

export function feedNotFound(): Response {
  return new Response("No such feed.\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}

/** The response for a feed, or a 404 when there is no such (public) feed. */
export function feedResponse(request: Request, description: FeedDescription | null, format: FeedFormat): Response {
  if (!description) return feedNotFound();
  const body = renderFeed(description, format);
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const lastModified = feedUpdated(description);
  const headers = {
    etag,
    "last-modified": lastModified.toUTCString(),
    "cache-control": `public, max-age=${FEED_MAX_AGE_SECONDS}`,
    "x-content-type-options": "nosniff",
  };
  if (notModified(request, etag, lastModified)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, "content-type": FEED_CONTENT_TYPES[format] } });
}
