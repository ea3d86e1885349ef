import { annotationsFeedRoute } from "@commonplace/api/feeds";

// ATOM feed of a person's PUBLIC annotations (404 for an unknown handle).
export const dynamic = "force-dynamic";
export const GET = annotationsFeedRoute("atom");
