import { annotationsFeedRoute } from "@commonplace/api/feeds";

// RSS feed of a person's PUBLIC annotations (404 for an unknown handle).
export const dynamic = "force-dynamic";
export const GET = annotationsFeedRoute("rss");
