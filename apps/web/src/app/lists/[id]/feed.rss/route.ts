import { listFeedRoute } from "@commonplace/api/feeds";

// RSS feed of a PUBLIC reading list (404 for any other list).
export const dynamic = "force-dynamic";
export const GET = listFeedRoute("rss");
