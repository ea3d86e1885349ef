import { z } from "zod";
import { appUrl } from "../lib/app-url.ts";
import { db } from "../lib/services.ts";
import { withRequestLogging } from "../server.ts";
import { annotationsFeed } from "./annotations-feed.ts";
import { feedNotFound, feedResponse } from "./http.ts";
import { listFeed } from "./list-feed.ts";
import { trendingFeed } from "./trending-feed.ts";
import type { FeedDescription, FeedFormat } from "./render.ts";

// Next route handlers for the feeds, one factory per feed and format, so each route file in apps/web is
// one line. Parameters are validated here; anything malformed is a plain 404, like an unknown id.

type RouteContext<P> = { params: Promise<P> };
type FeedLoader<P> = (params: P, base: string) => Promise<FeedDescription | null>;

const idParam = z.string().min(1).max(100);
const baseUrl = () => appUrl();

function feedRoute<P extends Record<string, string>>(format: FeedFormat, schema: z.ZodType<P>, load: FeedLoader<P>) {
  return withRequestLogging(async (request: Request, context: RouteContext<P>) => {
    const params = schema.safeParse((await context?.params) ?? {}); // static routes may get no params
    if (!params.success) return feedNotFound();
    return feedResponse(request, await load(params.data, baseUrl()), format);
  });
}

export const listFeedRoute = (format: FeedFormat) => feedRoute(format, z.object({ id: idParam }), ({ id }, base) => listFeed(db(), id, base));

export const annotationsFeedRoute = (format: FeedFormat) =>
  feedRoute(format, z.object({ handle: idParam }), ({ handle }, base) => annotationsFeed(db(), handle, base));

export const trendingFeedRoute = (format: FeedFormat) => feedRoute(format, z.object({}), (_params, base) => trendingFeed(db(), base));
