import { trendingFeedRoute } from "@commonplace/api/feeds";

// ATOM feed of trending papers (ranking refreshed every few minutes; see packages/api/src/feeds/trending-feed.ts).
export const dynamic = "force-dynamic";
export const GET = trendingFeedRoute("atom");
