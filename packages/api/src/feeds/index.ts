// Server-only entry for apps/web's feed route handlers (RSS 2.0 and Atom). Pages link feeds through ./paths.ts.
export { listFeedRoute, annotationsFeedRoute, trendingFeedRoute } from "./routes.ts";
